// sfc32: small, fast and fully specified with 32-bit integer arithmetic, so Node and every browser
// produce the same stream. Its whole state is four numbers that live inside the game state.

export type RngState = [number, number, number, number];

export function seedRng(seed: number): RngState {
  // splitmix32 spreads nearby seeds (1, 2, 3...) into unrelated starting states.
  let x = seed >>> 0;
  const next = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  // Warm up so the first outputs do not echo the seeding.
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** Advances `state` in place (callers own a private copy) and returns a 32-bit unsigned integer. */
export function nextUint32(state: RngState): number {
  let [a, b, c, d] = state;
  a >>>= 0;
  b >>>= 0;
  c >>>= 0;
  d >>>= 0;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  state[0] = a >>> 0;
  state[1] = b >>> 0;
  state[2] = c >>> 0;
  state[3] = d >>> 0;
  return t >>> 0;
}

/** A float in [0, 1). */
export function nextFloat(state: RngState): number {
  return nextUint32(state) / 4294967296;
}

/** An integer in [0, n). */
export function nextInt(state: RngState, n: number): number {
  return Math.floor(nextFloat(state) * n);
}

/**
 * A uniformly drawn element of a list the caller knows is non-empty (a scenario's issues and
 * options, which the schema requires; the legal actions of a side to move, which always include a
 * negotiating move). The index is below the length, so the element exists.
 */
export function pick<T>(state: RngState, items: readonly T[]): T {
  return items[nextInt(state, items.length)] as T;
}

/** A standard normal draw (Box–Muller; one value per call keeps the stream simple to replay). */
export function nextGaussian(state: RngState): number {
  const u = 1 - nextFloat(state);
  const v = nextFloat(state);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
