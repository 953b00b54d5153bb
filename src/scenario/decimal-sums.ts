// Sums of decimals written in a file: how closely they must agree, and how a message shows them.

/** Finer than any figure a scenario states, coarser than binary noise. */
export const TOLERANCE = 1e-6;

export function total(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export function nearlyOne(x: number): boolean {
  return Math.abs(x - 1) <= TOLERANCE;
}

// Sums of decimals pick up binary noise (0.1 + 0.2); six places is finer than the tolerance.
export function show(x: number): string {
  return String(Number(x.toFixed(6)));
}
