// One text per value, so that a hash names the scenario's content and not how its file was written:
// comments, key order, quoting, flow or block style and JSON-vs-YAML all vanish here.
import type { Scenario } from './schema';
import { sha256Hex } from './sha256';

/**
 * JSON with object keys sorted (by UTF-16 code units, the default `sort`, which every engine does
 * identically) at every depth and no whitespace. Numbers and strings are written by
 * `JSON.stringify`, whose output the language specification fixes. As in JSON, object entries whose
 * value is `undefined` are left out, so an absent optional field and an explicit `undefined` agree.
 * Throws a TypeError on values JSON cannot represent (functions, bigints, symbols, non-finite
 * numbers, cycles) rather than quietly hashing something else.
 */
export function canonicalJson(value: unknown): string {
  return write(value, []);
}

function write(value: unknown, ancestors: object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot represent ${value}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonical JSON cannot represent a ${typeof value}`);
  }
  if (ancestors.includes(value)) throw new TypeError('canonical JSON cannot represent a cycle');
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => write(item === undefined ? null : item, inner)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${write(item, inner)}`);
  }
  return `{${parts.join(',')}}`;
}

/** The identity of a scenario's content: lower-case hex SHA-256 of its canonical JSON. */
export function scenarioHash(scenario: Scenario): string {
  return sha256Hex(canonicalJson(scenario));
}
