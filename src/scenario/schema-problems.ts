// zod's issues, turned into problems a person can act on: the right place in the file and a plain
// sentence ("unknown key", "expected number, got string").
import type { core } from 'zod';
import type { Locator } from './document-index';
import { formatPath, type PathSegment, problem, type ScenarioProblem } from './problem';

export function schemaProblems(
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

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Uint8Array) return 'binary data';
  return typeof value;
}
