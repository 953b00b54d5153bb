// `replay record`: one game between the named players from a seed, written as a replay file.
import { encodeReplay } from '../replay/format';
import type { Command } from './args';
import { EXIT, type ExitCode, usageFailure } from './exit';
import { lineupFor } from './lineup';
import { writeOutputFile } from './output-file';
import { loadRules, scenarioFailure } from './rules-file';
import { playGame } from './simulate';
import { simulatedReplay } from './simulated-replay';

export function runReplayRecord(command: Extract<Command, { kind: 'replay-record' }>): ExitCode {
  const rules = loadRules(command.scenario);
  if (!rules.ok) return scenarioFailure(rules.error);
  const lineup = lineupFor(rules.value.scenario, command.players, 'replay record');
  if (!lineup.ok) return usageFailure(lineup.error);
  const state = playGame(rules.value, lineup.value, command.seed);
  const file = simulatedReplay(rules.value, lineup.value, state);
  const written = writeOutputFile(command.out, encodeReplay(file));
  if (!written.ok) {
    process.stderr.write(`${written.error.message}\n`);
    return EXIT.usage;
  }
  process.stdout.write(
    `wrote ${command.out}: ${file.actions.length} actions, final hash ${file.final.hash}\n`,
  );
  return EXIT.ok;
}
