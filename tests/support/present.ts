// The test's own expectation that a value exists: a missing one fails the test with its name,
// where a `!` would let it through as undefined.
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be present`);
  return value;
}
