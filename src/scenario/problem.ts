// What can be wrong with a scenario file, in a form that a CLI, the UI and tests all print the same way.

export type ScenarioProblemCode =
  | 'read-failed'
  | 'too-large'
  | 'empty'
  | 'yaml-syntax'
  | 'schema'
  | 'duplicate-id'
  | 'reference'
  | 'consistency'
  /** `extends:` names no known scenario, a chain that comes back to itself, or a base that fails. */
  | 'base';

/** One thing wrong with a scenario file. `line` and `col` are 1-based; `path` is like `issues[3].options[0].id`. */
export interface ScenarioProblem {
  code: ScenarioProblemCode;
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

/**
 * Why a scenario did not load: every problem found, in document order. One code for all of them, so
 * the store and the command line show a rejected file the same way; the problems' own codes tell an
 * unreadable file (`read-failed`) from an invalid one.
 */
export interface ScenarioError {
  readonly code: 'invalid-scenario';
  readonly problems: readonly ScenarioProblem[];
}

export function scenarioError(problems: readonly ScenarioProblem[]): ScenarioError {
  return { code: 'invalid-scenario', problems: sortProblems(problems) };
}

/** A step into the parsed data: an object key or an array index. */
export type PathSegment = string | number;

// Keys that read unambiguously after a dot; anything else (spaces, dots, quotes, the empty key) is
// quoted so that the path can be read back without guessing where a key ends.
const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

/** `['issues', 3, 'options', 0, 'label', 'en']` → `issues[3].options[0].label.en`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** `file:line:col path: message`, with `(root)` when the problem is with the file as a whole. */
export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.path === '' ? '(root)' : p.path}: ${p.message}`;
}

/**
 * For callers that read the file themselves (CLI, dev server): the loader only ever sees text, so
 * a failed read is reported through the same type.
 */
export function readFailedProblem(file: string, reason: string): ScenarioProblem {
  return {
    code: 'read-failed',
    file,
    line: 1,
    col: 1,
    path: '',
    message: `could not read the file: ${reason}`,
  };
}

/** Document order, so a long list reads top to bottom; ties keep their original order. */
export function sortProblems(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.line - b.p.line || a.p.col - b.p.col || a.i - b.i)
    .map(({ p }) => p);
}

export function problem(
  code: ScenarioProblemCode,
  file: string,
  line: number,
  col: number,
  path: string,
  message: string,
): ScenarioProblem {
  return { code, file, line, col, path, message };
}
