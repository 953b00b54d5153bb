// The setup screen: scenario, the side as two large radio cards named by their negotiators, the
// opponent's persona and difficulty, and Start.
import type { Difficulty } from '../../../ai/difficulty';
import type { SideId } from '../../../scenario/sides';
import type { SessionState, SessionStore } from '../../../store/contract';
import { setupTexts as T } from '../../i18n/areas/setup';
import { formatDate, formatList } from '../../i18n/formats';
import { say } from '../../i18n/texts';
import { setupView } from '../../view-models/setup';
import { h, patch, type View } from '../dom-layer';
import { acceptDrops, filePicker } from '../file-input';

function kindRadio(kind: 'ai' | 'person', label: string, checked: boolean, choose: () => void): HTMLElement {
  return h(
    'label',
    { class: 'kind-choice', for: `setup-opponent-${kind}` },
    h('input', {
      type: 'radio',
      name: 'setup-opponent',
      id: `setup-opponent-${kind}`,
      value: kind,
      checked,
      onchange: choose,
    }),
    label,
  );
}

/** Larger than any scenario a teacher writes; the loader is not asked to read more. */
const MAX_SCENARIO_BYTES = 1024 * 1024;

export function mountSetup(container: HTMLElement, store: SessionStore): View<SessionState> {
  const root = h('section', { class: 'screen', 'aria-labelledby': 'setup-heading' });
  container.appendChild(root);
  const c = store.commands;
  /** A dropped or chosen scenario file: read, then checked by the loader, which loads only now. */
  const openScenario = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SCENARIO_BYTES) {
      return c.refuseScenario({
        code: 'SCENARIO_TOO_LARGE',
        message: `${file.name} is ${(file.size / 2 ** 20).toFixed(1)} MB: a scenario file is at most 1 MB.`,
        source: file.name,
        details: [],
      });
    }
    const [text, { loadDroppedScenario }] = await Promise.all([
      file.text().catch(() => ''),
      import('../../scenario-file'),
    ]);
    const loaded = loadDroppedScenario(text, file.name, store.getState().scenarios);
    if (loaded.ok) c.addScenario(loaded.value);
    else c.refuseScenario(loaded.error);
  };
  const stopDrops = acceptDrops(root, (files) => void openScenario(files[0]));
  return {
    update(s) {
      const lang = s.settings.lang;
      const v = setupView(s.scenarios, s.setup);
      if (!v) return;
      const sideCards = v.sides.map((side) =>
        h(
          'label',
          { class: 'radio-card', for: `setup-side-${side.id}` },
          h('span', { class: 'side-stripe', 'data-tone': side.tone }),
          h(
            'span',
            { class: 'who' },
            h('input', {
              type: 'radio',
              name: 'setup-side',
              id: `setup-side-${side.id}`,
              value: side.id,
              checked: side.id === v.side,
              onchange: () => c.chooseSetup({ side: side.id as SideId }),
            }),
            say(lang, T.sideName, { negotiator: side.negotiator, country: side.country[lang] }),
          ),
          h('span', { class: 'role' }, side.role[lang]),
          side.delegation.length > 0
            ? h(
                'span',
                { class: 'role' },
                say(lang, T.sideWith, {
                  names: formatList(
                    lang,
                    side.delegation.map((p) => p.name),
                  ),
                }),
              )
            : null,
        ),
      );
      const chosen = v.personas.find((p) => p.id === v.persona);
      const personaSelect = h(
        'label',
        { class: 'field' },
        h('span', {}, say(lang, T.persona)),
        h(
          'select',
          {
            id: 'setup-persona',
            'aria-describedby': 'setup-persona-blurb',
            onchange: (e) =>
              c.chooseSetup({
                opponent: {
                  kind: 'ai',
                  persona: (e.target as HTMLSelectElement).value,
                  difficulty: v.difficulty,
                },
              }),
          },
          v.personas.map((p) => h('option', { value: p.id, selected: p.id === v.persona }, p.label[lang])),
        ),
        h('span', { class: 'blurb', id: 'setup-persona-blurb' }, chosen ? chosen.blurb[lang] : ''),
      );
      patch(
        root,
        h(
          'div',
          { class: 'screen-head' },
          h('h2', { id: 'setup-heading' }, say(lang, T.heading)),
          h('button', { type: 'button', id: 'setup-back', onclick: () => c.toTitle() }, say(lang, T.back)),
        ),
        h(
          'label',
          { class: 'field' },
          h('span', {}, say(lang, T.scenario)),
          h(
            'select',
            {
              id: 'setup-scenario',
              onchange: (e) => c.chooseSetup({ scenarioId: (e.target as HTMLSelectElement).value }),
            },
            v.scenarios.map((x) =>
              h('option', { value: x.id, selected: x.id === v.scenarioId }, x.title[lang]),
            ),
          ),
        ),
        h(
          'p',
          { class: 'blurb scenario-summary', id: 'setup-scenario-summary' },
          h(
            'span',
            { class: 'scenario-dates' },
            `${formatDate(lang, v.dates.start, true)} – ${formatDate(lang, v.dates.end, true)}. `,
          ),
          v.summary[lang],
          v.about ? h('span', { class: 'scenario-about' }, ` ${v.about[lang]}`) : null,
        ),
        h(
          'div',
          { class: 'scenario-drop' },
          filePicker({
            id: 'setup-scenario-open',
            label: say(lang, T.scenarioFile),
            accept: '.yaml,.yml,text/yaml',
            onFiles: (files) => void openScenario(files[0]),
          }),
          h('span', { class: 'blurb' }, say(lang, T.scenarioDrop)),
        ),
        s.scenarioProblem
          ? h(
              'div',
              { class: 'save-problem', role: 'alert', id: 'setup-scenario-problem' },
              h('p', {}, s.scenarioProblem.message),
              s.scenarioProblem.details.length > 0
                ? h('pre', { class: 'problem-lines' }, s.scenarioProblem.details.join('\n'))
                : null,
            )
          : null,
        h(
          'fieldset',
          { class: 'field' },
          h('legend', {}, say(lang, T.side)),
          h('div', { class: 'radio-cards' }, sideCards),
        ),
        h(
          'div',
          { class: 'setup-grid' },
          h(
            'fieldset',
            {},
            h('legend', {}, say(lang, T.opponent)),
            v.opponent
              ? h(
                  'p',
                  { class: 'blurb' },
                  say(lang, T.against, {
                    negotiator: v.opponent.negotiator,
                    country: v.opponent.country[lang],
                  }),
                )
              : null,
            h(
              'div',
              { class: 'opponent-kind', role: 'radiogroup', 'aria-label': say(lang, T.opponentKind) },
              kindRadio('ai', say(lang, T.opponentAi), !v.hotseat, () =>
                c.chooseSetup({ opponent: { kind: 'ai', persona: v.persona, difficulty: v.difficulty } }),
              ),
              kindRadio('person', say(lang, T.opponentPerson), v.hotseat, () =>
                c.chooseSetup({ opponent: { kind: 'person' } }),
              ),
            ),
            v.hotseat
              ? h('p', { class: 'blurb', id: 'setup-hotseat-note' }, say(lang, T.hotseatNote))
              : personaSelect,
          ),
          h(
            'div',
            {},
            v.hotseat
              ? null
              : h(
                  'label',
                  { class: 'field' },
                  h('span', {}, say(lang, T.difficulty)),
                  h(
                    'select',
                    {
                      id: 'setup-difficulty',
                      onchange: (e) =>
                        c.chooseSetup({
                          opponent: {
                            kind: 'ai',
                            persona: v.persona,
                            difficulty: (e.target as HTMLSelectElement).value as Difficulty,
                          },
                        }),
                    },
                    v.difficulties.map((d) =>
                      h('option', { value: d, selected: d === v.difficulty }, say(lang, T[d])),
                    ),
                  ),
                ),
            h(
              'label',
              { class: 'field' },
              h('span', {}, say(lang, T.timer)),
              h(
                'select',
                {
                  id: 'setup-timer',
                  onchange: (e) => {
                    const value = (e.target as HTMLSelectElement).value;
                    c.chooseSetup({ timerMinutes: value === '' ? null : Number(value) });
                  },
                },
                v.timers.map((m) =>
                  h(
                    'option',
                    { value: m === null ? '' : String(m), selected: m === v.timerMinutes },
                    m === null ? say(lang, T.timerOff) : say(lang, T.timerMinutes, { n: m }),
                  ),
                ),
              ),
            ),
            h(
              'div',
              { class: 'button-row' },
              h(
                'button',
                {
                  type: 'button',
                  id: 'setup-start',
                  class: 'primary',
                  'data-autofocus': true,
                  onclick: () => c.startGame(),
                },
                say(lang, T.start),
              ),
            ),
          ),
        ),
      );
    },
    destroy() {
      stopDrops();
      root.remove();
    },
  };
}
