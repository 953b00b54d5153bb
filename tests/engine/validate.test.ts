import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ERROR_CODES,
  type Action,
  type ActionErrorCode,
  type GameState,
  stateHash,
} from '../../src/engine';
import { OFFER_CAUSES, STATEMENT_INTENTS } from '../../src/engine/actions';
import { STATEMENT_MAX_LENGTH } from '../../src/engine/statement';
import { refusal } from '../support/apply';
import { MX, US } from '../support/sides';
import { loadRules } from './fixture';
import { HOSTILE, hostileValue, throwingProxy, withGetters } from './hostile';
import { deepFreeze, must } from './play';

const rules = loadRules();
const start = () => rules.newGame({ seed: 1 });

/** Where a hostile value can sit in an action (Mexico opens the fixture's game). */
const PLACES: Record<string, (hole: unknown) => unknown> = {
  'the action': (h) => h,
  type: (h) => ({ type: h, side: MX }),
  side: (h) => ({ type: 'wait', side: h }),
  say: (h) => ({ type: 'wait', side: MX, say: h }),
  'say.text': (h) => ({ type: 'wait', side: MX, say: { text: h } }),
  'say.text.en': (h) => ({ type: 'wait', side: MX, say: { text: { en: h, es: 'Esperamos.' } } }),
  'say.bluff': (h) => ({
    type: 'wait',
    side: MX,
    say: { text: { en: 'We wait.', es: 'Esperamos.' }, bluff: h },
  }),
  package: (h) => ({ type: 'propose', side: MX, package: h }),
  terms: (h) => ({ type: 'propose', side: MX, package: { terms: h } }),
  'a term': (h) => ({ type: 'propose', side: MX, package: { terms: { guard: h } } }),
  conditional: (h) => ({ type: 'propose', side: MX, package: { terms: HELD, conditional: h } }),
  'clause review': (h) => ({
    type: 'propose',
    side: MX,
    package: { terms: HELD, conditional: { review: h, then: THEN } },
  }),
  'clause threshold': (h) => ({
    type: 'propose',
    side: MX,
    package: { terms: HELD, conditional: { review: 45, minDropPct: h, then: THEN } },
  }),
  'clause terms': (h) => ({
    type: 'propose',
    side: MX,
    package: { terms: HELD, conditional: { review: 45, then: h } },
  }),
  move: (h) => ({ type: 'unilateral', side: MX, move: h }),
  consultation: (h) => ({ type: 'consult', side: MX, consultation: h }),
};
const HELD = { guard: 'none', review: 'at-45-and-90' };
const THEN = { 'third-country': 'treaty' };

/**
 * validate and apply agree, neither throws, a refusal is a known code with a short message, and a
 * refusal leaves the (frozen) state exactly as it was.
 */
function expectSafe(state: GameState, makeAction: () => unknown): ActionErrorCode | null {
  const before = structuredClone(state);
  const hash = stateHash(state);
  deepFreeze(state);
  const error = refusal(rules.validate(state, makeAction()));
  const result = rules.apply(state, makeAction() as Action);
  expect(stateHash(state)).toBe(hash);
  expect(state).toEqual(before);
  if (error === null) {
    expect(result.ok).toBe(true);
    return null;
  }
  expect(ACTION_ERROR_CODES).toContain(error.code);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeLessThan(400);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toEqual(error);
  return error.code;
}

describe('hostile values', () => {
  for (const [place, build] of Object.entries(PLACES)) {
    for (const [name, make] of Object.entries(HOSTILE)) {
      it(`a ${name} as ${place} is refused with a code, not a throw`, () => {
        const code = expectSafe(start(), () => build(make()));
        expect(code).not.toBeNull();
      });
    }
  }

  it('are refused with a code by validate and apply whatever they are, wherever they sit', () => {
    const state = start();
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(PLACES)), hostileValue, (place, value) => {
        const build = PLACES[place] as (hole: unknown) => unknown;
        expectSafe(state, () => build(value()));
      }),
      { numRuns: 2000 },
    );
  });

  it('are refused in a state with an offer standing and in a finished game too', () => {
    const facing = must(rules, start(), {
      type: 'propose',
      side: MX,
      package: { terms: { guard: 'none' } },
    });
    const over = must(rules, facing, { type: 'accept', side: US });
    fc.assert(
      fc.property(fc.constantFrom(facing, over), hostileValue, (state, value) => {
        expectSafe(state, () => ({ type: 'counter', side: US, package: { terms: value() } }));
        expectSafe(state, value);
      }),
      { numRuns: 500 },
    );
  });

  it('name the offending value without serialising it', () => {
    const error = refusal(rules.validate(start(), { type: 10n, side: MX }));
    expect(error).toEqual({ code: 'MALFORMED_ACTION', message: 'unknown action type a BigInt (10n)' });
    const loop = HOSTILE.circular?.() as Record<string, unknown>;
    expect(refusal(rules.validate(start(), { type: 'unilateral', side: MX, move: loop }))?.message).toBe(
      'there is no move an object with self, kind',
    );
  });

  it('accept a frozen, valid action', () => {
    const action = deepFreeze({ type: 'propose', side: MX, package: { terms: { guard: 'troops-6000' } } });
    expect(expectSafe(start(), () => action)).toBeNull();
  });
});

describe('only own data fields count', () => {
  it('refuses an action whose fields are inherited', () => {
    const inherited = Object.create({ type: 'wait', side: MX });
    expect(refusal(rules.validate(start(), inherited))?.code).toBe('MALFORMED_ACTION');
    const terms = Object.create({ guard: 'troops-6000' });
    expect(refusal(rules.validate(start(), { type: 'propose', side: MX, package: { terms } }))?.code).toBe(
      'EMPTY_PACKAGE',
    );
    const pkg = Object.create({ terms: { guard: 'troops-6000' } });
    expect(refusal(rules.validate(start(), { type: 'propose', side: MX, package: pkg }))?.code).toBe(
      'MALFORMED_ACTION',
    );
  });

  it('ignores symbol keys and fields the rules do not know', () => {
    const action = { type: 'wait', side: MX, [Symbol('x')]: 1, extra: 10n };
    const s = must(rules, start(), action as unknown as Action);
    expect(s.log.at(-1)).toMatchObject({ kind: 'action', action: { type: 'wait', side: MX } });
    const logged = s.log.at(-1);
    expect(logged?.kind === 'action' && Object.keys(logged.action)).toEqual(['type', 'side']);
  });

  it('never calls a getter, so none can answer one thing to the check and another to the play', () => {
    const action = withGetters({ type: 'propose', side: MX, package: { terms: { guard: 'troops-6000' } } });
    expect(refusal(rules.validate(start(), action))?.code).toBe('MALFORMED_ACTION');
    const terms = withGetters({ guard: 'troops-6000' });
    expect(refusal(rules.validate(start(), { type: 'propose', side: MX, package: { terms } }))?.code).toBe(
      'UNKNOWN_OPTION',
    );
  });

  it('reads each field of a proxy once: what is played is what was checked', () => {
    // A proxy that answers each look at `guard` with a different option, valid and not in turn.
    let looks = 0;
    const answers = ['troops-6000', 'troops-99000'];
    const terms = new Proxy({ guard: 'none' } as Record<string, string>, {
      getOwnPropertyDescriptor(target, key) {
        const d = Reflect.getOwnPropertyDescriptor(target, key);
        if (key !== 'guard' || !d) return d;
        return { ...d, value: answers[looks++ % 2] };
      },
      get() {
        throw new Error('the rules read through `get`');
      },
    });
    for (let i = 0; i < 4; i++) {
      const result = rules.apply(start(), {
        type: 'propose',
        side: MX,
        package: { terms },
      } as unknown as Action);
      if (result.ok) expect(result.value.standing?.package.terms).toEqual({ guard: 'troops-6000' });
      else expect(result.error.code).toBe('UNKNOWN_OPTION');
    }
  });

  it('plays a copy: editing the action afterwards changes neither the offer nor the log', () => {
    const action = {
      type: 'propose' as const,
      side: MX,
      package: { terms: { guard: 'troops-6000' } },
    };
    const s = must(rules, start(), action);
    action.package.terms.guard = 'none';
    expect(s.standing?.package.terms).toEqual({ guard: 'troops-6000' });
    const logged = s.log.at(-1);
    expect(
      logged?.kind === 'action' && logged.action.type === 'propose' && logged.action.package.terms,
    ).toEqual({
      guard: 'troops-6000',
    });
  });

  it('survives a proxy whose every trap throws, as the action or inside it', () => {
    expect(refusal(rules.validate(start(), throwingProxy({ type: 'wait', side: MX })))?.code).toBe(
      'MALFORMED_ACTION',
    );
    const say = { text: throwingProxy({ en: 'a', es: 'b' }) };
    expect(refusal(rules.validate(start(), { type: 'wait', side: MX, say }))?.code).toBe('MALFORMED_ACTION');
  });
});

describe('statements', () => {
  const saying = (en: string, es = 'Esperamos.') => ({ type: 'wait', side: MX, say: { text: { en, es } } });
  const code = (en: string, es?: string) => refusal(rules.validate(start(), saying(en, es)))?.code ?? null;

  it(`are at most ${STATEMENT_MAX_LENGTH} characters in each language, counted as code points`, () => {
    expect(code('a'.repeat(STATEMENT_MAX_LENGTH))).toBeNull();
    expect(code('a'.repeat(STATEMENT_MAX_LENGTH + 1))).toBe('STATEMENT_TOO_LONG');
    expect(code('We wait.', 'ñ'.repeat(STATEMENT_MAX_LENGTH + 1))).toBe('STATEMENT_TOO_LONG');
    // An emoji is two UTF-16 units but one character.
    expect(code('🌵'.repeat(STATEMENT_MAX_LENGTH))).toBeNull();
    expect(code('🌵'.repeat(STATEMENT_MAX_LENGTH + 1))).toBe('STATEMENT_TOO_LONG');
  });

  it('refuses a 10 MB statement quickly, with a short message, and logs nothing', () => {
    const huge = 'x'.repeat(10_000_000);
    const state = start();
    const result = rules.apply(state, saying(huge) as Action);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('STATEMENT_TOO_LONG');
      expect(result.error.message.length).toBeLessThan(200);
    }
    expect(JSON.stringify(state).length).toBeLessThan(100_000);
  });

  it('are plain text: no control characters, line breaks, bidirectional controls or broken characters', () => {
    for (const bad of [
      'two\nlines',
      'tab\there',
      'nul\u0000',
      'del\u007f',
      'c1\u0085',
      'ls\u2028',
      'rlo\u202e',
      'fsi\u2068',
      'half \ud83c',
    ]) {
      expect(code(bad), JSON.stringify(bad)).toBe('STATEMENT_NOT_PLAIN_TEXT');
    }
    for (const good of ['Nous attendons — ¿y ustedes?', '我们在等。', 'Wait 🌵.', '']) {
      expect(code(good), good).toBeNull();
    }
  });

  it('must have a string in each language and a true-or-false bluff', () => {
    expect(
      refusal(rules.validate(start(), { type: 'wait', side: MX, say: { text: { en: 'a' } } }))?.code,
    ).toBe('MALFORMED_ACTION');
    const bluff = { type: 'wait', side: MX, say: { text: { en: 'a', es: 'b' }, bluff: 'yes' } };
    expect(refusal(rules.validate(start(), bluff))?.code).toBe('MALFORMED_ACTION');
  });

  const text = { en: 'This is our final offer.', es: 'Es nuestra última oferta.' };
  const offer = (say: object) => ({
    type: 'propose',
    side: MX,
    package: { terms: { guard: 'troops-6000' } },
    say: { text, ...say },
  });

  it('carry a typed intent on any move, logged as said', () => {
    for (const intent of STATEMENT_INTENTS) {
      const s = must(rules, start(), offer({ intent }) as Action);
      const logged = s.log.at(-1);
      expect(logged?.kind === 'action' && logged.action.say).toEqual({ text, intent });
      expect(refusal(rules.validate(start(), { type: 'wait', side: MX, say: { text, intent } }))).toBeNull();
    }
    const unknown = refusal(rules.validate(start(), offer({ intent: 'ultimatum' })));
    expect(unknown?.code).toBe('MALFORMED_ACTION');
    expect(unknown?.message).toContain('"final-offer"');
  });

  it('carry the cause of an offer, and only an offer', () => {
    for (const cause of OFFER_CAUSES) {
      const s = must(rules, start(), offer({ cause, intent: 'final-offer' }) as Action);
      const logged = s.log.at(-1);
      // One field order whoever built it: equal statements serialise alike.
      expect(JSON.stringify(logged?.kind === 'action' && logged.action.say)).toBe(
        JSON.stringify({ text, intent: 'final-offer', cause }),
      );
    }
    const onWait = refusal(
      rules.validate(start(), { type: 'wait', side: MX, say: { text, cause: 'event' } }),
    );
    expect(onWait?.code).toBe('MALFORMED_ACTION');
    expect(onWait?.message).toContain('only propose and counter');
    expect(refusal(rules.validate(start(), offer({ cause: 7 })))?.code).toBe('MALFORMED_ACTION');
  });
});
