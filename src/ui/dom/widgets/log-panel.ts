// The log drawer: every entry of the talks in words, newest last, with a filter by issue.
import type { Observation } from '../../../engine';
import type { Scenario } from '../../../scenario/schema';
import { logTexts as T } from '../../i18n/areas/log';
import { formatDate } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import { logLines } from '../../view-models/log';
import { h } from '../dom-layer';

export function renderLogPanel(
  lang: Lang,
  scenario: Scenario,
  observation: Observation,
  filter: string | null,
  on: { filter(issue: string | null): void; close(): void },
): Node[] {
  const lines = logLines(scenario, lang, observation.log, filter);
  return [
    h(
      'div',
      { class: 'panel-bar' },
      h('h2', { id: 'log-heading' }, say(lang, T.heading)),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', id: 'log-close', onclick: on.close }, say(lang, T.close)),
    ),
    h(
      'label',
      { class: 'field' },
      h('span', {}, say(lang, T.filter)),
      h(
        'select',
        {
          id: 'log-filter',
          onchange: (e) => {
            const v = (e.target as HTMLSelectElement).value;
            on.filter(v === '' ? null : v);
          },
        },
        h('option', { value: '', selected: filter === null }, say(lang, T.allIssues)),
        scenario.issues.map((i) => h('option', { value: i.id, selected: i.id === filter }, i.label[lang])),
      ),
    ),
    h(
      'ol',
      { 'aria-labelledby': 'log-heading', tabindex: 0 },
      lines.length === 0
        ? h('li', {}, say(lang, T.empty))
        : lines.map((l) =>
            h(
              'li',
              { 'data-kind': l.kind },
              h('time', { datetime: l.date }, formatDate(lang, l.date)),
              l.text,
            ),
          ),
    ),
  ];
}
