// `tournament --gauntlet`: every persona against every human-like player, a row per matchup.
import { gauntlet, gauntletSize } from '../ai/gauntlet';
import type { Command } from './args';
import { EXIT, type ExitCode } from './exit';
import { progressBar } from './progress';
import { formatGauntlet } from './report';
import { loadRules, scenarioFailure } from './rules-file';

export function runGauntlet(command: Extract<Command, { kind: 'gauntlet' }>): ExitCode {
  const rules = loadRules(command.scenario);
  if (!rules.ok) return scenarioFailure(rules.error);
  const { scenario, scenarioHash } = rules.value;
  const { seeds, difficulties } = command;
  const games = seeds.to - seeds.from + 1;
  const bar = progressBar(gauntletSize(rules.value, difficulties, games), process.stderr, 'gauntlet');
  const rows = gauntlet(rules.value, seeds, difficulties, (done) => bar.tick(done));
  bar.finish();
  if (command.json) {
    process.stdout.write(`${JSON.stringify({ scenario: scenario.id, seeds, difficulties, rows })}\n`);
    return EXIT.ok;
  }
  const title = `${scenario.id} (${scenarioHash.slice(0, 12)}): gauntlet at ${difficulties.join(', ')}, seeds ${seeds.from}..${seeds.to} (${games} games a row)`;
  process.stdout.write(`${formatGauntlet(title, scenario, rows)}\n`);
  return EXIT.ok;
}
