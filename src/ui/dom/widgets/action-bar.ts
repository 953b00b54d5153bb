// The moves at the table: Propose, Accept, Reject, Walk out, What would it take?, Wait, the side's
// unilateral moves and consultations, and Skip while the AI pauses. A button that is off says why
// through aria-describedby.
import type { LocalText } from '../../../scenario/schema';
import { tableTexts as T } from '../../i18n/areas/table';
import { type Lang, say } from '../../i18n/texts';
import type { ButtonId, MoveView, TableView } from '../../view-models/table';
import { h } from '../dom-layer';

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

export function renderActionBar(
  lang: Lang,
  view: TableView,
  thinking: string | null,
  on: ActionHandlers,
): HTMLElement {
  const reason = ORDER.map((id) => view.buttons[id].reason).find((r) => r !== null) ?? null;
  return h(
    'div',
    { class: 'action-bar' },
    ORDER.map((id) => {
      const b = view.buttons[id];
      return h(
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
          disabled: !b.enabled,
          'aria-describedby': b.enabled ? undefined : 'act-reason',
          onclick: () => on.press(id),
        },
        say(lang, LABELS[id]),
      );
    }),
    view.moves.length > 0
      ? h(
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
        )
      : null,
    h(
      'p',
      { class: 'reason', id: 'act-reason', role: 'status', tabindex: -1, 'data-focus-fallback': true },
      thinking ?? (reason ? say(lang, reason) : ''),
      thinking
        ? h('button', { type: 'button', id: 'act-skip', onclick: on.skip }, ` ${say(lang, T.skip)}`)
        : null,
    ),
  );
}
