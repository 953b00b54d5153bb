// The state hash must be identical in Node and browsers, so it is computed from a canonical
// serialisation (sorted keys, fixed number formatting) with 32-bit integer arithmetic only.

/** Canonical JSON: object keys sorted, no whitespace, undefined members dropped. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value === 'boolean') {
    out.push(String(value));
  } else if (typeof value === 'number') {
    // -0 and 0 serialise alike; non-finite numbers never occur in a valid state.
    out.push(Number.isFinite(value) ? JSON.stringify(value === 0 ? 0 : value) : 'null');
  } else if (typeof value === 'string') {
    out.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i] === undefined ? null : value[i], out);
    }
    out.push(']');
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    out.push('{');
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (i > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(record[key], out);
    }
    out.push('}');
  }
}

/** A 64-bit hash (two independent 32-bit lanes) of a string, as 16 hex digits. */
export function hashString(text: string, seedA = 0x811c9dc5, seedB = 0x9747b28c): string {
  let h1 = seedA >>> 0;
  let h2 = seedB >>> 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193);
    h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
  h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0x85ebca6b);
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Extends a running digest with one more item, so long append-only lists hash in O(1) per append. */
export function chainDigest(previous: string, item: unknown): string {
  return hashString(previous + canonicalJson(item));
}
