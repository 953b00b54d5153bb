// The scenarios a replay can be of: every *.yaml shipped in the package's scenarios/ directory,
// plus the one file a command names with --scenario. A replay names its scenario by id and hash;
// of the scenarios with its id, the one with its hash is chosen, so a teacher's edited copy of a
// shipped scenario can sit beside the original.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRules, type Rules } from '../engine';
import type { RulesFor } from '../replay/verify';
import { err, ok, type Result } from '../result';
import { formatProblem } from '../scenario/problem';
import { failureCode, loadRules, type ScenarioFailure } from './rules-file';
import { loadScenarioFile } from './scenario-file';

export interface ScenarioLibrary {
  /** The ids known, for a message about a replay of another scenario. */
  readonly ids: readonly string[];
  /** Scenarios that failed to load and were left out, as `file:line:col path: message` lines. */
  readonly warnings: readonly string[];
  /** The look-up for one replay: by id, preferring the version its header's hash names. */
  rulesFor(scenarioHash: string): RulesFor;
}

export function scenarioLibrary(
  shipped: URL,
  extra: string | null,
): Result<ScenarioLibrary, ScenarioFailure> {
  const all: Rules[] = [];
  const warnings: string[] = [];
  // Given by name, the extra file is looked at first and must load: it is what the person asked for.
  if (extra !== null) {
    const rules = loadRules(extra);
    if (!rules.ok) return err(rules.error);
    all.push(rules.value);
  }
  for (const file of shippedFiles(shipped)) {
    const loaded = loadScenarioFile(file);
    if (loaded.ok) all.push(createRules(loaded.value.scenario, loaded.value.hash));
    else if (failureCode(loaded.error.problems) === 'invalid')
      warnings.push(...loaded.error.problems.map(formatProblem));
  }
  return ok({
    ids: [...new Set(all.map((r) => r.scenario.id))],
    warnings,
    rulesFor: (scenarioHash) => (scenarioId) => {
      const same = all.filter((r) => r.scenario.id === scenarioId);
      return same.find((r) => r.scenarioHash === scenarioHash) ?? same[0] ?? null;
    },
  });
}

/** The directory's scenario files, in name order; none if it is missing (a copied-out build). */
function shippedFiles(dir: URL): string[] {
  const path = fileURLToPath(dir);
  try {
    return readdirSync(path)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => join(path, name));
  } catch {
    return [];
  }
}

/** A shipped scenario that does not load is left out; whoever runs the command should know why. */
export function warnAboutScenarios(library: ScenarioLibrary): void {
  for (const line of library.warnings)
    process.stderr.write(`warning: a shipped scenario is left out: ${line}\n`);
}
