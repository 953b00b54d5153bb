// Modal dialogs on the native <dialog>: focus is trapped inside, Escape closes, and focus returns to
// the control that opened it.
import { h } from './dom-layer';
import { focusables, trapFocus } from './focus';

export interface DialogHandle {
  readonly element: HTMLDialogElement;
  readonly returnTo: HTMLElement | null;
  close(): void;
}

let counter = 0;

export function openDialog(
  host: HTMLElement,
  title: string,
  body: (close: () => void) => Node[],
  onClose: () => void = () => {},
  /** Where focus goes back to; by default the element focused when the dialog opened. */
  returnFocus: HTMLElement | null = document.activeElement instanceof HTMLElement
    ? document.activeElement
    : null,
): DialogHandle {
  const returnTo = returnFocus;
  const titleId = `dialog-title-${++counter}`;
  const dialog = h('dialog', { class: 'modal', 'aria-labelledby': titleId, 'aria-modal': 'true' });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    untrap();
    if (dialog.open) dialog.close();
    dialog.remove();
    onClose();
    // A panel may have re-rendered meanwhile: the same control is found again by its id.
    const back = returnTo?.isConnected
      ? returnTo
      : returnTo?.id
        ? document.getElementById(returnTo.id)
        : null;
    back?.focus();
  };
  dialog.append(h('h2', { id: titleId }, title), ...body(close));
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  host.appendChild(dialog);
  const untrap = trapFocus(dialog);
  dialog.showModal();
  (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(dialog)[0])?.focus();
  return { element: dialog, returnTo, close };
}

export function confirmDialog(
  host: HTMLElement,
  title: string,
  text: string,
  labels: { readonly yes: string; readonly no: string },
  onYes: () => void,
): DialogHandle {
  return openDialog(host, title, (close) => [
    h('p', {}, text),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', 'data-autofocus': true, onclick: close }, labels.no),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            close();
            onYes();
          },
        },
        labels.yes,
      ),
    ),
  ]);
}
