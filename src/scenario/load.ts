// Turns the text of a scenario file into a checked Scenario, or into every problem found, each with
// the line and column a person needs to fix it. Runs the same in Node and the browser: text in,
// result out, no I/O.

import {
  type Alias,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type Scalar,
  visit,
  type YAMLMap,
} from 'yaml';
import type { core } from 'zod';
import { scenarioHash } from './canonical';
import {
  formatPath,
  type PathSegment,
  type ScenarioProblem,
  type ScenarioProblemCode,
  sortProblems,
} from './problem';
import { quickLoad } from './quick-load';
import { checkReferences } from './references';
import { type Scenario, ScenarioSchema } from './schema';

export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string }
  | { ok: false; problems: ScenarioProblem[] };

/**
 * The largest scenario accepted, in UTF-8 bytes (what the file occupies on disk). A real scenario is
 * well under a tenth of this; the cap keeps a wrong or hostile file from stalling the parser.
 */
export const MAX_SCENARIO_BYTES = 1_000_000;

/** Parse and check a scenario file's text. `file` is only used to label problems. Never throws. */
export function parseScenario(text: string, file: string): LoadResult {
  try {
    return load(text, file);
  } catch (error) {
    // Every known failure is reported above; reaching here is a loader bug, but a caller reading a
    // user's file still deserves a result rather than a crash.
    return fail([
      problem('read-failed', file, 1, 1, '', `could not process the file (${describeError(error)})`),
    ]);
  }
}

function load(text: string, file: string): LoadResult {
  if (typeof text !== 'string') {
    return fail([problem('read-failed', file, 1, 1, '', `expected the file's text, got ${typeName(text)}`)]);
  }
  const bytes = utf8Length(text, MAX_SCENARIO_BYTES);
  if (bytes > MAX_SCENARIO_BYTES) {
    const size = bytes === Number.POSITIVE_INFINITY ? `at least ${text.length}` : String(bytes);
    const message = `the file has ${size} bytes; the limit is ${MAX_SCENARIO_BYTES}`;
    return fail([problem('too-large', file, 1, 1, '', message)]);
  }

  const quick = quickLoad(text);
  if (quick) return { ok: true, scenario: quick, hash: scenarioHash(quick) };

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

  // Aliases without an anchor only surface while converting, as an exception with no position, so
  // they are found here with the other structural errors. (Asking each alias to resolve itself
  // rescans the document: quadratic again.)
  const index = indexDocument(doc);
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
    return fail(
      syntax.map(({ offset, message }) => {
        const { line, col } = at(offset);
        return problem('yaml-syntax', file, line, col, '', message);
      }),
    );
  }
  if (isEmpty(doc)) {
    return fail([problem('empty', file, 1, 1, '', 'the file has no content (only blank lines or comments)')]);
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml package refuses documents whose aliases would expand enormously ("billion laughs").
    const { line, col } = index.firstAlias === undefined ? { line: 1, col: 1 } : at(index.firstAlias);
    return fail([problem('yaml-syntax', file, line, col, '', describeError(error))]);
  }

  const locator = new Locator(doc, at, index.aliasTargets);
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => schemaProblems(issue, data, locator, file));
    return fail(problems);
  }

  const scenario = parsed.data;
  const findings = checkReferences(scenario, (path) => locator.find(path, 'value').line);
  if (findings.length > 0) {
    return fail(
      findings.map((f) => {
        const { line, col } = locator.find(f.path, f.at);
        return problem(f.code, file, line, col, formatPath(f.path), f.message);
      }),
    );
  }
  return { ok: true, scenario, hash: scenarioHash(scenario) };
}

function fail(problems: ScenarioProblem[]): LoadResult {
  return { ok: false, problems: sortProblems(problems) };
}

function problem(
  code: ScenarioProblemCode,
  file: string,
  line: number,
  col: number,
  path: string,
  message: string,
): ScenarioProblem {
  return { code, file, line, col, path, message };
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

/**
 * The yaml package resolves each alias by scanning every anchor and alias before it, so conversion
 * time grows with aliases × anchors. A hand-written scenario uses a handful; this bound keeps a
 * hostile 1 MB file to seconds rather than minutes.
 */
const MAX_ALIASES = 1000;

interface DocumentIndex {
  /** The node each alias stands for: the latest anchor of that name before it, as YAML defines. */
  aliasTargets: Map<Alias, Node>;
  unresolved: Alias[];
  /** Offset of the first alias, where an over-expansion is reported. */
  firstAlias: number | undefined;
  /** Offset of the first alias past MAX_ALIASES. */
  aliasOverLimit: number | undefined;
  /** Scalar keys repeated within one map (YAML compares their values strictly: 1 and "1" differ). */
  duplicateKeys: { key: Scalar; first: number }[];
}

function indexDocument(doc: Document): DocumentIndex {
  const anchors = new Map<string, Node>();
  const index: DocumentIndex = {
    aliasTargets: new Map(),
    unresolved: [],
    firstAlias: undefined,
    aliasOverLimit: undefined,
    duplicateKeys: [],
  };
  let aliases = 0;
  // visit() walks in document order and sees a collection before its children, matching the
  // order in which YAML makes anchors available.
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      index.firstAlias ??= node.range?.[0];
      aliases++;
      if (aliases === MAX_ALIASES + 1) index.aliasOverLimit = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (target === undefined) index.unresolved.push(node);
      else index.aliasTargets.set(node, target);
      return;
    }
    if (isNode(node) && node.anchor !== undefined) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const first = seen.get(pair.key.value);
        if (first === undefined) seen.set(pair.key.value, pair.key.range?.[0] ?? 0);
        else index.duplicateKeys.push({ key: pair.key, first });
      }
    }
  });
  return index;
}

/** Finds where a data path was written, using the parsed document's nodes and their source ranges. */
class Locator {
  // Looking a key up by scanning the map would make a file with many bad keys quadratic.
  private readonly keyIndex = new Map<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly position: (offset: number) => { line: number; col: number },
    private readonly aliasTargets: ReadonlyMap<Alias, Node>,
  ) {}

  /**
   * The position of the deepest node along `path` that exists. With `at: 'key'` and a path that
   * ends at a map entry, the position of that key. A value that is a map or list is reported at
   * its key (the line that names it), as is an empty value, which has no text of its own.
   */
  find(path: readonly PathSegment[], at: 'key' | 'value'): { line: number; col: number } {
    let node: unknown = this.doc.contents;
    let key: unknown = null;
    let complete = true;
    for (const segment of path) {
      const target = this.deref(node);
      if (isMap(target)) {
        const pair = this.pairs(target).get(String(segment));
        if (pair === undefined) {
          complete = false;
          break;
        }
        key = pair.key;
        node = pair.value;
      } else if (isSeq(target) && typeof segment === 'number' && segment < target.items.length) {
        key = null;
        node = target.items[segment];
      } else {
        complete = false;
        break;
      }
    }
    const keyStart = startOf(key);
    if (at === 'key' && complete && keyStart !== undefined) return this.position(keyStart);
    const valueStart = startOf(node);
    const preferKey =
      keyStart !== undefined &&
      (valueStart === undefined ||
        isCollection(this.deref(node)) ||
        (isScalar(node) && node.value === null && (node.source ?? '') === ''));
    const offset = preferKey ? keyStart : (valueStart ?? keyStart);
    return offset === undefined ? { line: 1, col: 1 } : this.position(offset);
  }

  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const text = keyText(pair.key);
        // The last entry wins, as in the object toJS() builds (keys 1 and "1" are distinct in YAML).
        if (text !== undefined) index.set(text, pair);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  private deref(node: unknown): unknown {
    // Aliases may point at aliases; the bound guards against a loop.
    for (let i = 0; i < 100 && isAlias(node); i++) node = this.aliasTargets.get(node);
    return node;
  }
}

// How the yaml package names a scalar key in the JS object it builds: null becomes "", others String().
function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  return undefined;
}

function startOf(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}

// ---- zod issues → problems

function schemaProblems(
  issue: core.$ZodIssue,
  data: unknown,
  locator: Locator,
  file: string,
): ScenarioProblem[] {
  const path = issue.path.map((s): PathSegment => (typeof s === 'number' ? s : String(s)));
  const make = (p: PathSegment[], at: 'key' | 'value', message: string): ScenarioProblem => {
    const { line, col } = locator.find(p, at);
    return problem('schema', file, line, col, formatPath(p), message);
  };

  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => make([...path, k], 'key', `unknown key ${JSON.stringify(k)}`));
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.map((i) => innerMessage(i)).join('; ');
    const key = path[path.length - 1];
    return [make(path, 'key', `bad key ${JSON.stringify(String(key))}: ${inner}`)];
  }
  const found = lookup(data, path);
  return [make(path, 'value', describeIssue(issue, found, path))];
}

type Lookup = { present: true; value: unknown } | { present: false };

function lookup(data: unknown, path: readonly PathSegment[]): Lookup {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment))
      return { present: false };
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return { present: true, value };
}

function describeIssue(issue: core.$ZodIssue, found: Lookup, path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  const got = found.present ? `, got ${show(found.value)}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'an integer' : issue.expected;
      if (!found.present && typeof last === 'string') return `missing key "${last}" (expected ${expected})`;
      if (found.present && issue.expected === 'int' && typeof found.value === 'number') {
        return `expected an integer, got ${found.value}`;
      }
      return `expected ${expected}${got}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const small = issue.code === 'too_small';
      if (issue.origin === 'number' || issue.origin === 'int') {
        const rel = small
          ? issue.inclusive
            ? 'at least'
            : 'greater than'
          : issue.inclusive
            ? 'at most'
            : 'less than';
        return `must be ${rel} ${bound}${got}`;
      }
      if (issue.origin === 'string') {
        if (small && Number(bound) === 1) return 'must not be empty';
        return `must be ${small ? 'at least' : 'at most'} ${bound} characters long`;
      }
      if (issue.origin === 'array') {
        const count = found.present && Array.isArray(found.value) ? `, got ${found.value.length}` : '';
        const rel = issue.exact ? 'exactly' : small ? 'at least' : 'at most';
        return `must have ${rel} ${bound} item${Number(bound) === 1 ? '' : 's'}${count}`;
      }
      return issue.message;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => literal(v));
      const expected = options.length === 1 ? options[0] : `one of ${options.join(', ')}`;
      if (!found.present && typeof last === 'string') return `missing key "${last}" (expected ${expected})`;
      return `expected ${expected}${found.present ? `, got ${literal(found.value)}` : ''}`;
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue) {
        const options = (issue.options ?? []).map((v) => literal(v)).join(', ');
        if (!found.present) return `missing key "${issue.discriminator}" (one of ${options})`;
        return `unknown ${issue.discriminator} ${literal(found.value)}; expected one of ${options}`;
      }
      return issue.message;
    }
    case 'invalid_format':
      return `${innerMessage(issue)}${got}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got}`;
    default:
      return issue.message;
  }
}

// Our schema words its own regex messages; zod's default for a bare regex is replaced by a plainer one.
function innerMessage(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_format' && issue.message.startsWith('Invalid string')) {
    return issue.pattern === undefined ? `must be a valid ${issue.format}` : `must match ${issue.pattern}`;
  }
  return issue.message;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `string ${literal(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeName(value);
}

// A scalar as it would be written in the file; anything else by its type.
function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length <= 40 ? value : `${value.slice(0, 40)}…`);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Uint8Array) return 'binary data';
  return typeof value;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
