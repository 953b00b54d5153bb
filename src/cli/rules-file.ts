// A scenario file as rules to play by, or the problems that stop it: unreadable (the command was
// given a wrong path: exit 2, with the usage) or invalid (the file itself is wrong: exit 1).
import { createRules, type Rules } from '../engine';
import { err, ok, type Result } from '../result';
import { formatProblem, type ScenarioProblem } from '../scenario/problem';
import { USAGE } from './args';
import { EXIT, type ExitCode } from './exit';
import { loadScenarioFile } from './scenario-file';

export interface ScenarioFailure {
  code: 'unreadable' | 'invalid';
  problems: ScenarioProblem[];
}

export function loadRules(file: string): Result<Rules, ScenarioFailure> {
  const loaded = loadScenarioFile(file);
  if (loaded.ok) return ok(createRules(loaded.value.scenario, loaded.value.hash));
  const problems = [...loaded.error.problems];
  return err({ code: failureCode(problems), problems });
}

export function failureCode(problems: readonly ScenarioProblem[]): ScenarioFailure['code'] {
  return problems.some((p) => p.code === 'read-failed') ? 'unreadable' : 'invalid';
}

/** Prints every problem, and the usage when the file could not be read at all. */
export function scenarioFailure(failure: ScenarioFailure): ExitCode {
  for (const p of failure.problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (failure.code === 'invalid') return EXIT.invalid;
  process.stderr.write(`\n${USAGE}\n`);
  return EXIT.usage;
}
