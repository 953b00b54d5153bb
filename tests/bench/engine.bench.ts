// `npm run bench`: engine throughput on this machine, as JSON. Each figure is the median of
// several timed repetitions after a warm-up, because shared machines are noisy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { playMatch, seatFor } from '../../src/ai/match';
import { randomPlayer } from '../../src/ai/random-player';
import { createPlayer, parsePlayerSpec } from '../../src/ai/registry';
import { contenders, tournament } from '../../src/cli/tournament';
import { type Action, actionFor, createRules, type GameState, type Rules } from '../../src/engine';
import { nextFloat, pick, seedRng } from '../../src/engine/rng';
import { toCsv } from '../../src/replay/class-csv';
import { classReportHtml } from '../../src/replay/class-report-html';
import { type ClassGame, classGame, classResults } from '../../src/replay/class-results';
import { encodeReplay } from '../../src/replay/format';
import { readReplay } from '../../src/replay/read';
import { recordReplay } from '../../src/replay/record';
import { verifyReplay } from '../../src/replay/verify';
import { parseScenario } from '../../src/scenario/load';
import { bySide, perSide, sideIds } from '../../src/scenario/sides';
import { createSessionStore } from '../../src/store/session-store';
import { MX, US } from '../support/sides';

// Run from the project root (npm run sets it), whether from source or from the bundled copy.
const FILE = resolve('scenarios/june-2019.yaml');
const REPEATS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs `body` REPEATS times after one warm-up and returns the median duration in ms. */
function time(body: () => void): number {
  body();
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    body();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const text = readFileSync(FILE, 'utf8');
const loaded = parseScenario(text, FILE);
if (!loaded.ok) throw new Error(`${FILE} does not load`);
const rules = createRules(loaded.value.scenario, loaded.value.hash);

function randomGame(seed: number) {
  const players = {
    us: randomPlayer({ scenario: rules.scenario, side: US, seed }),
    mx: randomPlayer({ scenario: rules.scenario, side: MX, seed: seed + 1 }),
  };
  return playMatch(rules, players, seed);
}

// 1. Loading and validating the flagship scenario.
const loadMs =
  time(() => {
    for (let i = 0; i < 20; i++) parseScenario(text, FILE);
  }) / 20;

// 1b. A large file with a problem on every line: repeated-key and key-lookup scans once made this
// quadratic (minutes). tests/scenario/document-index.test.ts counts the work; this is the time.
const WIDE_KEYS = 50_000;
const wideKeys = Array.from({ length: WIDE_KEYS }, (_, i) => `key${i}: ${i}`).join('\n');
const wide = `${readFileSync(resolve('tests/scenario/fixtures/minimal.yaml'), 'utf8')}${wideKeys}\n`;
const wideRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const result = parseScenario(wide, 'wide.yaml');
  wideRuns.push(performance.now() - t0);
  if (result.ok || result.error.problems.length !== WIDE_KEYS) throw new Error('wide file: wrong problems');
}

// 2. Complete random-vs-random games (players, observation and rules all included).
const GAMES = 5000;
const gamesMs = time(() => {
  for (let seed = 1; seed <= GAMES; seed++) randomGame(seed);
});

// 3. `apply` alone, replaying recorded games' actions.
const recorded: { seed: number; actions: Action[] }[] = [];
let actionTotal = 0;
for (let seed = 1; actionTotal < 50_000; seed++) {
  const { actions } = randomGame(seed);
  recorded.push({ seed, actions });
  actionTotal += actions.length;
}
const starts = recorded.map((g) => rules.newGame({ seed: g.seed }));
const applyMs = time(() => {
  recorded.forEach((g, i) => {
    let s = starts[i] as GameState;
    for (const a of g.actions) {
      const r = rules.apply(s, a);
      if (r.ok) s = r.value;
    }
  });
});

// 4. `stateHash` over states from all stages of play.
const sample: GameState[] = [];
for (const g of recorded.slice(0, 400)) {
  let s = rules.newGame({ seed: g.seed });
  for (const a of g.actions) {
    const r = rules.apply(s, a);
    if (r.ok) s = r.value;
    sample.push(s);
  }
}
const hashMs = time(() => {
  for (const s of sample) rules.stateHash(s);
});

// 5. The debrief's analysis. Cold: a fresh scenario object each time, so the offer space's frontier
// is computed from scratch; warm: `analyse(state)` once the frontier is cached, over states from
// every stage of play (deals included), call by call.
const analysisStates = sample.filter((_, i) => i % 10 === 0);
const dealStates = recorded.slice(0, 400).map((g) => {
  let s = rules.newGame({ seed: g.seed });
  for (const a of g.actions) {
    const r = rules.apply(s, a);
    if (r.ok) s = r.value;
  }
  return s;
});
const coldMs: number[] = [];
for (let i = 0; i < 15; i++) {
  const fresh = createRules(structuredClone(loaded.value.scenario), loaded.value.hash);
  const t0 = performance.now();
  fresh.analyse(dealStates[i] as GameState);
  coldMs.push(performance.now() - t0);
}
const warmMs: number[] = [];
for (const s of [...analysisStates, ...dealStates]) rules.analyse(s);
for (let pass = 0; pass < 3; pass++) {
  for (const s of [...analysisStates, ...dealStates]) {
    const t0 = performance.now();
    rules.analyse(s);
    warmMs.push(performance.now() - t0);
  }
}
const frontierSize = rules.analyse(rules.newGame({ seed: 1 })).frontier.length;

// 6. One AI decision at the hardest difficulty: every hard persona pair, timed decision by decision.
const decisionMs: number[] = [];
const hard = (rules.scenario.personas ?? []).map((p) => ({
  persona: p,
  spec: { kind: 'persona' as const, persona: p.id, difficulty: 'hard' as const },
}));
for (const a of hard.filter((p) => p.persona.side === US)) {
  for (const b of hard.filter((p) => p.persona.side === MX)) {
    for (let seed = 1; seed <= 40; seed++) {
      const players = {
        us: createPlayer(a.spec, { scenario: rules.scenario, side: US, seed }),
        mx: createPlayer(b.spec, { scenario: rules.scenario, side: MX, seed }),
      };
      let state = rules.newGame({ seed });
      while (state.phase !== 'over') {
        const side = state.turn.side;
        const seat = seatFor(rules, state, side);
        const t0 = performance.now();
        const action = bySide(players, side).decide(seat);
        decisionMs.push(performance.now() - t0);
        const r = rules.apply(state, action);
        if (!r.ok) throw new Error(r.error.message);
        state = r.value;
      }
    }
  }
}
function quantileOf(values: number[], q: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}
const quantile = (q: number) => quantileOf(decisionMs, q);

// 7. The whole tournament: every US player against every Mexico player, seeds 1..500.
const tournamentRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  tournament(rules, { from: 1, to: 500 }, 'medium');
  tournamentRuns.push(performance.now() - t0);
}

// 8. Verifying a replay of 200 actions, from its text (parse, shape check, every action applied,
// every round's hash compared, the last state restored), as `replay verify` and the viewer do. The
// flagship calendar has 13 meetings of at most 4 actions each (52 actions), so no legal game of it
// reaches 200: the 200-action game is played on a copy whose talks start on May 14 instead of
// June 5 (51 meetings), by players who consult or make a move and then propose, counter, reject or
// wait, never accepting or leaving. The flagship's longest game (52 actions) is timed too.
const LONG_ACTIONS = 200;
const longText = text.replace('start: "2019-06-05"', 'start: "2019-05-14"');
const longLoaded = parseScenario(longText, 'june-2019-from-may-14.yaml');
if (!longLoaded.ok) throw new Error('the long calendar does not load');
const longRules = createRules(longLoaded.value.scenario, longLoaded.value.hash);

const TALK = new Set(['propose', 'counter', 'reject', 'wait']);

/** A game of `target` actions if the calendar holds that many (or as long as it holds). */
function talkativeGame(r: Rules, seed: number, target: number): GameState {
  const rng = seedRng(seed);
  const somePackage = () => {
    const terms: Record<string, string> = {};
    for (const issue of r.scenario.issues)
      if (nextFloat(rng) < 0.5) terms[issue.id] = pick(rng, issue.options).id;
    const first = r.scenario.issues[0];
    if (Object.keys(terms).length === 0 && first) terms[first.id] = pick(rng, first.options).id;
    return { terms };
  };
  let state = r.newGame({ seed });
  while (state.phase !== 'over') {
    const side = state.turn.side;
    const legal = r.legalActions(state, side);
    const slot = legal.filter((l) => l.type === 'consult' || l.type === 'unilateral');
    const talk = legal.filter((l) => TALK.has(l.type));
    // Two actions a turn from here to the end would overshoot: this turn skips the consultation.
    const laterTurns = (r.rounds.length - state.round) * 2 - state.turn.step - 1;
    const most = state.actionCount + 2 + 2 * laterTurns;
    const choice = slot.length > 0 && most <= target ? pick(rng, slot) : pick(rng, talk);
    const applied = r.apply(state, actionFor(choice, side, somePackage));
    if (!applied.ok) throw new Error(applied.error.message);
    state = applied.value;
  }
  return state;
}

const simulatedMeta = (r: Rules, name: string) => ({
  players: perSide(r.scenario, () => ({ kind: 'ai' as const, player: name })),
  settings: { mode: 'simulated' as const },
});

function verifyTimes(
  r: Rules,
  state: GameState,
  runs: number,
): { actions: number; bytes: number; ms: number } {
  const replayText = encodeReplay(recordReplay(r, simulatedMeta(r, 'talkative'), state));
  const rulesFor = (id: string) => (id === r.scenario.id ? r : null);
  const once = () => {
    const read = readReplay(replayText);
    if (!read.ok || !verifyReplay(read.value, rulesFor).ok) throw new Error('the replay does not verify');
  };
  for (let i = 0; i < 5; i++) once();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    once();
    ms.push(performance.now() - t0);
  }
  return { actions: state.actionCount, bytes: replayText.length, ms: median(ms) };
}

const longVerify = verifyTimes(longRules, talkativeGame(longRules, 1, LONG_ACTIONS), 31);
if (longVerify.actions !== LONG_ACTIONS) throw new Error(`the long game has ${longVerify.actions} actions`);
const flagshipVerify = verifyTimes(rules, talkativeGame(rules, 1, LONG_ACTIONS), 31);

// 10. Jumping to a round in the replay viewer: the session store with the 200-action replay open,
// asked for every round in turn (each answer is that round's observation, through the chosen view,
// as the viewer draws it); every state is kept, so a jump is a lookup and one observation.
function jumpTimes(r: Rules, state: GameState): { rounds: number; medianMs: number; maxMs: number } {
  const entry = { id: r.scenario.id, hash: r.scenarioHash, title: r.scenario.title, scenario: r.scenario };
  const memory = new Map<string, string>();
  const store = createSessionStore({
    scenarios: [entry],
    storage: {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    },
    scheduler: { schedule: () => () => {} },
    defaultLang: 'en',
    newSeed: () => 1,
  });
  store.commands.openReplays();
  store.commands.openReplay(encodeReplay(recordReplay(r, simulatedMeta(r, 'talkative'), state)), 'long.json');
  const view = store.getState().replay;
  if (!view) throw new Error('the viewer did not open the long replay');
  const ms: number[] = [];
  for (let pass = 0; pass < 6; pass++) {
    for (const lens of ['all', ...sideIds(r.scenario)] as const) {
      store.commands.replayLens(lens);
      // From the last round backwards, then forwards: every jump lands somewhere else.
      const order = pass % 2 === 0 ? [...view.rounds].reverse() : view.rounds;
      for (const round of order) {
        const t0 = performance.now();
        store.commands.replayRound(round.round);
        if (pass > 0) ms.push(performance.now() - t0);
      }
    }
  }
  store.dispose();
  return { rounds: view.rounds.length, medianMs: median(ms), maxMs: Math.max(...ms) };
}

const jumps = jumpTimes(longRules, talkativeGame(longRules, 1, LONG_ACTIONS));

// 9. A class report of 500 replays in process: each replay's text read, verified and reduced to
// its row, then the groups, the CSV and the HTML page. Games of several pairings, as a class has.
const CLASS_GAMES = 500;
const pairings = [
  ['random', 'random'],
  ['pragmatist:medium', 'pragmatist:medium'],
  ['history', 'random'],
  ['stubborn', 'sovereigntist:hard'],
  ['hardliner:easy', 'lowball'],
] as const;
const classTexts: string[] = [];
for (let i = 0; i < CLASS_GAMES; i++) {
  const [a, b] = pairings[i % pairings.length] as (typeof pairings)[number];
  const seed = i + 1;
  const players = {
    us: createPlayer(specOf(a), { scenario: rules.scenario, side: US, seed }),
    mx: createPlayer(specOf(b), { scenario: rules.scenario, side: MX, seed }),
  };
  const { state } = playMatch(rules, players, seed);
  const meta = {
    players: { us: { kind: 'ai' as const, player: a }, mx: { kind: 'ai' as const, player: b } },
    settings: { mode: 'simulated' as const },
  };
  classTexts.push(encodeReplay(recordReplay(rules, meta, state)));
}
const classRulesFor = (id: string) => (id === rules.scenario.id ? rules : null);
const classRuns: number[] = [];
let classPageBytes = 0;
for (let run = 0; run < 4; run++) {
  const t0 = performance.now();
  const games: ClassGame[] = [];
  for (const replay of classTexts) {
    const read = readReplay(replay);
    const verified = read.ok ? verifyReplay(read.value, classRulesFor) : read;
    if (!verified.ok) throw new Error(verified.error.message);
    games.push(classGame(verified.value));
  }
  const results = classResults(games);
  toCsv(results.rows);
  classPageBytes = classReportHtml(results).length;
  // The first run is the warm-up.
  if (run > 0) classRuns.push(performance.now() - t0);
}

const meanActions = actionTotal / recorded.length;
const results = {
  machine: { node: process.version, cores: (await import('node:os')).cpus().length },
  scenario: { id: rules.scenario.id, loadAndValidateMs: round(loadMs, 3), target: '< 20 ms' },
  wideFileWithProblems: {
    keys: WIDE_KEYS,
    ms: Math.round(median(wideRuns)),
    target: '< 15000 ms',
    method: 'median of 3 runs',
  },
  randomGames: {
    gamesPerSecond: Math.round((GAMES * 1000) / gamesMs),
    meanActionsPerGame: round(meanActions, 2),
    target: '>= 5000 games/s on one core',
  },
  apply: { actionsPerSecond: Math.round((actionTotal * 1000) / applyMs), target: '>= 200000 actions/s' },
  stateHash: { microseconds: round((hashMs * 1000) / sample.length, 2), target: '< 20 µs' },
  analysis: {
    frontierPoints: frontierSize,
    coldMs: {
      median: round(quantileOf(coldMs, 0.5), 2),
      p99: round(quantileOf(coldMs, 0.99), 2),
      runs: coldMs.length,
    },
    warmMs: {
      median: round(quantileOf(warmMs, 0.5), 4),
      p99: round(quantileOf(warmMs, 0.99), 4),
      calls: warmMs.length,
    },
    target: 'warm analyse(state) < 1 ms (median and p99)',
  },
  aiDecision: {
    decisions: decisionMs.length,
    medianMs: round(quantile(0.5), 3),
    p99Ms: round(quantile(0.99), 3),
    target: 'median <= 5 ms, p99 <= 30 ms (hard)',
  },
  tournament: {
    games: contenders(rules, US).length * contenders(rules, MX).length * 500,
    seconds: round(median(tournamentRuns) / 1000, 2),
    target: '< 60 s for all pairs over 500 seeds',
    method: 'median of 3 runs',
  },
  replayVerify: {
    actions: longVerify.actions,
    replayKB: round(longVerify.bytes / 1024, 1),
    medianMs: round(longVerify.ms, 3),
    msPerAction: round(longVerify.ms / longVerify.actions, 4),
    flagshipLongestGame: {
      actions: flagshipVerify.actions,
      medianMs: round(flagshipVerify.ms, 3),
      msPerAction: round(flagshipVerify.ms / flagshipVerify.actions, 4),
    },
    target: '<= 5 ms for a 200-action replay',
    method:
      'readReplay + verifyReplay from the text, median of 31 runs after 5 warm-ups; the 200-action game is on june-2019 with talks from May 14 (51 meetings), since the flagship calendar holds at most 52 actions',
  },
  replayJump: {
    actions: LONG_ACTIONS,
    rounds: jumps.rounds,
    medianMs: round(jumps.medianMs, 3),
    maxMs: round(jumps.maxMs, 3),
    target: '<= 50 ms to jump to any round in the viewer',
    method:
      'the session store with the 200-action replay open: replayRound to every round, in each view (everything and each side), five passes after a warm-up pass; the DOM and the world draw the same observation on the next frame',
  },
  classReport: {
    replays: CLASS_GAMES,
    seconds: round(median(classRuns) / 1000, 3),
    htmlKB: round(classPageBytes / 1024, 1),
    target: '<= 10 s for 500 replays',
    method:
      'read, verify and reduce every replay, then groups, CSV and HTML in process; median of 3 runs after a warm-up',
  },
  method: `median of ${REPEATS} timed repetitions after a warm-up`,
};
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);

function specOf(name: string) {
  const spec = parsePlayerSpec(name);
  if (!spec.ok) throw new Error(spec.error.message);
  return spec.value;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
