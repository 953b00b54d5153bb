// zod's issues, turned into problems a person can act on: the right place in the file and a plain
// sentence ("unknown key", "expected number, got string").
import type { core } from 'zod';
import type { Locator } from './document-index';
import { formatPath, type PathSegment, problem, type ScenarioProblem } from './problem';

/** zod's type names, as an author would say them. */
const PLAIN_TYPE: Readonly<Record<string, string>> = {
  int: 'an integer',
  tuple: 'a list of the two sides',
  record: 'a map',
};

/**
 * Every zod issue as problems, in no set order. A win-set test whose `min:` is written for the other
 * `kind:` (an author switched the kind and kept the old shape) gives one sentence about the switch
 * instead of the type errors it causes ("expected object, got 66", "missing key meter").
 */
export function describeSchemaIssues(
  issues: readonly core.$ZodIssue[],
  data: unknown,
  locator: Pick<Locator, 'find'>,
  file: string,
): ScenarioProblem[] {
  const switches = kindSwitches(data);
  const problems: ScenarioProblem[] = [];
  const reported = new Set<KindSwitch>();
  for (const issue of issues) {
    const path = issue.path.map((s): PathSegment => (typeof s === 'number' ? s : String(s)));
    const hit = switches.find((k) => isSwitchSymptom(k, issue, path));
    if (hit === undefined) {
      problems.push(...schemaProblems(issue, data, locator, file));
    } else if (!reported.has(hit)) {
      reported.add(hit);
      const at = [...hit.test, 'min'];
      const { line, col } = locator.find(at, 'value');
      problems.push(problem('schema', file, line, col, formatPath(at), hit.message));
    }
  }
  return problems;
}

interface KindSwitch {
  test: PathSegment[];
  message: string;
}

const METER_WITH_LINEAR =
  'a `kind: meter` test compares one meter with a number (`meter: senate, min: 60`); ' +
  '`min: { base: … }` is how a `kind: utility` test is written: change `kind:` or write `min:` as a number';
const UTILITY_WITH_NUMBER =
  'a `kind: utility` test compares the deal with a line (`min: { base: 0.5 }`, optionally with ' +
  '`meters:` and `world:` slopes); a plain number is how a `kind: meter` test, with its `meter:`, is ' +
  'written: change `kind:` or write `min:` as `{ base: … }`';

function kindSwitches(data: unknown): KindSwitch[] {
  const winsets = lookup(data, ['winsets']);
  if (!winsets.present || !Array.isArray(winsets.value)) return [];
  const found: KindSwitch[] = [];
  winsets.value.forEach((_, i) => {
    const test = lookup(data, ['winsets', i, 'test']);
    if (!test.present || typeof test.value !== 'object' || test.value === null) return;
    const { kind, min } = test.value as { kind?: unknown; min?: unknown };
    const path: PathSegment[] = ['winsets', i, 'test'];
    if (kind === 'meter' && typeof min === 'object' && min !== null && !Array.isArray(min)) {
      found.push({ test: path, message: METER_WITH_LINEAR });
    } else if (kind === 'utility' && typeof min === 'number') {
      found.push({ test: path, message: UTILITY_WITH_NUMBER });
    }
  });
  return found;
}

// The issues a switched kind causes: its `min:` and `meter:`, and `meter:` as an unknown key.
function isSwitchSymptom(k: KindSwitch, issue: core.$ZodIssue, path: readonly PathSegment[]): boolean {
  if (path.length < k.test.length || !k.test.every((s, i) => path[i] === s)) return false;
  const rest = path.slice(k.test.length);
  if (issue.code === 'unrecognized_keys' && rest.length === 0) {
    return issue.keys.every((key) => key === 'meter');
  }
  return rest[0] === 'min' || (rest.length === 1 && rest[0] === 'meter');
}

export function schemaProblems(
  issue: core.$ZodIssue,
  data: unknown,
  locator: Pick<Locator, 'find'>,
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
      const expected = PLAIN_TYPE[issue.expected] ?? issue.expected;
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

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Uint8Array) return 'binary data';
  return typeof value;
}
