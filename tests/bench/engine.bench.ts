// `npm run bench`: engine throughput on this machine, as JSON. Each figure is the median of
// several timed repetitions after a warm-up, because shared machines are noisy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { playMatch } from '../../src/ai/match';
import { randomPlayer } from '../../src/ai/random-player';
import { type Action, createRules, type GameState } from '../../src/engine';
import { parseScenario } from '../../src/scenario/load';

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
const rules = createRules(loaded.scenario, loaded.hash);

function randomGame(seed: number) {
  const players = {
    us: randomPlayer({ scenario: rules.scenario, side: 'us', seed }),
    mx: randomPlayer({ scenario: rules.scenario, side: 'mx', seed: seed + 1 }),
  };
  return playMatch(rules, players, seed);
}

// 1. Loading and validating the flagship scenario.
const loadMs =
  time(() => {
    for (let i = 0; i < 20; i++) parseScenario(text, FILE);
  }) / 20;

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
      if (r.ok) s = r.state;
    }
  });
});

// 4. `stateHash` over states from all stages of play.
const sample: GameState[] = [];
for (const g of recorded.slice(0, 400)) {
  let s = rules.newGame({ seed: g.seed });
  for (const a of g.actions) {
    const r = rules.apply(s, a);
    if (r.ok) s = r.state;
    sample.push(s);
  }
}
const hashMs = time(() => {
  for (const s of sample) rules.stateHash(s);
});

const meanActions = actionTotal / recorded.length;
const results = {
  machine: { node: process.version, cores: (await import('node:os')).cpus().length },
  scenario: { id: rules.scenario.id, loadAndValidateMs: round(loadMs, 3), target: '< 20 ms' },
  randomGames: {
    gamesPerSecond: Math.round((GAMES * 1000) / gamesMs),
    meanActionsPerGame: round(meanActions, 2),
    target: '>= 5000 games/s on one core',
  },
  apply: { actionsPerSecond: Math.round((actionTotal * 1000) / applyMs), target: '>= 200000 actions/s' },
  stateHash: { microseconds: round((hashMs * 1000) / sample.length, 2), target: '< 20 µs' },
  method: `median of ${REPEATS} timed repetitions after a warm-up`,
};
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
