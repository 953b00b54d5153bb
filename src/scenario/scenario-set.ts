// Scenario files that may extend one another by id: the folder of shipped scenarios, or the files
// beside the one the command line was given. Each file is loaded once, its base first; a chain that
// comes back to a file still loading is a cycle, said as one. No I/O: the callers bring the texts.
import type { LoadResult } from './load';
import { parseScenario } from './load';
import type { BaseLookup } from './variant';

export interface ScenarioText {
  readonly file: string;
  readonly text: string;
}

/** A scenario's id as its file writes it at the top level; the loader checks it properly later. */
const ID_LINE = /^id:[ \t]*["']?([a-z0-9][a-z0-9-]*)["']?[ \t]*(?:#.*)?$/m;

const EXTENDS_LINE = /^extends:[ \t]*["']?([a-z0-9][a-z0-9-]*)["']?[ \t]*(?:#.*)?$/m;

export function idOf(text: string): string | null {
  return ID_LINE.exec(text)?.[1] ?? null;
}

export interface ScenarioSet {
  /** The file loaded, with any base it extends resolved from the set. */
  load(file: string): LoadResult;
}

export function scenarioSet(sources: readonly ScenarioText[]): ScenarioSet {
  const byId = new Map<string, ScenarioText>();
  for (const source of sources) {
    const id = idOf(source.text);
    if (id !== null && !byId.has(id)) byId.set(id, source);
  }
  const done = new Map<string, LoadResult>();
  const loading: string[] = [];

  const loadSource = (source: ScenarioText): LoadResult => {
    const cached = done.get(source.file);
    if (cached) return cached;
    loading.push(idOf(source.text) ?? source.file);
    const result = parseScenario(source.text, source.file, base);
    loading.pop();
    done.set(source.file, result);
    return result;
  };

  /** The chain of `extends:` from `id` on, if it comes back to a file on the way: a cycle. */
  const cycleFrom = (id: string): string[] | null => {
    const chain = [...loading];
    for (let next: string | null = id; next !== null; ) {
      const at = chain.indexOf(next);
      if (at >= 0) return chain.slice(at);
      chain.push(next);
      const text: string | undefined = byId.get(next)?.text;
      next = text === undefined ? null : (EXTENDS_LINE.exec(text)?.[1] ?? null);
    }
    return null;
  };

  const base = (id: string): BaseLookup => {
    // Said by the first file of the circle, rather than as a base "with problems of its own".
    const cycle = cycleFrom(id);
    if (cycle) return { kind: 'cycle', chain: cycle };
    const source = byId.get(id);
    if (!source) return { kind: 'unknown', known: [...byId.keys()].sort() };
    const loaded = loadSource(source);
    if (!loaded.ok) return { kind: 'invalid', file: source.file };
    return loaded.value.scenario.id === id
      ? { kind: 'found', scenario: loaded.value.scenario }
      : { kind: 'unknown', known: [...byId.keys()].sort() };
  };

  return {
    load(file) {
      const source = sources.find((s) => s.file === file);
      // Callers load only files they gave; one not in the set is loaded on its own.
      return source ? loadSource(source) : parseScenario('', file, base);
    },
  };
}
