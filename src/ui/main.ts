// A first page until the Phaser front end lands: the scenario's briefing and the June 2019
// negotiation replayed by the engine, in the browser, from the same rules the tests check.
import scenarioText from '../../scenarios/june-2019.yaml?raw';
import { DIFFICULTIES } from '../ai/difficulty';
import { playMatch } from '../ai/match';
import { createPlayer, parsePlayerSpec } from '../ai/registry';
import { createRules, type DeepReadonly, type LogEntry } from '../engine';
import { parseScenario } from '../scenario/load';
import { formatProblem } from '../scenario/problem';
import type { LocalText, Scenario } from '../scenario/schema';
import { bySide, type SideId, sideIds, sideInfo } from '../scenario/sides';
import { termsText } from '../scenario/terms-text';

type Lang = keyof LocalText;

const app = document.getElementById('app') as HTMLElement;
let lang: Lang = navigator.language.startsWith('es') ? 'es' : 'en';

const UI = {
  history: {
    en: 'The June 2019 talks, replayed by the engine',
    es: 'Las negociaciones de junio de 2019, según el motor',
  },
  coming: {
    en: 'The playable front end (map, tariff ladder, offer table) is being built. Meanwhile the command line plays full games: see the README.',
    es: 'La interfaz jugable (mapa, escalera arancelaria, mesa de ofertas) está en construcción. Mientras tanto, la línea de comandos juega partidas completas: véase el README.',
  },
  outcome: { en: 'Outcome (scores out of 100)', es: 'Resultado (puntuaciones sobre 100)' },
  replayed: {
    en: 'The talks, played by the negotiators you chose',
    es: 'Las negociaciones, jugadas por los negociadores elegidos',
  },
  choose: { en: 'Choose who negotiates', es: 'Elija quién negocia' },
  record: { en: 'As in June 2019', es: 'Como en junio de 2019' },
  easy: { en: 'easy', es: 'fácil' },
  medium: { en: 'medium', es: 'media' },
  hard: { en: 'hard', es: 'difícil' },
  deal: { en: 'Deal signed', es: 'Acuerdo firmado' },
  ongoing: { en: 'still negotiating', es: 'aún en negociación' },
  walkout: { en: 'a walk-out', es: 'ruptura de las negociaciones' },
  'no-deal': { en: 'no deal by the end of October', es: 'sin acuerdo a fines de octubre' },
  fingerprint: { en: 'Engine fingerprint (seed 2019)', es: 'Huella del motor (semilla 2019)' },
} satisfies Record<string, LocalText>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = '') {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function describe(scenario: Scenario, entry: DeepReadonly<LogEntry>): { who: string; text: string } | null {
  switch (entry.kind) {
    case 'action': {
      const side = sideInfo(scenario, entry.action.side);
      const said = entry.action.say?.text[lang];
      return { who: entry.action.side, text: `${side.negotiator.name}: ${said ?? entry.action.type}` };
    }
    case 'event': {
      const event = scenario.events.find((e) => e.id === entry.event);
      return event ? { who: '', text: `${event.title[lang]}. ${event.text[lang]}` } : null;
    }
    case 'deal':
      return {
        who: '',
        text: entry.historical
          ? scenario.historical.title[lang]
          : `${UI.deal[lang]}: ${termsText(scenario.issues, entry.terms)[lang]}`,
      };
    case 'review':
      return {
        who: '',
        text: `Day ${entry.result.day}: encounters ${entry.result.encounters.toLocaleString()} (−${entry.result.dropPct}%)`,
      };
    default:
      return null;
  }
}

/** Who plays each side of the game shown: the record by default, or any AI persona and difficulty. */
// Every side starts on the record; a choice in the form replaces its entry.
const chosen: Record<string, string> = {};
const choiceOf = (side: SideId): string => chosen[side] ?? 'history';

function playerChoices(scenario: Scenario, side: SideId): { value: string; label: string }[] {
  const choices = [{ value: 'history', label: UI.record[lang] }];
  for (const persona of (scenario.personas ?? []).filter((p) => p.side === side)) {
    for (const difficulty of DIFFICULTIES) {
      choices.push({
        value: `${persona.id}:${difficulty}`,
        label: `${persona.label[lang]} (${UI[difficulty][lang]})`,
      });
    }
  }
  return choices;
}

function render(): void {
  const loaded = parseScenario(scenarioText, 'scenarios/june-2019.yaml');
  app.replaceChildren();
  if (!loaded.ok) {
    app.append(
      el('h1', {}, 'Scenario error'),
      el('pre', {}, loaded.error.problems.map(formatProblem).join('\n')),
    );
    return;
  }
  const { scenario, hash } = loaded.value;
  document.documentElement.lang = lang;
  const switcher = el('div', { class: 'lang', role: 'group', 'aria-label': 'Language / Idioma' });
  for (const l of ['en', 'es'] as const) {
    const b = el(
      'button',
      { type: 'button', 'aria-pressed': String(l === lang) },
      l === 'en' ? 'English' : 'Español',
    );
    b.addEventListener('click', () => {
      lang = l;
      render();
    });
    switcher.append(b);
  }
  app.append(
    switcher,
    el('h1', {}, 'Deadline Diplomacy'),
    el('p', { class: 'lede' }, scenario.summary[lang]),
  );
  const sides = el('div', { class: 'sides' });
  // The side that opens the talks is shown first.
  const shown = [...sideIds(scenario)].sort((a, b) =>
    a === scenario.calendar.opener ? -1 : b === scenario.calendar.opener ? 1 : 0,
  );
  for (const side of shown) {
    const info = sideInfo(scenario, side);
    const box = el('section', { class: `side ${side}` });
    box.append(
      el('h2', {}, info.name[lang]),
      el('p', {}, `${info.negotiator.name}, ${info.negotiator.role[lang]}`),
    );
    sides.append(box);
  }
  app.append(sides, el('p', { class: 'note' }, UI.coming[lang]));

  const rules = createRules(scenario, hash);
  const context = { scenario, seed: 2019 };
  const form = el('form', { class: 'players', 'aria-label': UI.choose[lang] });
  for (const side of shown) {
    const label = el('label', {}, `${sideInfo(scenario, side).name[lang]} `);
    const select = el('select', { name: side });
    for (const choice of playerChoices(scenario, side)) {
      const option = el('option', { value: choice.value }, choice.label);
      if (choice.value === choiceOf(side)) option.setAttribute('selected', '');
      select.append(option);
    }
    select.addEventListener('change', () => {
      chosen[side] = select.value;
      render();
    });
    label.append(select);
    form.append(label);
  }
  const spec = (side: SideId) => {
    const parsed = parsePlayerSpec(choiceOf(side));
    return parsed.ok ? parsed.value : ({ kind: 'history' } as const);
  };
  const players = Object.fromEntries(
    sideIds(scenario).map((side) => [side, createPlayer(spec(side), { ...context, side })]),
  );
  const { state } = playMatch(rules, players, 2019);
  const historical = sideIds(scenario).every((side) => choiceOf(side) === 'history');
  app.append(el('h2', {}, historical ? UI.history[lang] : UI.replayed[lang]), form);
  const list = el('ol', { class: 'log' });
  for (const entry of state.log) {
    const line = describe(scenario, entry);
    if (!line) continue;
    const item = el('li');
    item.append(el('time', { datetime: entry.date }, entry.date));
    if (line.who) item.append(el('span', { class: `who-${line.who}` }, `${line.who.toUpperCase()} `));
    item.append(document.createTextNode(line.text));
    list.append(item);
  }
  const score = rules.analyse(state).score;
  app.append(
    list,
    el(
      'p',
      {},
      `${UI.outcome[lang]}: ${UI[state.outcome.kind][lang]} · ${sideIds(scenario)
        .map((side) => `${sideInfo(scenario, side).name[lang]} ${bySide(score, side)}`)
        .join(' · ')}`,
    ),
  );
  // The same rules in every engine: this hash must equal the one Node computes for the same game.
  const fingerprint = el('p', { class: 'note', 'data-testid': 'fingerprint' }, `${UI.fingerprint[lang]}: `);
  fingerprint.append(el('code', { 'data-state-hash': rules.stateHash(state) }, rules.stateHash(state)));
  app.append(fingerprint);
}

render();
