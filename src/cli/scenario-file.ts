// Reading a scenario from disk: the only place the loader meets the file system.
import { readFileSync } from 'node:fs';
import { err } from '../result';
import { type LoadResult, parseScenario } from '../scenario/load';
import { readFailedProblem, scenarioError } from '../scenario/problem';

export function loadScenarioFile(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    return err(scenarioError([readFailedProblem(path, reason)]));
  }
  return parseScenario(text, path);
}
