// Building DOM without a framework: `h` makes an element, `patch` replaces a container's children
// and gives focus back to the element with the same id, so a panel that re-renders never drops the
// keyboard player's place.

type Attr = string | number | boolean | null | undefined;
export type Child = Node | string | null | undefined | false;

export interface Props {
  readonly [name: string]: Attr | ((event: Event) => void);
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') {
      node.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(node, child);
    else if (typeof child === 'string') node.appendChild(document.createTextNode(child));
    else if (child) node.appendChild(child as Node);
  }
}

/** Text fields keep a caret; radios, checkboxes and the rest have none to restore. */
function hasCaret(node: Element | null): node is HTMLInputElement | HTMLTextAreaElement {
  if (node instanceof HTMLTextAreaElement) return true;
  return (
    node instanceof HTMLInputElement &&
    ['text', 'search', 'url', 'tel', 'email', 'password'].includes(node.type)
  );
}

/**
 * Replaces the children of `container`, keeping focus (and a text field's caret) by element id; when
 * that element is gone or disabled, focus goes to the element marked `data-focus-fallback`.
 */
export function patch(container: Element, ...children: (Child | readonly Child[])[]): void {
  const active = document.activeElement;
  const id = active && container.contains(active) ? active.id : '';
  const caret = hasCaret(active) ? [active.selectionStart, active.selectionEnd] : null;
  container.replaceChildren();
  append(container, children);
  if (!id) return;
  const again = document.getElementById(id);
  again?.focus({ preventScroll: true });
  if (!again || document.activeElement !== again) {
    // The control went away or was disabled (a move just sent): the panel's fallback takes focus,
    // so the keyboard player is never dropped to the top of the page.
    container.querySelector<HTMLElement>('[data-focus-fallback]')?.focus({ preventScroll: true });
    return;
  }
  if (caret && hasCaret(again)) {
    again.setSelectionRange(caret[0] ?? null, caret[1] ?? null);
  }
}

/** A mounted piece of the interface: it draws from the state it is given and cleans up after itself. */
export interface View<S> {
  update(state: S): void;
  destroy(): void;
}

/**
 * A panel's inputs, remembered between redraws: `changed` is true when any differs (by identity)
 * from the last call. A panel whose inputs are the same is left as it is, so an AI move redraws
 * the parts it changed and not the whole table (and focus and scroll stay put).
 */
export function inputs(): { changed(next: readonly unknown[]): boolean; forget(): void } {
  let last: readonly unknown[] | null = null;
  return {
    changed(next) {
      const same = last !== null && last.length === next.length && last.every((v, i) => v === next[i]);
      last = next;
      return !same;
    },
    forget() {
      last = null;
    },
  };
}
