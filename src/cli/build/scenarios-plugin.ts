// `virtual:scenarios`: the shipped scenarios, checked at build time by the project's own loader and
// handed to the page as JSON. The title screen thus carries neither a YAML parser nor zod; a bad
// scenario stops the build with every problem at its file:line:col, as `validate` prints them.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { err, ok, type Result } from '../../result';
import {
  formatProblem,
  problem,
  readFailedProblem,
  type ScenarioError,
  type ScenarioProblem,
} from '../../scenario/problem';
import { scenarioSet } from '../../scenario/scenario-set';
import type { ScenarioEntry } from '../../store/contract';
import { frozenJsonModule } from './json-module';

export const SCENARIOS_MODULE_ID = 'virtual:scenarios';
const RESOLVED_ID = `\0${SCENARIOS_MODULE_ID}`;

/** One scenario file: its label in messages (relative to the project) and its text. */
export interface ScenarioSource {
  readonly file: string;
  readonly text: string;
}

/**
 * Every file checked; the entries in file-name order (the variants after the whole scenarios), or
 * every problem of every file (a shipped id used twice is a problem too, since the store finds
 * scenarios by id).
 */
export function compileScenarios(sources: readonly ScenarioSource[]): Result<ScenarioEntry[], ScenarioError> {
  const entries: ScenarioEntry[] = [];
  const problems: ScenarioProblem[] = [];
  const firstFile = new Map<string, string>();
  // Variants find their bases among the shipped files, by id.
  const set = scenarioSet(sources);
  for (const { file } of sources) {
    const loaded = set.load(file);
    if (!loaded.ok) {
      problems.push(...loaded.error.problems);
      continue;
    }
    const { scenario, hash } = loaded.value;
    const earlier = firstFile.get(scenario.id);
    if (earlier !== undefined) {
      problems.push(
        problem(
          'duplicate-id',
          file,
          1,
          1,
          'id',
          `the scenario id "${scenario.id}" is also used by ${earlier}`,
        ),
      );
      continue;
    }
    firstFile.set(scenario.id, file);
    entries.push({ id: scenario.id, hash, title: scenario.title, scenario });
  }
  // File by file, each in document order (scenarioError would interleave the files by line).
  if (problems.length > 0) return err({ code: 'invalid-scenario', problems });
  return ok(libraryOrder(entries));
}

/**
 * The order of the setup screen's list, which opens on the first: the whole scenarios as a course
 * takes them, by the day their talks open (June 2019, July 2019, February 2025), then the
 * tutorials, then the variants, each group in file order.
 */
export function libraryOrder(entries: readonly ScenarioEntry[]): ScenarioEntry[] {
  const group = (e: ScenarioEntry) => (e.scenario.variant ? 2 : e.scenario.tutorial ? 1 : 0);
  return entries
    .map((e, i) => ({ e, i }))
    .sort(
      (a, b) =>
        group(a.e) - group(b.e) ||
        (group(a.e) === 0 ? a.e.scenario.calendar.start.localeCompare(b.e.scenario.calendar.start) : 0) ||
        a.i - b.i,
    )
    .map(({ e }) => e);
}

/** The *.yaml files directly in `dir`, sorted, as absolute paths. */
export function scenarioFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter(isScenarioFile)
    .sort()
    .map((name) => join(dir, name));
}

function isScenarioFile(name: string): boolean {
  return name.endsWith('.yaml') || name.endsWith('.yml');
}

export interface ScenariosPluginOptions {
  /** The folder of shipped scenarios, relative to the project root; `scenarios` by default. */
  readonly dir?: string;
}

export function scenariosPlugin(options: ScenariosPluginOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'deadline-diplomacy-scenarios',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      // addWatchFile covers edits to the files read; a scenario added or removed in `vite dev` must
      // rebuild the list too.
      const dir = resolve(root, options.dir ?? 'scenarios');
      server.watcher.add(dir);
      const refresh = (path: string) => {
        if (dirname(path) !== dir || !isScenarioFile(path)) return;
        const client = server.environments.client;
        const module = client.moduleGraph.getModuleById(RESOLVED_ID);
        if (module === undefined) return;
        client.moduleGraph.invalidateModule(module);
        client.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh).on('unlink', refresh);
    },
    resolveId(id) {
      return id === SCENARIOS_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const dir = resolve(root, options.dir ?? 'scenarios');
      const sources: ScenarioSource[] = [];
      const unreadable: ScenarioProblem[] = [];
      // Watching the files makes `vite dev` rebuild this module (and report new problems) on save.
      for (const path of scenarioFiles(dir)) {
        this.addWatchFile(path);
        const file = relative(root, path);
        try {
          sources.push({ file, text: readFileSync(path, 'utf8') });
        } catch (error) {
          unreadable.push(readFailedProblem(file, error instanceof Error ? error.message : String(error)));
        }
      }
      const compiled = compileScenarios(sources);
      const problems = [...unreadable, ...(compiled.ok ? [] : compiled.error.problems)];
      if (problems.length > 0 || !compiled.ok) {
        this.error(`shipped scenarios have problems:\n${problems.map(formatProblem).join('\n')}`);
      }
      return frozenJsonModule('scenarios', compiled.value);
    },
  };
}
