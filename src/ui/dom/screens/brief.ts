// The private brief: the side's own instructions, what each issue is worth, the walk-away point,
// the calendar and the tariff; then "Begin the talks".
import type { SessionState, SessionStore } from '../../../store/contract';
import { briefTexts as T } from '../../i18n/areas/brief';
import { formatDate, formatList, formatNumber, formatPercent } from '../../i18n/formats';
import { say } from '../../i18n/texts';
import { briefView } from '../../view-models/brief';
import { h, patch, type View } from '../dom-layer';

export function mountBrief(container: HTMLElement, store: SessionStore): View<SessionState> {
  const root = h('section', { class: 'screen', 'aria-labelledby': 'brief-heading' });
  container.appendChild(root);
  return {
    update(s) {
      const game = s.game;
      if (!game) return;
      const lang = s.settings.lang;
      const v = briefView(game.scenario, game.observation);
      patch(
        root,
        h(
          'div',
          { class: 'screen-head' },
          h('h2', { id: 'brief-heading' }, say(lang, T.heading)),
          h(
            'button',
            {
              type: 'button',
              id: 'brief-begin',
              class: 'primary',
              'data-autofocus': true,
              onclick: () => store.commands.beginTalks(),
            },
            say(lang, T.begin),
          ),
        ),
        h(
          'div',
          { class: 'brief' },
          h(
            'article',
            { class: 'paper' },
            h('span', { class: 'stamp' }, say(lang, T.confidential)),
            h(
              'h3',
              {},
              say(lang, T.forWhom, {
                negotiator: v.side.negotiator.name,
                role: v.side.negotiator.role[lang],
              }),
            ),
            (v.side.delegation ?? []).length > 0
              ? h(
                  'p',
                  { class: 'delegation' },
                  say(lang, T.delegation, {
                    names: formatList(
                      lang,
                      (v.side.delegation ?? []).map((p) => `${p.name} (${p.role[lang]})`),
                    ),
                  }),
                )
              : null,
            h('p', { class: 'brief-text' }, v.brief[lang]),
          ),
          h(
            'div',
            {},
            h('h3', {}, say(lang, T.priorities)),
            h(
              'ol',
              { class: 'ranked' },
              v.priorities.map((p) =>
                h(
                  'li',
                  {},
                  h('span', {}, p.label[lang]),
                  h(
                    'span',
                    { class: 'figure' },
                    say(lang, T.weight, { share: formatPercent(lang, p.weight) }),
                  ),
                ),
              ),
            ),
            h('h3', {}, say(lang, T.reservation)),
            h('p', {}, say(lang, T.reservationText, { value: formatNumber(lang, v.reservation * 100) })),
            h('h3', {}, say(lang, T.calendar)),
            h(
              'dl',
              { class: 'facts' },
              h('dt', {}, say(lang, T.today)),
              h('dd', {}, formatDate(lang, v.date, true)),
              h('dt', {}, say(lang, T.deadline)),
              h('dd', {}, formatDate(lang, v.deadline)),
              h('dt', {}, say(lang, T.meetings)),
              h('dd', { class: 'figure' }, formatNumber(lang, v.roundCount)),
            ),
            h('h3', {}, say(lang, T.tariff)),
            h(
              'ul',
              { class: 'steps' },
              v.tariff.map((t) =>
                h(
                  'li',
                  {},
                  say(lang, T.tariffStep, {
                    rate: formatPercent(lang, t.rate / 100),
                    date: formatDate(lang, t.date),
                  }),
                ),
              ),
            ),
          ),
        ),
      );
    },
    destroy() {
      root.remove();
    },
  };
}
