// The state hash must be identical in Node and browsers, so it is computed from a canonical
// serialisation (sorted keys, fixed number formatting) with 32-bit integer arithmetic only.

/** Quoted forms of the ids, keys and dates that recur in every state; bounded so it cannot grow without end. */
const quotedCache = new Map<string, string>();

function quote(text: string): string {
  let q = quotedCache.get(text);
  if (q === undefined) {
    q = JSON.stringify(text);
    if (quotedCache.size < 4096 && text.length < 64) quotedCache.set(text, q);
  }
  return q;
}

/** Canonical JSON: object keys sorted, no whitespace, undefined members dropped. */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'number':
      // -0 and 0 serialise alike; non-finite numbers never occur in a valid state.
      return Number.isFinite(value) ? String(value === 0 ? 0 : value) : 'null';
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      return 'null';
  }
}

function canonicalArray(value: readonly unknown[]): string {
  let out = '[';
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out += ',';
    out += value[i] === undefined ? 'null' : canonicalJson(value[i]);
  }
  return `${out}]`;
}

/** `omit` drops top-level members without copying the object first. */
export function canonicalObject(record: Record<string, unknown>, omit?: ReadonlySet<string>): string {
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const v = record[key];
    if (v === undefined || omit?.has(key)) continue;
    if (out.length > 1) out += ',';
    out += quote(key);
    out += ':';
    out += canonicalJson(v);
  }
  return `${out}}`;
}

/**
 * A 64-bit hash (two independent 32-bit lanes, murmur-style mixing) of a string, as 16 hex digits.
 * It reads two UTF-16 code units per step because it runs on every action.
 */
export function hashString(text: string, seedA = 0x811c9dc5, seedB = 0x9747b28c): string {
  let h1 = seedA | 0;
  let h2 = seedB | 0;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const k = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    h1 = Math.imul(h1 ^ k, 0xcc9e2d51);
    h1 = (h1 << 13) | (h1 >>> 19);
    h2 = Math.imul(h2 ^ k, 0x1b873593);
    h2 = (h2 << 17) | (h2 >>> 15);
  }
  if (i < n) {
    const k = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ k, 0xcc9e2d51);
    h2 = Math.imul(h2 ^ k, 0x1b873593);
  }
  h1 ^= n;
  h2 ^= n;
  h1 = fmix(h1 + h2);
  h2 = fmix(h2 ^ h1);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

function fmix(h: number): number {
  let x = h | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/**
 * Extends a running digest with one more item. Items are built by the engine in a fixed shape
 * (see `cleanAction`), so the native serialiser is canonical for them and much faster.
 */
export function chainDigest(previous: string, item: unknown): string {
  return hashString(previous + JSON.stringify(item));
}
