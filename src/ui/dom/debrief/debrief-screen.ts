// The debrief screen: the report of a finished game, drawn from the store's final observation
// and analysis, in the chosen language. Every chart is inline SVG with a table of the same numbers
// beside it; the page can be exported as a PNG or printed.

import type { SessionState, SessionStore } from '../../../store/contract';
import { debriefTexts as T } from '../../i18n/areas/debrief';
import { formatBillions, formatDate, formatNumber } from '../../i18n/formats';
import { type Lang, say } from '../../i18n/texts';
import { type DebriefView, debriefView } from '../../view-models/debrief';
import type { OutcomeView } from '../../view-models/debrief-outcome';
import { encountersChart, metersChart, SIDE_COLOURS, tariffChart, utilitySpaceChart } from './charts';
import { debriefPng, download } from './export-png';
import {
  encountersTable,
  frontierTable,
  pointsTable,
  scoreTable,
  statementsTable,
  timelineTable,
} from './tables';
import './debrief.css';
import './print.css';

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; id?: string } = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.id) node.id = props.id;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

export function outcomeHeadline(lang: Lang, o: OutcomeView, sideName: (side: string) => string): string {
  const date = o.date ? formatDate(lang, o.date) : '';
  switch (o.kind) {
    case 'deal':
      return say(lang, o.historical ? T.outcomeDealHistorical : T.outcomeDeal, { date });
    case 'walkout':
      return say(lang, T.outcomeWalkout, { side: sideName(o.by ?? ''), date });
    case 'no-deal':
      return say(lang, T.outcomeNoDeal, { date });
    case 'ongoing':
      return say(lang, T.outcomeOngoing);
  }
}

function verdictLine(lang: Lang, o: OutcomeView): string | null {
  if (o.verdict === 'held') return say(lang, T.verdictHeld);
  if (o.verdict === 'clause-triggered') return say(lang, T.verdictClause);
  if (o.verdict === 'tariffs-reinstated') return say(lang, T.verdictReinstated);
  return null;
}

function figure(chart: SVGSVGElement, caption: string | null): HTMLElement {
  const f = h('figure', { className: 'chart' }, [chart]);
  f.style.margin = '0';
  if (caption) f.append(h('figcaption', { className: 'caption', text: caption }));
  return f;
}

function wrap(table: HTMLElement): HTMLElement {
  const w = h('div', { className: 'table-wrap' }, [table]);
  // A scrolling region must be reachable by keyboard.
  w.tabIndex = 0;
  return w;
}

function section(id: string, title: string, children: readonly Node[]): HTMLElement {
  const heading = h('h2', { id: `${id}-h`, text: title });
  const s = h('section', { className: id }, [heading, ...children]);
  s.setAttribute('aria-labelledby', heading.id);
  return s;
}

function render(view: DebriefView, actions: { exportPng(): void; print(): void }): HTMLElement {
  const { lang } = view;
  const o = view.outcome;
  const nameOf = (side: string) => o.sides.find((s) => s.side === side)?.name[lang] ?? side;
  const root = h('div', { className: 'debrief' });
  root.lang = lang;
  // Header: the heading the tests look for, the outcome, the actions.
  const button = (label: string, run: () => void, primary = false) => {
    const b = h('button', { className: primary ? 'primary' : '', text: label });
    b.type = 'button';
    b.dataset.focusKey = label;
    b.addEventListener('click', run);
    return b;
  };
  const headline = outcomeHeadline(lang, o, nameOf);
  root.append(
    h('header', { className: 'debrief-top' }, [
      h('div', {}, [
        h('h1', { text: say(lang, T.heading) }),
        h('p', { className: 'headline', text: headline }),
        h('p', { className: 'intro', text: say(lang, T.intro, { scenario: view.scenarioTitle }) }),
      ]),
      h('div', { className: 'debrief-actions' }, [
        button(say(lang, T.exportPng), actions.exportPng, true),
        // Back to the title and a new game are the frame's (src/ui/dom/screens/debrief-frame.ts).
        button(say(lang, T.print), actions.print),
      ]),
    ]),
  );
  // The outcome and the scores.
  const facts = h('ul', { className: 'facts' });
  const verdict = verdictLine(lang, o);
  if (verdict) facts.append(h('li', { text: verdict }));
  if (o.finalTariff !== null)
    facts.append(h('li', { text: say(lang, T.finalTariff, { rate: o.finalTariff }) }));
  facts.append(h('li', { text: say(lang, T.tariffPaid, { amount: formatBillions(lang, o.tariffPaidBn) }) }));
  const cards = o.sides.map((s, i) => {
    const card = h('div', { className: 'score-card' }, [
      h('h3', {}, [
        s.name[lang],
        ...(s.you ? [h('span', { className: 'you', text: say(lang, T.you) })] : []),
      ]),
      h('p', {}, [
        h('span', { className: 'big', text: formatNumber(lang, s.score, 1) }),
        h('span', { className: 'of', text: '/ 100' }),
      ]),
      scoreTable(lang, s),
    ]);
    card.style.setProperty('--side-colour', SIDE_COLOURS[i] ?? 'var(--c-mist)');
    return card;
  });
  root.append(
    section('outcome', say(lang, T.outcomeHeading), [facts, h('div', { className: 'scores' }, cards)]),
  );
  // The utility space.
  const packages = view.space.packages;
  const cloud = packages.sampled
    ? say(lang, T.spaceSample, { shown: packages.points.length, count: packages.total })
    : say(lang, T.spaceAll, { count: packages.total });
  const more = h('details', { className: 'debrief-frontier-more' }, [
    h('summary', {
      text: `${say(lang, T.legendFrontier)} (${formatNumber(lang, view.space.frontier.length)})`,
    }),
    frontierTable(view),
  ]);
  root.append(
    section('space', say(lang, T.spaceHeading), [
      h('div', { className: 'pair' }, [
        figure(utilitySpaceChart(view), cloud),
        h('div', {}, [wrap(pointsTable(view)), more]),
      ]),
    ]),
  );
  // Over time.
  const hidden = view.time.hiddenMeters > 0 ? say(lang, T.metersPrivateNote) : null;
  root.append(
    section('time', say(lang, T.timeHeading), [
      h('div', { className: 'stack' }, [
        figure(metersChart(view), `${say(lang, T.metersCaption)}.${hidden ? ` ${hidden}` : ''}`),
        figure(tariffChart(view), say(lang, T.tariffCaption)),
      ]),
      wrap(timelineTable(view)),
      h('div', { className: 'pair' }, [
        figure(
          encountersChart(view),
          say(lang, view.time.hasRecord ? T.encountersCaption : T.encountersCaptionModel),
        ),
        wrap(encountersTable(view)),
      ]),
    ]),
  );
  // What really happened.
  const hist = view.history;
  root.append(
    section('history', say(lang, T.historyHeading), [
      h('h3', { text: hist.title }),
      ...hist.paragraphs.map((p) => h('p', { text: p })),
      h('h3', { text: say(lang, T.sourcesHeading) }),
      h(
        'ul',
        {},
        hist.sources.map((s) => h('li', { text: s })),
      ),
      ...(hist.comparison
        ? [
            h('h3', { text: hist.comparison.title }),
            ...hist.comparison.paragraphs.map((p) => h('p', { text: p })),
            ...(hist.comparison.sources.length > 0
              ? [
                  h('h4', { text: say(lang, T.sourcesHeading) }),
                  h(
                    'ul',
                    {},
                    hist.comparison.sources.map((s) => h('li', { text: s })),
                  ),
                ]
              : []),
          ]
        : []),
    ]),
  );
  // Statements kept and broken, and the bluffs revealed.
  const sides = view.statements.sides.map((s) => {
    const summary = say(lang, T.statementsSummary, {
      side: s.name[lang],
      kept: s.kept,
      bluff: s.bluffs,
      pending: s.pending,
      marked: s.marked ?? 0,
    });
    const body: Node[] = [h('h3', { text: s.name[lang] })];
    if (s.entries.length > 0) body.push(h('p', { text: summary }), wrap(statementsTable(lang, s)));
    else body.push(h('p', { text: say(lang, T.statementsNone, { side: s.name[lang] }) }));
    return h('div', { className: 'side-statements' }, body);
  });
  const bluffs = view.statements.bluffs;
  const bluffList =
    bluffs.length === 0
      ? h('p', { text: say(lang, T.bluffsNone) })
      : h(
          'ul',
          {},
          bluffs.map((b) =>
            h('li', {
              text: say(lang, T.bluffLine, {
                date: formatDate(lang, b.date),
                side: nameOf(b.side),
                text: b.text[lang],
              }),
            }),
          ),
        );
  root.append(
    section('statements', say(lang, T.statementsHeading), [
      ...sides,
      h('div', { className: 'bluffs' }, [h('h3', { text: say(lang, T.bluffsHeading) }), bluffList]),
    ]),
  );
  return root;
}

function viewOf(state: SessionState): DebriefView | null {
  const game = state.game;
  if (!game?.analysis) return null;
  return debriefView({
    scenario: game.scenario,
    observation: game.observation,
    analysis: game.analysis,
    lang: state.settings.lang,
  });
}

/** Mounts the debrief into `container`; re-renders when the language or the game changes. */
export function mountDebrief(container: HTMLElement, store: SessionStore): { destroy(): void } {
  let shown: { lang: Lang; game: SessionState['game'] } | null = null;
  let current: HTMLElement | null = null;
  let view: DebriefView | null = null;
  let frame = 0;
  const actions = {
    exportPng: () => {
      if (!current || !view) return;
      const charts = [...current.querySelectorAll<SVGSVGElement>('svg.debrief-chart')];
      const o = view.outcome;
      const lang = view.lang;
      const lines = [
        outcomeHeadline(lang, o, (side) => o.sides.find((s) => s.side === side)?.name[lang] ?? side),
        ...o.sides.map((s) =>
          say(lang, T.scoreOf, { side: s.name[lang], score: formatNumber(lang, s.score, 1) }),
        ),
      ];
      debriefPng(charts, { title: `${say(lang, T.pngTitle)} · ${view.scenarioTitle}`, lines })
        .then((blob) => download(blob))
        .catch((problem: unknown) => console.warn('the debrief could not be exported', problem));
    },
    print: () => window.print(),
  };
  const draw = () => {
    frame = 0;
    const state = store.getState();
    if (shown && shown.lang === state.settings.lang && shown.game === state.game) return;
    shown = { lang: state.settings.lang, game: state.game };
    // Keep the focus on the same control across a re-render (a language change relabels it).
    const focused =
      document.activeElement instanceof HTMLElement && current?.contains(document.activeElement)
        ? [...current.querySelectorAll('button')].indexOf(document.activeElement as HTMLButtonElement)
        : -1;
    view = viewOf(state);
    const next = view
      ? render(view, actions)
      : h('div', { className: 'debrief' }, [
          h('h1', { text: say(state.settings.lang, T.heading) }),
          h('p', { text: say(state.settings.lang, T.noGame) }),
        ]);
    if (current) current.replaceWith(next);
    else container.append(next);
    current = next;
    if (focused >= 0) next.querySelectorAll('button')[focused]?.focus();
  };
  draw();
  const unsubscribe = store.subscribe(() => {
    if (!frame) frame = requestAnimationFrame(draw);
  });
  return {
    destroy() {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
      current?.remove();
      current = null;
    },
  };
}
