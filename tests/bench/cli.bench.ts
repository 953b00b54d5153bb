// `npm run bench`, second part: the command line as a person runs it, the built dist/cli/main.js in
// its own process (so start-up is included), as JSON. Each figure is the median of several runs,
// because shared machines are noisy. `npm run bench` builds dist/cli first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Run from the project root (npm run sets it).
const ENTRY = resolve('dist/cli/main.js');
const SCENARIO = 'scenarios/june-2019.yaml';
if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build:cli first`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

interface Timing {
  wallMs: number;
  /** CPU time of the child (user + system), where the platform reports it: steadier than wall
   * time on a shared machine, where other work takes turns on the cores. */
  cpuMs: number | null;
}

/** CPU time used so far by this process's finished children, from /proc (Linux); null elsewhere. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** One run of `command`; a failed run stops the benchmark. */
function run(command: string, args: readonly string[]): Timing {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wallMs = performance.now() - t0;
  const cpu1 = childrenCpuMs();
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { wallMs, cpuMs: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

/** Medians of `runs` runs after one warm-up (which fills the file cache). */
function timed(runs: number, command: string, args: readonly string[]): Timing {
  run(command, args);
  const timings = Array.from({ length: runs }, () => run(command, args));
  const cpu = timings.map((t) => t.cpuMs);
  return {
    wallMs: median(timings.map((t) => t.wallMs)),
    cpuMs: cpu.every((v) => v !== null) ? median(cpu as number[]) : null,
  };
}

const node = (...args: string[]) => [ENTRY, ...args];
const npm = process.env.npm_execpath;
const viaNpm = (...args: string[]) =>
  npm?.endsWith('.js')
    ? ([process.execPath, [npm, 'run', '-s', 'cli', '--', ...args]] as const)
    : (['npm', ['run', '-s', 'cli', '--', ...args]] as const);

// 1. Start-up: `help` loads the entry and argument parsing only.
const help = timed(15, process.execPath, node('help'));
const [npmCommand, npmArgs] = viaNpm('help');
const helpNpm = timed(7, npmCommand, npmArgs);

// 2. Random against random through `simulate`: every game also analysed and hashed, as the command
// reports them; start-up included.
const GAMES = 20_000;
const simulated = timed(
  5,
  process.execPath,
  node('simulate', '--scenario', SCENARIO, '--us', 'random', '--mx', 'random', '--seeds', `1..${GAMES}`),
);

// 3. The whole tournament at medium over seeds 1..500, as the README runs it.
const tournamentRun = timed(
  3,
  process.execPath,
  node('tournament', '--scenario', SCENARIO, '--seeds', '1..500'),
);

// 4. The gauntlet at medium over seeds 1..100 (3,600 games), as the README runs it: one run, since a
// run lasts long enough that a warm-up would change nothing.
const gauntletRun = run(process.execPath, [
  ...node('tournament', '--scenario', SCENARIO, '--seeds', '1..100', '--gauntlet', '--difficulty', 'medium'),
]);

// 5. A class report of 500 replays, as a teacher runs it on a directory of a class's files: every
// file read and verified, the CSV and the page written. The replays are five pairings of 100 games
// each, written by simulate --replays (not timed).
const CLASS_GAMES = 500;
const classDir = mkdtempSync(join(tmpdir(), 'dd-bench-class-'));
const replays = join(classDir, 'replays');
const pairings = [
  ['random', 'random'],
  ['pragmatist', 'pragmatist'],
  ['history', 'random'],
  ['stubborn', 'sovereigntist:hard'],
  ['hardliner:easy', 'lowball'],
] as const;
pairings.forEach(([us, mx], i) => {
  const seeds = `${i * 100 + 1}..${(i + 1) * 100}`;
  run(
    process.execPath,
    node('simulate', '--scenario', SCENARIO, '--us', us, '--mx', mx, '--seeds', seeds, '--replays', replays),
  );
});
const classReport = timed(
  3,
  process.execPath,
  node('class-report', replays, '--out', join(classDir, 'report')),
);
rmSync(classDir, { recursive: true, force: true });

const perSecond = (ms: number | null) => (ms === null ? null : Math.round((GAMES * 1000) / ms));
const seconds = (ms: number | null) => (ms === null ? null : round(ms / 1000, 2));
const results = {
  machine: { node: process.version, cores: (await import('node:os')).cpus().length },
  help: {
    nodeMs: round(help.wallMs, 1),
    nodeCpuMs: help.cpuMs,
    npmRunMs: round(helpNpm.wallMs, 1),
    target: '< 300 ms run directly, < 500 ms through npm run cli',
    method: 'wall time, median of 15 runs (7 through npm) after a warm-up',
  },
  simulate: {
    games: GAMES,
    gamesPerSecond: perSecond(simulated.wallMs),
    gamesPerCpuSecond: perSecond(simulated.cpuMs),
    target: "the bundled engine's random games per second (randomGames above)",
    method: 'random vs random, start-up included; median of 5 runs after a warm-up',
  },
  tournament: {
    seconds: seconds(tournamentRun.wallMs),
    cpuSeconds: seconds(tournamentRun.cpuMs),
    target: '< 60 s; about the in-process tournament figure above',
    method: 'tournament --seeds 1..500, start-up included; median of 3 runs after a warm-up',
  },
  gauntlet: {
    seconds: seconds(gauntletRun.wallMs),
    cpuSeconds: seconds(gauntletRun.cpuMs),
    target: 'about a tournament game each (~5 ms): 3,600 games in < 30 s',
    method: 'tournament --gauntlet --seeds 1..100 --difficulty medium, start-up included; one run',
  },
  classReport: {
    replays: CLASS_GAMES,
    seconds: seconds(classReport.wallMs),
    cpuSeconds: seconds(classReport.cpuMs),
    target: '<= 10 s for 500 replays',
    method:
      'class-report <dir of 500 replay files> --out <dir>, start-up included; median of 3 runs after a warm-up',
  },
};
process.stdout.write(`${JSON.stringify({ cli: results }, null, 2)}\n`);

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
