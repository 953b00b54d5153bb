// Numbers the engine hands out (analysis, observations, intelligence) carry six decimals: enough for
// any utility or meter, and short enough to read and to compare in a replay. Rounding happens only
// there, at the output; everything computed from them inside the engine uses the exact values.

export function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
