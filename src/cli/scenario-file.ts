// Reading a scenario from disk: the only place the loader meets the file system. A variant's base
// is the scenario of that id among the *.yaml files beside it.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { err } from '../result';
import type { LoadResult } from '../scenario/load';
import { readFailedProblem, scenarioError } from '../scenario/problem';
import { type ScenarioText, scenarioSet } from '../scenario/scenario-set';

export function loadScenarioFile(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    return err(scenarioError([readFailedProblem(path, reason)]));
  }
  const variant = /^extends:/m.test(text);
  return scenarioSet([{ file: path, text }, ...(variant ? neighbours(path) : [])]).load(path);
}

/** The other scenario files in the same folder, read only when the file extends one. */
function neighbours(path: string): ScenarioText[] {
  const dir = dirname(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: ScenarioText[] = [];
  for (const name of names.sort()) {
    if (!/\.ya?ml$/.test(name) || name === basename(path)) continue;
    try {
      out.push({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') });
    } catch {
      // An unreadable neighbour cannot be a base; the loader says the base is unknown.
    }
  }
  return out;
}
