// Loads the project's real scenario files for tests; fails with the loader's own messages.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRules, type Rules } from '../../src/engine';
import { parseScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problem';
import type { Scenario } from '../../src/scenario/schema';

export const JUNE_2019 = fileURLToPath(new URL('../../scenarios/june-2019.yaml', import.meta.url));

export function loadScenario(path: string): { scenario: Scenario; hash: string } {
  const result = parseScenario(readFileSync(path, 'utf8'), path);
  if (!result.ok) throw new Error(result.error.problems.map(formatProblem).join('\n'));
  return result.value;
}

export function loadRules(path: string = JUNE_2019): Rules {
  const { scenario, hash } = loadScenario(path);
  return createRules(scenario, hash);
}
