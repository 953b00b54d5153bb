// The title's "Classroom": the teacher's guide (on screen and on one printed page), the two
// private briefs printed a page each (never shown here on screen, where both sides could read
// them), projector mode, and the way to the class results. The guide and the briefs follow the
// scenario the teacher picks.
import type { Scenario } from '../../../scenario/schema';
import { sideIds, sideInfo } from '../../../scenario/sides';
import type { SessionState, SessionStore } from '../../../store/contract';
import { classroomTexts as T } from '../../i18n/areas/classroom';
import { formatDate, formatList } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import { classGuideView } from '../../view-models/class-guide';
import { h, patch, type View } from '../dom-layer';
import { printSheet } from '../print-sheet';

function guide(lang: Lang, scenario: Scenario): HTMLElement {
  const g = classGuideView(scenario);
  const table = formatList(
    lang,
    g.table.map((t) => `${t.negotiator} (${t.country[lang]})`),
  );
  const questions = [
    say(lang, T.q1),
    say(lang, T.q2, { deadline: formatDate(lang, g.deadline, true) }),
    say(lang, T.q3, { historical: g.historical[lang] }),
    say(lang, T.q4),
    g.legislatures.length > 0
      ? say(lang, T.q5, {
          legislatures: formatList(
            lang,
            g.legislatures.map((l) => l[lang]),
          ),
        })
      : say(lang, T.q5principals, { principals: formatList(lang, g.principals) }),
  ];
  return h(
    'article',
    { class: 'guide' },
    h('h2', { id: 'guide-heading' }, say(lang, T.guideTitle)),
    h('p', { class: 'guide-scenario' }, g.title[lang]),
    h('h3', {}, say(lang, T.guideBefore)),
    h('p', {}, say(lang, T.guideBeforeText)),
    h('h3', {}, say(lang, T.guideBriefing)),
    h('p', {}, say(lang, T.guideBriefingText, { summary: g.summary[lang], table })),
    g.variant ? h('h3', {}, say(lang, T.guideVariant)) : null,
    g.variant ? h('p', {}, g.variant[lang]) : null,
    h('h3', {}, say(lang, T.guidePlay)),
    h('p', {}, say(lang, T.guidePlayText)),
    h('h3', {}, say(lang, T.guideDebrief)),
    h('p', {}, say(lang, T.guideDebriefText)),
    h(
      'ol',
      {},
      questions.map((q) => h('li', {}, q)),
    ),
    h('h3', {}, say(lang, T.guideLibrary)),
    h('p', {}, say(lang, T.guideLibraryText)),
  );
}

export function mountClassroom(container: HTMLElement, store: SessionStore): View<SessionState> {
  const c = store.commands;
  const root = h('section', { class: 'screen screen--classroom', 'aria-labelledby': 'classroom-heading' });
  container.appendChild(root);
  // The scenario of the class (its guide, its briefs): the view's own choice, as nothing else
  // depends on it.
  let classOf: string | null = null;
  let last: SessionState | null = null;
  const view: View<SessionState> = {
    update(s) {
      last = s;
      const lang = s.settings.lang;
      const entry = s.scenarios.find((e) => e.id === classOf) ?? s.scenarios[0];
      const scenario = entry?.scenario;
      patch(
        root,
        h(
          'div',
          { class: 'screen-head' },
          h('h1', { id: 'classroom-heading' }, say(lang, T.classroom)),
          h(
            'button',
            { type: 'button', id: 'classroom-back', onclick: () => c.toTitle() },
            say(lang, T.back),
          ),
        ),
        h('p', { class: 'title-pitch' }, say(lang, T.intro)),
        h(
          'div',
          { class: 'classroom-grid' },
          h(
            'section',
            { class: 'classroom-card', 'aria-labelledby': 'guide-heading' },
            h(
              'label',
              { class: 'field', for: 'classroom-scenario' },
              h('span', {}, say(lang, T.guideScenario)),
              h(
                'select',
                {
                  id: 'classroom-scenario',
                  onchange: (e) => {
                    classOf = (e.target as HTMLSelectElement).value;
                    if (last) view.update(last);
                  },
                },
                s.scenarios.map((e) =>
                  h('option', { value: e.id, selected: e.id === entry?.id }, e.title[lang]),
                ),
              ),
            ),
            scenario
              ? h('div', { class: 'print-sheet', 'data-sheet': 'guide' }, guide(lang, scenario))
              : null,
            h(
              'div',
              { class: 'button-row' },
              h(
                'button',
                { type: 'button', id: 'classroom-print-guide', onclick: () => printSheet('guide') },
                say(lang, T.printGuide),
              ),
            ),
          ),
          h(
            'div',
            { class: 'classroom-side' },
            h(
              'section',
              { class: 'classroom-card', 'aria-labelledby': 'results-heading' },
              h('h2', { id: 'results-heading' }, say(lang, T.results)),
              h('p', {}, say(lang, T.resultsIntro)),
              h(
                'button',
                {
                  type: 'button',
                  id: 'classroom-results',
                  class: 'primary',
                  'data-autofocus': true,
                  'data-focus-fallback': true,
                  onclick: () => c.openClassResults(),
                },
                say(lang, T.results),
              ),
            ),
            h(
              'section',
              { class: 'classroom-card', 'aria-labelledby': 'briefs-heading' },
              h('h2', { id: 'briefs-heading' }, say(lang, T.briefs)),
              h('p', {}, say(lang, T.briefsIntro)),
              h(
                'button',
                { type: 'button', id: 'classroom-print-briefs', onclick: () => printSheet('briefs') },
                say(lang, T.printBriefs),
              ),
              // On paper only: on screen both briefs would be in front of both sides.
              scenario
                ? h(
                    'div',
                    { class: 'print-sheet print-only', 'data-sheet': 'briefs' },
                    sideIds(scenario).map((side) => {
                      const info = sideInfo(scenario, side);
                      return h(
                        'article',
                        { class: 'brief-page' },
                        h('p', { class: 'title-kicker' }, say(lang, T.confidential)),
                        h(
                          'h2',
                          {},
                          say(lang, T.briefFor, { who: info.negotiator.name, country: info.name[lang] }),
                        ),
                        h('p', {}, scenario.title[lang]),
                        info.brief[lang].split(/\n\s*\n/).map((para) => h('p', {}, para)),
                      );
                    }),
                  )
                : null,
            ),
            h(
              'label',
              { class: 'kind-choice', for: 'classroom-projector' },
              h('input', {
                type: 'checkbox',
                id: 'classroom-projector',
                checked: s.settings.projector,
                onchange: (e) => c.setProjector((e.target as HTMLInputElement).checked),
              }),
              say(lang, T.projector),
            ),
          ),
        ),
      );
    },
    destroy() {
      root.remove();
    },
  };
  return view;
}
