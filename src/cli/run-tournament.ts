// `tournament`: every contender of one side against every contender of the other, a row per pair.
import type { Command } from './args';
import { EXIT, type ExitCode } from './exit';
import { progressBar } from './progress';
import { formatTournament } from './report';
import { loadRules, scenarioFailure } from './rules-file';
import { tournament, tournamentSize } from './tournament';

export function runTournament(command: Extract<Command, { kind: 'tournament' }>): ExitCode {
  const rules = loadRules(command.scenario);
  if (!rules.ok) return scenarioFailure(rules.error);
  const { scenario, scenarioHash } = rules.value;
  const { seeds, difficulty } = command;
  const bar = progressBar(
    tournamentSize(rules.value, seeds.to - seeds.from + 1),
    process.stderr,
    'tournament',
  );
  const rows = tournament(rules.value, seeds, difficulty, (done) => bar.tick(done));
  bar.finish();
  if (command.json) {
    process.stdout.write(`${JSON.stringify({ scenario: scenario.id, seeds, difficulty, rows })}\n`);
    return EXIT.ok;
  }
  const title = `${scenario.id} (${scenarioHash.slice(0, 12)}): tournament at ${difficulty}, seeds ${seeds.from}..${seeds.to}`;
  process.stdout.write(`${formatTournament(title, scenario, rows)}\n`);
  return EXIT.ok;
}
