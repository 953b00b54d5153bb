// The moves at the table: Propose, Accept, Reject, Walk out, What would it take?, Wait, the side's
// unilateral moves and consultations, and Skip while the AI pauses. A button that is off says why
// through aria-describedby.
import type { LocalText } from '../../../scenario/schema';
import { tableTexts as T } from '../../i18n/areas/table';
import { type Lang, say } from '../../i18n/texts';
import type { ButtonId, MoveView, TableView } from '../../view-models/table';
import { h, patch } from '../dom-layer';

export interface ActionHandlers {
  press(id: ButtonId): void;
  move(move: MoveView): void;
  skip(): void;
}

const LABELS: Record<ButtonId, LocalText> = {
  propose: T.propose,
  accept: T.accept,
  reject: T.reject,
  walkout: T.walkout,
  whatItTakes: T.whatItTakes,
  wait: T.wait,
};

const ORDER: readonly ButtonId[] = ['propose', 'accept', 'reject', 'wait', 'walkout', 'whatItTakes'];

export interface ActionBarView {
  readonly element: HTMLElement;
  update(view: TableView, thinking: string | null): void;
}

/**
 * Built once per game and language, then updated in place: a move turns buttons on and off and
 * changes the reason line, and rebuilding the bar (with the focused button in it) cost a software
 * renderer 10 ms a time. A focused button that turns off hands focus to the reason line.
 */
export function actionBarView(lang: Lang, on: ActionHandlers): ActionBarView {
  const buttons = new Map<ButtonId, HTMLButtonElement>();
  for (const id of ORDER) {
    const button = h(
      'button',
      {
        type: 'button',
        id: `act-${id}`,
        class:
          id === 'propose'
            ? 'primary'
            : id === 'walkout'
              ? 'danger'
              : id === 'whatItTakes'
                ? 'wide'
                : undefined,
        onclick: () => on.press(id),
      },
      say(lang, LABELS[id]),
    );
    buttons.set(id, button);
  }
  const movesSlot = h('div', { class: 'action-slot' });
  const reasonText = document.createTextNode('');
  const skip = h('button', { type: 'button', id: 'act-skip', onclick: on.skip }, ` ${say(lang, T.skip)}`);
  const reasonLine = h(
    'p',
    { class: 'reason', id: 'act-reason', role: 'status', tabindex: -1, 'data-focus-fallback': true },
    reasonText,
  );
  const element = h('div', { class: 'action-bar' }, [...buttons.values()], movesSlot, reasonLine);
  let movesShown = '';
  // Whether the moves list is open survives its being drawn again.
  let movesOpen = false;
  return {
    element,
    update(view, thinking) {
      const focused = document.activeElement;
      for (const id of ORDER) {
        const b = view.buttons[id];
        const button = buttons.get(id);
        if (!button) continue;
        button.disabled = !b.enabled;
        if (b.enabled) button.removeAttribute('aria-describedby');
        else button.setAttribute('aria-describedby', 'act-reason');
      }
      const moves = view.moves.map((m) => m.id).join('|');
      if (moves !== movesShown) {
        movesShown = moves;
        const list = view.moves.length > 0 ? movesList(lang, view, on) : null;
        if (list) {
          list.open = movesOpen;
          list.addEventListener('toggle', () => {
            movesOpen = list.open;
          });
        }
        patch(movesSlot, list);
      }
      const reason = ORDER.map((id) => view.buttons[id].reason).find((r) => r !== null) ?? null;
      reasonText.data = thinking ?? (reason ? say(lang, reason) : '');
      if (thinking && !skip.isConnected) reasonLine.append(skip);
      if (!thinking && skip.isConnected) skip.remove();
      const lost =
        focused === skip ? !skip.isConnected : focused instanceof HTMLButtonElement && focused.disabled;
      if (lost && element.isConnected) reasonLine.focus({ preventScroll: true });
    },
  };
}

function movesList(lang: Lang, view: TableView, on: ActionHandlers): HTMLDetailsElement {
  return h(
    'details',
    { class: 'moves' },
    h('summary', { id: 'act-moves' }, say(lang, T.moves)),
    h(
      'ul',
      {},
      view.moves.map((m) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              id: `act-move-${m.id}`,
              title: m.description[lang],
              onclick: () => on.move(m),
            },
            m.kind === 'consult' ? say(lang, T.consult, { label: m.label[lang] }) : m.label[lang],
          ),
        ),
      ),
    ),
  );
}
