// Values a careless or hostile caller may hand the engine: the things JSON.stringify throws on, reads
// that run code (getters, proxy traps), and shapes plain JSON never has.
import fc from 'fast-check';
import { MX } from '../support/sides';

/** A value that refers to itself. */
export function circular(): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  value.self = value;
  value.kind = 'loop';
  return value;
}

/** A proxy over `target` whose every trap throws. */
export function throwingProxy(target: object = {}): object {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    defineProperty: boom,
    set: boom,
    deleteProperty: boom,
  });
}

export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `fields` made getters that answer once and then throw. */
export function withGetters(fields: Record<string, unknown>, throwing = false): object {
  const out = {};
  for (const [key, value] of Object.entries(fields)) {
    let reads = 0;
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        reads++;
        if (throwing || reads > 1) throw new Error(`getter ${key}`);
        return value;
      },
    });
  }
  return out;
}

/** Hostile values by name, for tests that name what they throw. */
export const HOSTILE: Record<string, () => unknown> = {
  bigint: () => 10n ** 30n,
  circular,
  'circular array': () => {
    const a: unknown[] = [];
    a.push(a);
    return a;
  },
  'throwing proxy': () => throwingProxy(),
  'throwing proxy over an array': () => throwingProxy([]),
  'revoked proxy': revokedProxy,
  getter: () => withGetters({ type: 'wait', side: MX, en: 'x' }),
  'throwing getter': () => withGetters({ type: 'wait', side: MX, en: 'x' }, true),
  frozen: () => Object.freeze({ type: Object.freeze(['wait']) }),
  'symbol keys': () => ({ [Symbol('type')]: 'wait', [Symbol.toPrimitive]: () => 'wait' }),
  symbol: () => Symbol('wait'),
  array: () => ['wait', MX],
  function: () => () => 'wait',
  'toJSON that throws': () => ({
    toJSON() {
      throw new Error('toJSON');
    },
  }),
  'null prototype': () => Object.create(null),
  'huge string': () => 'x'.repeat(1_000_000),
  NaN: () => Number.NaN,
};

/**
 * A maker of any value fast-check can make, or of one of the hostile ones above. Proxies are built
 * only when the property runs: fast-check itself inspects what its arbitraries produce.
 */
export const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc
    .anything({
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    })
    .map((value) => named(fc.stringify(value), () => value)),
  fc.constantFrom(...Object.keys(HOSTILE)).map((name) => named(name, HOSTILE[name] as () => unknown)),
  fc
    .tuple(fc.string(), fc.boolean())
    .map(([s, throwing]) =>
      named(`getters answering ${JSON.stringify(s)}`, () =>
        withGetters({ type: s, side: s, terms: s, en: s }, throwing),
      ),
    ),
);

function named(name: string, make: () => unknown): () => unknown {
  return Object.assign(() => make(), { [fc.toStringMethod]: () => name });
}
