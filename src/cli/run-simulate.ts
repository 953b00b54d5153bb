// `simulate`: one game per seed between the players named for the scenario's sides, each game
// also written as a replay file with `--replays <dir>`.
import { join } from 'node:path';
import { specName } from '../ai/registry';
import type { GameState, Rules } from '../engine';
import { encodeReplay } from '../replay/format';
import { ok, type Result } from '../result';
import { bySide, sideIds } from '../scenario/sides';
import type { Command } from './args';
import { EXIT, type ExitCode, usageFailure } from './exit';
import { lineupFor } from './lineup';
import { makeDirectory, type WriteFailure, writeOutputFile } from './output-file';
import { progressBar } from './progress';
import { formatSummary } from './report';
import { loadRules, scenarioFailure } from './rules-file';
import { sideName } from './sides';
import { type Lineup, simulate } from './simulate';
import { replayFileName, simulatedReplay } from './simulated-replay';

export function runSimulate(command: Extract<Command, { kind: 'simulate' }>): ExitCode {
  const rules = loadRules(command.scenario);
  if (!rules.ok) return scenarioFailure(rules.error);
  const { scenario, scenarioHash, rounds } = rules.value;
  const lineup = lineupFor(scenario, command.players);
  if (!lineup.ok) return usageFailure(lineup.error);
  const replays = command.replays === null ? null : replayWriter(rules.value, lineup.value, command.replays);
  if (replays && !replays.ok) {
    process.stderr.write(`${replays.error.message}\n`);
    return EXIT.usage;
  }
  const total = command.seeds.to - command.seeds.from + 1;
  const bar = progressBar(total, process.stderr, 'simulating');
  const { summary, games } = simulate(
    rules.value,
    lineup.value,
    command.seeds,
    (done) => bar.tick(done),
    replays?.value.write,
  );
  bar.finish();
  const failed = replays?.value.failure();
  if (failed) {
    process.stderr.write(`${failed.message}\n`);
    return EXIT.usage;
  }
  if (command.json) {
    process.stdout.write(`${JSON.stringify({ summary, games })}\n`);
    return EXIT.ok;
  }
  const players = sideIds(scenario)
    .map((side) => `${sideName(scenario, side)} ${specName(bySide(lineup.value, side))}`)
    .join(' vs ');
  const title = `${scenario.id} (${scenarioHash.slice(0, 12)}): ${players}, seeds ${command.seeds.from}..${command.seeds.to}`;
  process.stdout.write(`${formatSummary(title, summary, scenario, rounds)}\n`);
  return EXIT.ok;
}

interface ReplayWriter {
  write(state: GameState): void;
  /** The first write that failed; the games after it are not written. */
  failure(): WriteFailure | null;
}

/** Writes each game into `dir` as it ends, the directory made first so a bad path fails at once. */
function replayWriter(rules: Rules, lineup: Lineup, dir: string): Result<ReplayWriter, WriteFailure> {
  const made = makeDirectory(dir);
  if (!made.ok) return made;
  let failure: WriteFailure | null = null;
  return ok({
    write(state) {
      if (failure) return;
      const written = writeOutputFile(
        join(dir, replayFileName(state)),
        encodeReplay(simulatedReplay(rules, lineup, state)),
      );
      if (!written.ok) failure = written.error;
    },
    failure: () => failure,
  });
}
