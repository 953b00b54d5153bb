// Turns the text of a scenario file into a checked Scenario, or into every problem found, each with
// the line and column a person needs to fix it. Runs the same in Node and the browser: text in,
// result out, no I/O.

import { type Document, isScalar, LineCounter, parseDocument } from 'yaml';
import { err, ok, type Result } from '../result';
import { scenarioHash } from './canonical';
import { type DocumentIndex, indexDocument, keyText, Locator, MAX_ALIASES } from './document-index';
import type { Finding } from './finding';
import {
  formatPath,
  type PathSegment,
  problem,
  type ScenarioError,
  type ScenarioProblem,
  scenarioError,
} from './problem';
import { quickLoad } from './quick-load';
import { checkReferences } from './references';
import { type Scenario, ScenarioSchema } from './schema';
import { describeSchemaIssues, typeName } from './schema-problems';
import { type BaseLookup, type BaseResolver, mergeVariant } from './variant';

/** A checked scenario and the hash that identifies its content (not its layout). */
export interface LoadedScenario {
  readonly scenario: Scenario;
  readonly hash: string;
}

export type LoadResult = Result<LoadedScenario, ScenarioError>;

/**
 * The largest scenario accepted, in UTF-8 bytes (what the file occupies on disk). A real scenario is
 * well under a tenth of this; the cap keeps a wrong or hostile file from stalling the parser.
 */
export const MAX_SCENARIO_BYTES = 1_000_000;

/**
 * Parse and check a scenario file's text. `file` is only used to label problems. A variant
 * (`extends: <id>`) gets its base from `bases`; without one, every base is unknown. Never throws.
 */
export function parseScenario(text: string, file: string, bases?: BaseResolver): LoadResult {
  try {
    return load(text, file, bases);
  } catch (error) {
    // Every known failure is reported by a step; reaching here is a loader bug, but a caller reading
    // a user's file still deserves a result rather than a crash.
    const message = `could not process the file (${describeError(error)})`;
    return failure([problem('read-failed', file, 1, 1, '', message)]);
  }
}

/** The steps, each of which may stop with every problem it found. */
function load(text: string, file: string, bases: BaseResolver | undefined): LoadResult {
  const refused = refuseText(text, file);
  if (refused !== undefined) return failure([refused]);

  const quick = quickLoad(text);
  if (quick.ok) return ok(loaded(quick.value));

  const source = parseSource(text);
  const structural = structuralProblems(source, file);
  if (structural.length > 0) return failure(structural);

  const data = toData(source, file);
  if (!data.ok) return data;
  const raw = data.value;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'extends' in raw) {
    return loadVariant(raw as Record<string, unknown>, source, file, bases);
  }
  return check(raw, source.locator, file, (p) => p);
}

/** Schema, then references: each problem placed by `locator`, its message passed through `note`. */
function check(
  data: unknown,
  locator: Pick<Locator, 'find'>,
  file: string,
  note: (p: ScenarioProblem) => ScenarioProblem,
): LoadResult {
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    return failure(describeSchemaIssues(parsed.error.issues, data, locator, file).map(note));
  }
  const findings = checkReferences(parsed.data, (path) => locator.find(path, 'value').line);
  if (findings.length > 0) return failure(findings.map((f) => note(findingProblem(f, locator, file))));
  return ok(loaded(parsed.data));
}

/**
 * A variant: its base found, the two merged, and the result checked like any file. A problem on a
 * line the variant wrote points there; one in what the base brought says so.
 */
function loadVariant(
  raw: Record<string, unknown>,
  source: Source,
  file: string,
  bases: BaseResolver | undefined,
): LoadResult {
  const at = (path: readonly PathSegment[]) => source.locator.find(path, 'value');
  const stop = (path: readonly PathSegment[], message: string) => {
    const { line, col } = at(path);
    return failure([problem('base', file, line, col, formatPath(path), message)]);
  };
  const id = raw.extends;
  if (typeof id !== 'string' || id === '')
    return stop(['extends'], 'expected the id of the scenario this one varies');
  const lookup: BaseLookup = bases?.(id) ?? { kind: 'unknown', known: [] };
  switch (lookup.kind) {
    case 'unknown':
      return stop(
        ['extends'],
        `there is no scenario "${id}" to extend${lookup.known.length > 0 ? ` (known: ${lookup.known.join(', ')})` : ''}`,
      );
    case 'cycle':
      return stop(
        ['extends'],
        `the scenarios extend each other in a circle: ${[...lookup.chain, lookup.chain[0] ?? id].join(' → ')}`,
      );
    case 'invalid':
      return stop(['extends'], `the base "${id}" (${lookup.file}) has problems of its own: fix it first`);
    case 'found':
      break;
  }
  if (raw.id === id) return stop(['id'], `a variant needs an id of its own, not its base's "${id}"`);
  const merged = mergeVariant(lookup.scenario, raw);
  if (merged.problems.length > 0) {
    return failure(
      merged.problems.map((p) => {
        const { line, col } = at(p.path);
        return problem('base', file, line, col, formatPath(p.path), p.message);
      }),
    );
  }
  const fromBase = new Set<string>();
  const locator = {
    find(path: readonly PathSegment[], where: 'key' | 'value') {
      const own = merged.origin(path);
      if (own) return source.locator.find(own, where);
      fromBase.add(formatPath(path));
      return { line: 1, col: 1 };
    },
  };
  const note = (p: ScenarioProblem): ScenarioProblem =>
    fromBase.has(p.path) ? { ...p, message: `${p.message} (this comes from the base scenario "${id}")` } : p;
  return check(merged.data, locator, file, note);
}

/** Text the loader will not parse at all: not text, or too large. */
function refuseText(text: unknown, file: string): ScenarioProblem | undefined {
  if (typeof text !== 'string') {
    return problem('read-failed', file, 1, 1, '', `expected the file's text, got ${typeName(text)}`);
  }
  const bytes = utf8Length(text, MAX_SCENARIO_BYTES);
  if (bytes <= MAX_SCENARIO_BYTES) return undefined;
  const size = bytes === Number.POSITIVE_INFINITY ? `at least ${text.length}` : String(bytes);
  return problem(
    'too-large',
    file,
    1,
    1,
    '',
    `the file has ${size} bytes; the limit is ${MAX_SCENARIO_BYTES}`,
  );
}

/** The parsed document with what is needed to point back into its text. */
interface Source {
  readonly doc: Document;
  readonly index: DocumentIndex;
  readonly locator: Locator;
  readonly at: (offset: number) => { line: number; col: number };
}

function parseSource(text: string): Source {
  const lineCounter = new LineCounter();
  // prettyErrors off: the problem carries the position, so the message stays one plain sentence.
  // logLevel silent: the yaml package would otherwise print warnings to the console of whoever
  // loads a file; everything worth saying is returned as a problem instead.
  // uniqueKeys off: the yaml package finds repeated keys by scanning the map for every key, which
  // takes minutes on a 1 MB map; indexDocument() does the same check in one pass.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    logLevel: 'silent',
    uniqueKeys: false,
  });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: Math.max(1, pos.line), col: Math.max(1, pos.col) };
  };
  const index = indexDocument(doc);
  return { doc, index, locator: new Locator(doc, at, index.aliasTargets), at };
}

/** YAML syntax errors, repeated keys and alias trouble; failing those, a file with no content. */
function structuralProblems({ doc, index, at }: Source, file: string): ScenarioProblem[] {
  // Aliases without an anchor only surface while converting, as an exception with no position, so
  // they are found here with the other structural errors. (Asking each alias to resolve itself
  // rescans the document: quadratic again.)
  const syntax = [
    ...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message })),
    ...index.duplicateKeys.map(({ key, first }) => ({
      offset: key.range?.[0] ?? 0,
      message: `the key ${JSON.stringify(keyText(key))} appears twice in this map (first on line ${at(first).line})`,
    })),
    ...index.unresolved.map((node) => ({
      offset: node.range?.[0] ?? 0,
      message: `alias *${node.source} has no anchor &${node.source} before it`,
    })),
  ];
  if (index.aliasOverLimit !== undefined) {
    syntax.push({
      offset: index.aliasOverLimit,
      message: `more than ${MAX_ALIASES} aliases; write the values out instead`,
    });
  }
  if (syntax.length > 0) {
    return syntax.map(({ offset, message }) => {
      const { line, col } = at(offset);
      return problem('yaml-syntax', file, line, col, '', message);
    });
  }
  if (isEmpty(doc)) {
    return [problem('empty', file, 1, 1, '', 'the file has no content (only blank lines or comments)')];
  }
  return [];
}

/** The document as plain data. */
function toData({ doc, index, at }: Source, file: string): Result<unknown, ScenarioError> {
  try {
    return ok(doc.toJS());
  } catch (error) {
    // The yaml package refuses documents whose aliases would expand enormously ("billion laughs").
    const { line, col } = index.firstAlias === undefined ? { line: 1, col: 1 } : at(index.firstAlias);
    return failure([problem('yaml-syntax', file, line, col, '', describeError(error))]);
  }
}

function findingProblem(f: Finding, locator: Pick<Locator, 'find'>, file: string): ScenarioProblem {
  const { line, col } = locator.find(f.path, f.at);
  return problem(f.code, file, line, col, formatPath(f.path), f.message);
}

function loaded(scenario: Scenario): LoadedScenario {
  return { scenario, hash: scenarioHash(scenario) };
}

function failure(problems: readonly ScenarioProblem[]): {
  readonly ok: false;
  readonly error: ScenarioError;
} {
  return err(scenarioError(problems));
}

/**
 * UTF-8 length of `text`, or Infinity once it is certainly above `limit`. A UTF-16 code unit never
 * takes fewer UTF-8 bytes than one, so `length` alone settles most cases without a scan.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return Number.POSITIVE_INFINITY;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function isEmpty(doc: Document): boolean {
  const contents = doc.contents;
  if (contents === null) return true;
  // A lone `---` gives a null scalar with no source text; an explicit `~` or `null` is content.
  return isScalar(contents) && contents.value === null && (contents.source ?? '') === '';
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
