// Error messages name the offending value without serialising it: JSON.stringify throws on BigInt and
// circular values, calls `toJSON` and getters, and copies a 10 MB string whole. A description is a
// type and a short preview, built without ever throwing, whatever the value (proxies included).

const PREVIEW = 40;
const KEYS = 3;

/** A short, length-capped account of any value, e.g. `"troops-99000"`, `a number (NaN)`, `an array (3 items)`. */
export function describeValue(value: unknown): string {
  try {
    return describeUnsafe(value);
  } catch {
    return 'an unreadable value';
  }
}

function describeUnsafe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : `a number (${String(value)})`;
    case 'bigint':
      return `a BigInt (${capped(value.toString())}n)`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing (undefined)';
    case 'symbol':
      return `a symbol (${capped(value.description ?? '')})`;
    case 'function':
      return 'a function';
    default:
      return typeof value === 'object' && value !== null ? describeObject(value) : 'null';
  }
}

function describeObject(value: object): string {
  // Every look below can run a proxy trap, so each is guarded on its own: one throwing trap should
  // not hide what the others can tell.
  let isArray = false;
  try {
    isArray = Array.isArray(value);
  } catch {
    return 'an unreadable object';
  }
  if (isArray) {
    try {
      const length = Object.getOwnPropertyDescriptor(value, 'length')?.value;
      return typeof length === 'number' ? `an array (${length} item${length === 1 ? '' : 's'})` : 'an array';
    } catch {
      return 'an array';
    }
  }
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return 'an object';
  }
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, KEYS).map((k) => capped(k, 20));
  const more = keys.length > KEYS ? `, … (${keys.length} keys)` : '';
  return `an object with ${shown.join(', ')}${more}`;
}

function quoted(text: string): string {
  const head = text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
  // Stringifying a short string cannot throw and escapes control characters for the message.
  const shown = JSON.stringify(head);
  return text.length > PREVIEW ? `${shown} (${text.length} characters)` : shown;
}

function capped(text: string, max = PREVIEW): string {
  const head = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(head).slice(1, -1);
}
