// The counterpart's words: its last statement at the table, and its explanation of a refusal or its
// answer to "what would it take?", with the reasons listed and a way to load a suggested package.
import type { Reason } from '../../../ai/verdict';
import type { Package } from '../../../engine';
import type { Scenario } from '../../../scenario/schema';
import { otherSide, sideInfo } from '../../../scenario/sides';
import type { GameView } from '../../../store/contract';
import { tableTexts as T } from '../../i18n/areas/table';
import { type Lang, say } from '../../i18n/texts';
import { lastStatement } from '../../view-models/log';
import { h } from '../dom-layer';

function reasonText(lang: Lang, scenario: Scenario, r: Reason): string {
  const issueLabel = (id: string) => scenario.issues.find((i) => i.id === id)?.label[lang] ?? id;
  const optionLabel = (issue: string, id: string) =>
    scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === id)?.label[lang] ?? id;
  switch (r.kind) {
    case 'legislature':
      return say(lang, T['reason-legislature'], {
        issue: issueLabel(r.issue),
        option: optionLabel(r.issue, r.option),
      });
    case 'issue-short':
      return say(lang, T['reason-issue-short'], {
        issue: issueLabel(r.issue),
        from: optionLabel(r.issue, r.from),
      });
    default:
      return say(lang, T[`reason-${r.kind}`]);
  }
}

export function renderCounterpartWords(
  lang: Lang,
  game: GameView,
  usePackage: (pkg: Package) => void,
): Node[] {
  const scenario = game.scenario;
  const them = sideInfo(scenario, otherSide(scenario, game.observation.side));
  const out: Node[] = [];
  const last = lastStatement(game.observation.log, game.observation.side);
  if (last?.text) {
    out.push(
      h(
        'p',
        {},
        h('span', { class: 'speaker' }, `${say(lang, T.counterpart, { who: them.negotiator.name })}: `),
        `“${last.text.text[lang]}”`,
      ),
    );
  }
  const words = game.counterpart;
  if (words?.kind === 'explanation') {
    const e = words.explanation;
    out.push(h('p', {}, e.text[lang]));
    if (!e.accepts && e.reasons.length > 0)
      out.push(
        h('p', {}, say(lang, T.reasons)),
        h(
          'ul',
          {},
          e.reasons.map((r) => h('li', {}, reasonText(lang, scenario, r))),
        ),
      );
  } else if (words?.kind === 'answer') {
    const a = words.answer;
    out.push(h('p', {}, h('span', { class: 'speaker' }, `${say(lang, T.answer)}: `), a.text[lang]));
    if (a.kind === 'change') {
      const pkg = a.package;
      out.push(
        h(
          'button',
          { type: 'button', id: 'words-use', onclick: () => usePackage(pkg as Package) },
          say(lang, T.useThis),
        ),
      );
    }
  }
  return out;
}
