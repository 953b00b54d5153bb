// `simulate`: one game per seed between the players named for the scenario's sides.
import { specName } from '../ai/registry';
import { bySide, sideIds } from '../scenario/sides';
import type { Command } from './args';
import { EXIT, type ExitCode, usageFailure } from './exit';
import { lineupFor } from './lineup';
import { progressBar } from './progress';
import { formatSummary } from './report';
import { loadRules, scenarioFailure } from './rules-file';
import { sideName } from './sides';
import { simulate } from './simulate';

export function runSimulate(command: Extract<Command, { kind: 'simulate' }>): ExitCode {
  const rules = loadRules(command.scenario);
  if (!rules.ok) return scenarioFailure(rules.error);
  const { scenario, scenarioHash, rounds } = rules.value;
  const lineup = lineupFor(scenario, command.players);
  if (!lineup.ok) return usageFailure(lineup.error);
  const total = command.seeds.to - command.seeds.from + 1;
  const bar = progressBar(total, process.stderr, 'simulating');
  const { summary, games } = simulate(rules.value, lineup.value, command.seeds, (done) => bar.tick(done));
  bar.finish();
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
