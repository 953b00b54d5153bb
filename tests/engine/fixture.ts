// Loads an engine test scenario from tests/engine/fixtures into the engine's `Rules`. A fixture that
// does not parse is a broken test, so it fails loudly with every problem the loader found.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRules, type Rules } from '../../src/engine';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function loadScenario(name = 'small.yaml'): { scenario: Scenario; hash: string } {
  const file = fixturePath(name);
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) {
    const lines = result.error.problems.map(
      (p) => `  ${p.file}:${p.line}:${p.col} [${p.code}] ${p.path} ${p.message}`,
    );
    throw new Error(`fixture ${name} does not parse:\n${lines.join('\n')}`);
  }
  return result.value;
}

export function loadRules(name = 'small.yaml'): Rules {
  const { scenario, hash } = loadScenario(name);
  return createRules(scenario, hash);
}

/** Rules for a variant of a fixture: `change` edits a deep copy of the parsed scenario. */
export function variantRules(change: (scenario: Scenario) => void, name = 'small.yaml'): Rules {
  const { scenario, hash } = loadScenario(name);
  const copy = structuredClone(scenario);
  change(copy);
  return createRules(copy, `${hash}-variant`);
}
