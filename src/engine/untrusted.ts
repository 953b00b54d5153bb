// Reading a value that comes from outside the engine (a player, the UI, a replay file) without
// trusting it: only its own data properties count, each is read once, and no read can throw, even
// on a proxy whose traps throw or a getter that changes its answer.

/** One property of an outside value, as read once. */
export type OwnField =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: unknown }
  /** A getter, or a property whose reading threw: not plain data, so not accepted. */
  | { readonly kind: 'unreadable' };

/** An object that is neither an array nor a function; false for anything that throws when asked. */
export function isRecord(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    // A revoked proxy.
    return false;
  }
}

/** The own data property `key`; inherited properties are absent and getters are never called. */
export function ownField(value: object, key: string): OwnField {
  try {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d === undefined) return { kind: 'absent' };
    return 'value' in d ? { kind: 'value', value: d.value } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** The own enumerable string keys (symbol keys are not data), or null if they cannot be listed. */
export function ownKeys(value: object): string[] | null {
  try {
    return Object.keys(value);
  } catch {
    return null;
  }
}
