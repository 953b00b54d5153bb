// The one way a fallible call answers: a value, or a typed error with a code the caller can switch on.
// Every boundary (scenario files, saves, replays, actions, command-line arguments) uses it, so the
// store and the command line show every failure the same way.

export type Result<T, E extends { readonly code: string }> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E extends { readonly code: string }>(
  error: E,
): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
