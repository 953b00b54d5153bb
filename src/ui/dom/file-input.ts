// Files a person hands the page (a replay, a class's replays, a scenario): a real button that opens
// the browser's picker (a hidden file input shows no focus ring), and a screen that takes a drop.
import { type Child, h } from './dom-layer';

export interface PickerOptions {
  readonly id: string;
  readonly label: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly primary?: boolean;
  /** The screen's first control: focused when it opens, and where focus falls back. */
  readonly first?: boolean;
  readonly onFiles: (files: FileList) => void;
}

/** The button and its hidden input (`<id>-input`, which the browser tests fill). */
export function filePicker(o: PickerOptions): Child[] {
  const inputId = `${o.id}-input`;
  return [
    h(
      'button',
      {
        type: 'button',
        id: o.id,
        class: o.primary ? 'primary' : undefined,
        'data-autofocus': o.first === true,
        'data-focus-fallback': o.first === true,
        onclick: () => document.getElementById(inputId)?.click(),
      },
      o.label,
    ),
    h('input', {
      id: inputId,
      type: 'file',
      accept: o.accept,
      multiple: o.multiple === true,
      hidden: true,
      tabindex: -1,
      'aria-label': o.label,
      onchange: (e) => {
        const files = (e.target as HTMLInputElement).files;
        if (files && files.length > 0) o.onFiles(files);
      },
    }),
  ];
}

/** Files dropped anywhere on `target`; `dropping` marks it while a file is held over it. Returns the undo. */
export function acceptDrops(target: HTMLElement, onFiles: (files: FileList) => void): () => void {
  const over = (e: DragEvent) => {
    e.preventDefault();
    target.classList.add('dropping');
  };
  const leave = () => target.classList.remove('dropping');
  const drop = (e: DragEvent) => {
    e.preventDefault();
    leave();
    const files = e.dataTransfer?.files;
    if (files && files.length > 0) onFiles(files);
  };
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}
