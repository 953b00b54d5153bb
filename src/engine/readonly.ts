// What the engine hands out is typed read-only all the way down, so a caller that tries to write into
// an observation, an outcome or an analysis is stopped by the compiler, not only by the copy.

type Primitive = string | number | boolean | bigint | symbol | null | undefined;

/**
 * `T` with every property, array and tuple made read-only, recursively. Primitives (branded ones
 * included) and functions pass through unchanged.
 */
export type DeepReadonly<T> = T extends Primitive
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends ReadonlyMap<infer K, infer V>
      ? ReadonlyMap<DeepReadonly<K>, DeepReadonly<V>>
      : T extends ReadonlySet<infer V>
        ? ReadonlySet<DeepReadonly<V>>
        : { readonly [K in keyof T]: DeepReadonly<T[K]> };
