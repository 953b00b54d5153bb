// The state hash must be identical in Node and browsers, so it is computed with 32-bit integer
// arithmetic only, over the value's structure, in a way that no key order can change.

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function fmix(h: number): number {
  let x = h | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/*
 * Structural hashing: walks a JSON value and mixes it straight into two 32-bit lanes. No string is
 * built, numbers are mixed as their IEEE-754 bits (the same in every JavaScript engine), and an
 * object's members are hashed one by one and summed, so key order cannot matter and no key list
 * has to be sorted. Several times faster than hashing canonical JSON text.
 */
let lane1 = 0;
let lane2 = 0;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Mix the float's halves high word first whatever the platform's byte order, so hashes match.
const [HI, LO] = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? [1, 0] : [0, 1];

function mix(k: number): void {
  lane1 = Math.imul(lane1 ^ k, 0xcc9e2d51);
  lane1 = (lane1 << 13) | (lane1 >>> 19);
  lane2 = Math.imul(lane2 ^ k, 0x1b873593);
  lane2 = (lane2 << 17) | (lane2 >>> 15);
}

/**
 * Strings enter as their own 64-bit hash. Ids, keys and dates recur in every state and action, so
 * the short ones are hashed once and remembered (a bounded cache: it cannot grow without end).
 */
const stringHashes = new Map<string, readonly [number, number]>();

function mixString(text: string): void {
  let h = stringHashes.get(text);
  if (h === undefined) {
    h = hashOfString(text);
    if (text.length <= 64 && stringHashes.size < 8192) stringHashes.set(text, h);
  }
  mix(text.length);
  mix(h[0]);
  mix(h[1]);
}

function hashOfString(text: string): readonly [number, number] {
  let a = 0x243f6a88;
  let b = 0x85a308d3;
  const n = text.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const k = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ k, 0xcc9e2d51);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ k, 0x1b873593);
    b = (b << 17) | (b >>> 15);
  }
  if (i < n) {
    a = Math.imul(a ^ text.charCodeAt(i), 0xcc9e2d51);
    b = Math.imul(b ^ text.charCodeAt(i), 0x1b873593);
  }
  return [fmix(a ^ n), fmix(b + a)];
}

enum Tag {
  Null = 1,
  False,
  True,
  Number,
  String,
  Array,
  Object,
}

/** Set while hashing values the engine built in a fixed shape: keys then mix in their own order. */
let ordered = false;

function mixValue(value: unknown): void {
  switch (typeof value) {
    case 'number':
      mix(Tag.Number);
      // -0 hashes as 0, as it serialises.
      f64[0] = value === 0 ? 0 : value;
      mix(u32[HI] as number);
      mix(u32[LO] as number);
      return;
    case 'string':
      mix(Tag.String);
      mixString(value);
      return;
    case 'boolean':
      mix(value ? Tag.True : Tag.False);
      return;
    case 'object':
      if (value === null) {
        mix(Tag.Null);
      } else if (Array.isArray(value)) {
        mix(Tag.Array);
        mix(value.length);
        for (let i = 0; i < value.length; i++) mixValue(value[i] === undefined ? null : value[i]);
      } else if (ordered) {
        mixOrdered(value as Record<string, unknown>);
      } else {
        mixObject(value as Record<string, unknown>);
      }
      return;
    default:
      mix(Tag.Null);
  }
}

function mixObject(record: Record<string, unknown>, omit?: ReadonlySet<string>): void {
  const outer1 = lane1;
  const outer2 = lane2;
  let sum1 = 0;
  let sum2 = 0;
  let count = 0;
  for (const key in record) {
    const v = record[key];
    if (v === undefined || omit?.has(key)) continue;
    lane1 = 0x3c6ef372;
    lane2 = 0xa54ff53a;
    mixString(key);
    mixValue(v);
    sum1 = (sum1 + fmix(lane1)) | 0;
    sum2 = (sum2 + fmix(lane2 ^ 0x5bd1e995)) | 0;
    count++;
  }
  lane1 = outer1;
  lane2 = outer2;
  mix(Tag.Object);
  mix(count);
  mix(sum1);
  mix(sum2);
}

function mixOrdered(record: Record<string, unknown>): void {
  mix(Tag.Object);
  for (const key in record) {
    const v = record[key];
    if (v === undefined) continue;
    mixString(key);
    mixValue(v);
  }
  mix(0);
}

function digest(): string {
  const a = fmix(lane1 + lane2);
  const b = fmix(lane2 ^ a);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A 64-bit hash (16 hex digits) of a JSON value, independent of key order. */
export function hashValue(value: unknown, omit?: ReadonlySet<string>): string {
  lane1 = 0x811c9dc5;
  lane2 = 0x9747b28c;
  if (omit && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    mixObject(value as Record<string, unknown>, omit);
  } else {
    mixValue(value);
  }
  return digest();
}

/** A running digest: two unsigned 32-bit lanes, kept as numbers so extending it formats nothing. */
export type Digest = [number, number];

export function digestOf(text: string): Digest {
  lane1 = 0x811c9dc5;
  lane2 = 0x9747b28c;
  mixString(text);
  return [fmix(lane1) >>> 0, fmix(lane2) >>> 0];
}

/**
 * Extends a running digest with one more item, so an append-only history hashes in O(1) per item.
 * Items are built by the engine in a fixed shape (see `cleanAction`: sorted terms, rebuilt
 * statements), so their keys are mixed in order, which is cheaper than the order-free sum.
 */
export function chainDigest(previous: Readonly<Digest>, item: unknown): Digest {
  lane1 = previous[0];
  lane2 = previous[1];
  ordered = true;
  mixValue(item);
  ordered = false;
  const a = fmix(lane1 + lane2);
  return [a >>> 0, fmix(lane2 ^ a) >>> 0];
}
