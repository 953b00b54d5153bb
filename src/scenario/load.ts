// Turns the text of a scenario file into a checked Scenario, or into every problem found, each with
// the line and column a person needs to fix it. Runs the same in Node and the browser: text in,
// result out, no I/O.

import { type Document, isScalar, LineCounter, parseDocument } from 'yaml';
import { scenarioHash } from './canonical';
import { indexDocument, keyText, Locator, MAX_ALIASES } from './document-index';
import { formatPath, problem, type ScenarioProblem, sortProblems } from './problem';
import { quickLoad } from './quick-load';
import { checkReferences } from './references';
import { type Scenario, ScenarioSchema } from './schema';
import { describeSchemaIssues, typeName } from './schema-problems';

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
    return fail(describeSchemaIssues(parsed.error.issues, data, locator, file));
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
