// A tiny checker toolkit for values read back from outside. A check reads an unknown value at a
// path, notes every problem it finds, and returns a fresh copy built from what it checked (never the
// input object), or FAIL. Objects are exact: a save holds the engine's fields and nothing else.

export interface Problem {
  /** Where, like `world.encounters` or `log[12].action.package.terms.guard-size`. */
  readonly path: string;
  readonly message: string;
}

export const FAIL: unique symbol = Symbol('fail');
export type Fail = typeof FAIL;

export type Check<T> = (value: unknown, path: string, problems: Problem[]) => T | Fail;

/** Every field of `T` has its check; optional fields use `optional`. */
export type Shape<T> = { readonly [K in keyof T]-?: Check<T[K]> };

export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The value as a person would name it in a message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

export function problem(problems: Problem[], path: string, message: string): Fail {
  problems.push({ path, message });
  return FAIL;
}

const expected = (problems: Problem[], path: string, what: string, value: unknown): Fail =>
  problem(
    problems,
    path,
    value === undefined ? `is missing (expected ${what})` : `expected ${what}, got ${describe(value)}`,
  );

export interface NumberRange {
  readonly min?: number;
  readonly max?: number;
  readonly int?: boolean;
  /** The lower bound itself is excluded. */
  readonly above?: number;
}

function rangeText(r: NumberRange): string {
  const kind = r.int ? 'a whole number' : 'a number';
  if (r.above !== undefined) return `${kind} above ${r.above}`;
  if (r.min !== undefined && r.max !== undefined) return `${kind} from ${r.min} to ${r.max}`;
  if (r.min !== undefined) return `${kind} ≥ ${r.min}`;
  if (r.max !== undefined) return `${kind} ≤ ${r.max}`;
  return `a finite ${kind.slice(2)}`;
}

function inRange(v: number, r: NumberRange): boolean {
  if (r.int && !Number.isInteger(v)) return false;
  if (r.min !== undefined && v < r.min) return false;
  if (r.max !== undefined && v > r.max) return false;
  return r.above === undefined || v > r.above;
}

const NULL_NUMBER = 'a NaN or infinite number is saved as null';

/** A finite number within the range (NaN and ±Infinity never pass, nor a number written as text). */
export function num(range: NumberRange = {}): Check<number> {
  return (value, path, problems) => {
    if (typeof value === 'number' && Number.isFinite(value) && inRange(value, range)) return value;
    // JSON writes NaN and ±Infinity as null, so a null number is usually one that went wrong.
    if (value === null)
      return problem(problems, path, `expected ${rangeText(range)}, got null (${NULL_NUMBER})`);
    return expected(problems, path, rangeText(range), value);
  };
}

export const uint32: Check<number> = num({ int: true, min: 0, max: 0xffffffff });
export const count: Check<number> = num({ int: true, min: 0 });

export const bool: Check<boolean> = (value, path, problems) =>
  typeof value === 'boolean' ? value : expected(problems, path, 'true or false', value);

export const str: Check<string> = (value, path, problems) =>
  typeof value === 'string' ? value : expected(problems, path, 'a string', value);

/** One of a fixed set of strings (kinds, statuses, known ids). */
export function oneOf<T extends string>(values: Iterable<T>, what: string): Check<T> {
  const known: ReadonlySet<string> = new Set(values);
  const list = [...known].map((v) => JSON.stringify(v)).join(', ');
  return (value, path, problems) => {
    if (typeof value === 'string' && known.has(value)) return value as T;
    const hint = known.size <= 8 ? ` (one of ${list})` : '';
    return expected(problems, path, `${what}${hint}`, value);
  };
}

export function literal<T extends string>(value: T): Check<T> {
  return oneOf([value], `the text ${JSON.stringify(value)}`);
}

/** A value that passes `check` and then `test`, which names what is wrong or returns null. */
export function refine<T>(check: Check<T>, test: (value: T) => string | null): Check<T> {
  return (value, path, problems) => {
    const v = check(value, path, problems);
    if (v === FAIL) return FAIL;
    const wrong = test(v);
    return wrong === null ? v : problem(problems, path, wrong);
  };
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path, problems) => (value === null ? null : check(value, path, problems));
}

/** May be absent (and then stays absent in the copy); present, it must pass `check`. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path, problems) => (value === undefined ? undefined : check(value, path, problems));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export interface ListRules {
  readonly length?: number;
  readonly minLength?: number;
}

export function list<T>(item: Check<T>, rules: ListRules = {}): Check<T[]> {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return expected(problems, path, 'a list', value);
    if (rules.length !== undefined && value.length !== rules.length)
      return problem(problems, path, `expected a list of ${rules.length}, got ${value.length}`);
    if (rules.minLength !== undefined && value.length < rules.minLength)
      return problem(problems, path, `expected at least ${rules.minLength} entries, got ${value.length}`);
    const out: T[] = [];
    let failed = false;
    for (let i = 0; i < value.length; i++) {
      const v = item(value[i], at(path, i), problems);
      if (v === FAIL) failed = true;
      else out.push(v);
    }
    return failed ? FAIL : out;
  };
}

const NOT_IN_A_SAVE = 'is not part of a saved game (a save holds exactly the engine’s fields)';

function unknownKeys(
  record: Record<string, unknown>,
  known: object,
  path: string,
  problems: Problem[],
  unknownKey: string,
) {
  let found = false;
  for (const key of Object.keys(record)) {
    if (Object.hasOwn(known, key)) continue;
    problem(problems, at(path, key), unknownKey);
    found = true;
  }
  return found;
}

/**
 * An exact object: every field of the shape checked, absent optional fields left out, no other key
 * (`unknownKey` says why another key is refused).
 */
export function object<T>(shape: Shape<T>, unknownKey = NOT_IN_A_SAVE): Check<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return (value, path, problems) => {
    if (!isPlainObject(value)) return expected(problems, path, 'an object', value);
    let failed = unknownKeys(value, shape, path, problems, unknownKey);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const v = shape[key](value[key], at(path, key), problems);
      if (v === FAIL) failed = true;
      else if (v !== undefined) out[key] = v;
    }
    return failed ? FAIL : (out as T);
  };
}

/**
 * A record keyed by ids: `entry(key)` gives the check for that key's value, or null when the key is
 * not allowed there. Only checked keys are copied, so no key from outside reaches the copy unread.
 */
export function record<T>(entry: (key: string) => Check<T> | null, what: string): Check<Record<string, T>> {
  return (value, path, problems) => {
    if (!isPlainObject(value)) return expected(problems, path, 'an object', value);
    const out: Record<string, T> = {};
    let failed = false;
    for (const key of Object.keys(value)) {
      const check = entry(key);
      const v = check
        ? check(value[key], at(path, key), problems)
        : problem(problems, at(path, key), `is not ${what}`);
      if (v === FAIL) failed = true;
      else out[key] = v;
    }
    return failed ? FAIL : out;
  };
}

/** A union told apart by one string field (`kind`, `type`): the variant for its value checks the rest. */
export function tagged<T>(tag: string, variants: Readonly<Record<string, Check<T>>>): Check<T> {
  const names = Object.keys(variants);
  const kinds = oneOf(names, `a known \`${tag}\``);
  return (value, path, problems) => {
    if (!isPlainObject(value)) return expected(problems, path, 'an object', value);
    const kind = kinds(value[tag], at(path, tag), problems);
    if (kind === FAIL) return FAIL;
    return (variants[kind] as Check<T>)(value, path, problems);
  };
}
