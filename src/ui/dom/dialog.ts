// Modal dialogs on the native <dialog>: focus is trapped inside, Escape closes, and focus returns to
// the control that opened it.
import { h } from './dom-layer';
import { focusables, trapFocus } from './focus';

export interface DialogHandle {
  readonly element: HTMLDialogElement;
  close(): void;
}

let counter = 0;

export function openDialog(
  host: HTMLElement,
  title: string,
  body: (close: () => void) => Node[],
  onClose: () => void = () => {},
): DialogHandle {
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
    if (returnTo?.isConnected) returnTo.focus();
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
  return { element: dialog, close };
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
