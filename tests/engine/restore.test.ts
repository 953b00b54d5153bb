// restoreState: the one way a state comes back from outside. One test per error code, and one per
// case the issue listed as slipping through before.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, type GameState, RESTORE_ERROR_CODES, type RestoreError } from '../../src/engine';
import { bySide, type SideId, sideIds } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';
import { editable, edited, must, passRound, passToEnd, randomGame } from './play';

const rules = loadRules();
// The state's side type is still the schema's union; the scenario names the sides.
const [us, mx] = sideIds(rules.scenario) as readonly string[] as [SideId, SideId];
const start = rules.newGame({ seed: 7 });
const opener = start.turn.side;
const responder = opener === us ? mx : us;

/** A state with an offer standing, a consultation made and a round closed: every list has entries. */
function midGame(): GameState {
  let s = passRound(rules, start);
  const side = s.turn.side;
  const consultation = rules.scenario.consultations.find((c) => c.side === side)?.id ?? '';
  s = must(rules, s, { type: 'consult', side, consultation });
  return must(rules, s, { type: 'propose', side, package: { terms: { 'guard-size': 'none' } } });
}
const mid = midGame();
/** The side that consulted in `midGame` (the turn has since passed to the other). */
const consulted = mid.turn.side === us ? mx : us;

/** The first state of a random game that meets `test`. */
function gameWhere(test: (s: GameState) => boolean): GameState {
  for (let seed = 0; seed < 500; seed++) {
    const found = randomGame(rules, seed).states.find(test);
    if (found) return found;
  }
  throw new Error('no random game reached such a state');
}

/** The refusal for `value`, failing the test if it was restored. */
function refusal(value: unknown): RestoreError {
  const result = rules.restoreState(value);
  if (result.ok) throw new Error('expected the state to be refused');
  return result.error;
}

const paths = (e: RestoreError) => e.problems.map((p) => p.path);
const change = edited;

const REMOVE = Symbol('remove');

/** A JSON copy of `state` with the value at `path` (like `intel.us[0].kind`) replaced or removed. */
function withValue(state: GameState, path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let parent = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('restoreState accepts', () => {
  it('a new game, a game in progress and a finished one, as equal copies sharing nothing', () => {
    for (const s of [start, mid, passToEnd(rules, mid)]) {
      const input = JSON.parse(JSON.stringify(s));
      const result = rules.restoreState(input);
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toEqual(s);
      expect(rules.stateHash(result.value)).toBe(rules.stateHash(s));
      expect(result.value).not.toBe(input);
      expect(result.value.world).not.toBe(input.world);
      expect(result.value.log[0]).not.toBe(input.log[0]);
      input.world.encounters = -1;
      input.log[0].seq = 99;
      expect(result.value.world.encounters).toBe(s.world.encounters);
      expect(result.value.log[0]?.seq).toBe(0);
    }
  });

  it('a restored state that plays on exactly as the original', () => {
    const result = rules.restoreState(JSON.parse(JSON.stringify(mid)));
    if (!result.ok) throw new Error(result.error.message);
    const reply = { type: 'reject', side: mid.turn.side } as const;
    expect(rules.stateHash(must(rules, result.value, reply))).toBe(rules.stateHash(must(rules, mid, reply)));
  });
});

describe('restoreState error codes', () => {
  it('has one code per kind of failure', () => {
    expect(RESTORE_ERROR_CODES).toEqual([
      'NOT_A_STATE',
      'ENGINE_VERSION',
      'SCENARIO_VERSION',
      'MALFORMED_STATE',
      'INCONSISTENT_STATE',
    ]);
  });

  it('NOT_A_STATE for anything but an object', () => {
    for (const value of [null, undefined, 'state', 42, [], [start]])
      expect(refusal(value).code).toBe('NOT_A_STATE');
    expect(refusal([]).message).toBe('a saved game is a JSON object, not a list of 0');
  });

  it('ENGINE_VERSION names both versions', () => {
    const e = refusal(change(start, (s) => (s.engineVersion = '0.9.0')));
    expect(e.code).toBe('ENGINE_VERSION');
    expect(e.message).toBe(`saved with engine 0.9.0, this is ${ENGINE_VERSION}`);
    expect(paths(e)).toEqual(['engineVersion']);
  });

  it('SCENARIO_VERSION for another scenario or another version of this one', () => {
    const other = refusal(change(start, (s) => (s.scenarioId = 'june-2020')));
    expect(other.code).toBe('SCENARIO_VERSION');
    expect(other.message).toBe('saved with scenario "june-2020", this is "june-2019"');
    const hash = refusal(change(start, (s) => (s.scenarioHash = 'abcdef0123456789')));
    expect(hash.code).toBe('SCENARIO_VERSION');
    expect(hash.message).toBe(
      `saved with version abcdef012345 of scenario "june-2019", this is version ${rules.scenarioHash.slice(0, 12)}`,
    );
  });

  it('MALFORMED_STATE lists every problem with its path', () => {
    const e = refusal(
      change(mid, (s) => {
        s.world.encounters = -5;
        s.meters.trump = 1000;
        s.usedMoves = ['no-such-move'];
      }),
    );
    expect(e.code).toBe('MALFORMED_STATE');
    expect(paths(e)).toEqual(['world.encounters', 'meters.trump', 'usedMoves[0]']);
    expect(e.message).toMatch(/^this saved game is damaged or was edited: 3 problems \(world\.encounters: /);
  });

  it('INCONSISTENT_STATE when well formed parts disagree', () => {
    const e = refusal(change(mid, (s) => (s.date = '2019-06-07')));
    expect(e.code).toBe('INCONSISTENT_STATE');
    expect(e.problems).toEqual([
      { path: 'date', message: `round ${mid.round} is held with date "${mid.date}", not "2019-06-07"` },
    ]);
  });
});

describe('restoreState refuses what used to slip through', () => {
  const cases: [string, string, unknown][] = [
    ['a round stored as the string "0"', 'round', '0'],
    ['round 99', 'round', 99],
    ['round -1', 'round', -1],
    ['a null tariff.steps', 'tariff.steps', null],
    ['a null standing.package', 'standing.package', null],
    ['a null log', 'log', null],
    ['a null offersMade', 'offersMade', null],
    ['a missing turn', 'turn', REMOVE],
    ['an unknown turn.side', 'turn.side', 'ca'],
    ['a NaN meter', 'meters.trump', Number.NaN],
    ['a NaN meter read from JSON (null)', 'meters.trump', null],
    ['a string meter', 'meters.trump', '50'],
    ['NaN encounters', 'world.encounters', Number.NaN],
    ['NaN encounters read from JSON (null)', 'world.encounters', null],
    ['a NaN tariff', 'tariff.rate', Number.NaN],
    ['a NaN tariff read from JSON (null)', 'tariff.rate', null],
    ['an infinite tariff', 'tariff.rate', Number.POSITIVE_INFINITY],
    ['an extra key', 'cheat', true],
    ['a wrong-length rng', 'rng', [1, 2, 3]],
    ['an rng word beyond 32 bits', 'rng[0]', 2 ** 32],
    ['an unknown intel kind', `intel.${consulted}[0].kind`, 'gossip'],
    ['an unknown meter', 'meters.approval', 50],
    ['a missing meter', 'meters.trump', REMOVE],
    ['an unknown move', 'usedMoves[0]', 'no-such-move'],
    ['an unknown event', 'firedEvents[0]', 'no-such-event'],
    ['an unknown option in the standing offer', 'standing.package.terms.guard-size', 'army'],
    ['an unknown issue in the standing offer', 'standing.package.terms.wall', 'none'],
    ['a meter above its maximum', 'meters.trump', 101],
    ['negative encounters', 'world.encounters', -1],
    ['a tariff above 100%', 'tariff.rate', 101],
    ['a tariff schedule of the wrong length', 'tariff.steps', []],
    ['a fractional offer count', `offersMade.${responder}`, 0.5],
    ['a turn step of 2', 'turn.step', 2],
    ['an unknown log kind', 'log[0].kind', 'rumour'],
    ['a date that is not on the calendar', 'date', '2019-02-30'],
  ];
  for (const [what, path, value] of cases) {
    it(`refuses ${what}`, () => {
      const e = refusal(withValue(mid, path, value));
      expect(e.code).toBe('MALFORMED_STATE');
      expect(paths(e)).toContain(path);
    });
  }

  it('refuses NaN and Infinity handed over directly, not through JSON', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const direct = editable(mid);
      direct.meters.trump = bad;
      direct.world.encounters = bad;
      direct.tariff.rate = bad;
      const e = refusal(direct);
      expect(e.code).toBe('MALFORMED_STATE');
      expect(paths(e)).toEqual(['tariff.rate', 'world.encounters', 'meters.trump']);
    }
  });

  it('says what it expected and what it found', () => {
    expect(refusal(withValue(mid, 'world.encounters', null)).problems).toEqual([
      {
        path: 'world.encounters',
        message:
          'expected a number from 0 to 1000000000, got null (a NaN or infinite number is saved as null)',
      },
    ]);
    const e = refusal(withValue(mid, 'round', '0'));
    expect(e.problems).toEqual([
      {
        path: 'round',
        message: `expected a whole number from 0 to ${rules.rounds.length - 1}, got the string "0"`,
      },
    ]);
    expect(refusal(withValue(mid, 'turn', REMOVE)).problems).toEqual([
      { path: 'turn', message: 'is missing (expected an object)' },
    ]);
  });

  it('refuses a deal whose terms leave out an issue, naming the issue', () => {
    const dealt = gameWhere((s) => s.deal !== null);
    const e = refusal(withValue(dealt, 'deal.terms.guard-size', REMOVE));
    expect(e.problems).toEqual([
      { path: 'deal.terms.guard-size', message: 'is missing (a deal settles every issue)' },
    ]);
  });

  it('refuses an empty object, naming every missing field', () => {
    const e = refusal({});
    expect(e.code).toBe('MALFORMED_STATE');
    expect(paths(e)).toEqual(Object.keys(start));
  });

  it('names the exact place of an unknown option deep in the log', () => {
    const i = mid.log.findIndex((x) => x.kind === 'action' && x.action.type === 'propose');
    const e = refusal(withValue(mid, `log[${i}].action.package.terms.guard-size`, 'army'));
    expect(e.problems).toEqual([
      {
        path: `log[${i}].action.package.terms.guard-size`,
        message:
          'expected an option of issue "guard-size" (one of "none", "troops-2000", "troops-6000", "troops-10000", "troops-15000-plus"), got the string "army"',
      },
    ]);
  });

  it('refuses a key written as __proto__ rather than letting it reach the copy', () => {
    const text = JSON.stringify(mid).replace('"meters":{', '"meters":{"__proto__":{"polluted":1},');
    const e = refusal(JSON.parse(text));
    expect(paths(e)).toEqual(['meters.__proto__']);
  });
});

describe('restoreState checks the calendar and the log', () => {
  it('refuses a turn out of step with who opened the round', () => {
    const e = refusal(change(start, (s) => (s.turn.side = responder)));
    expect(e.code).toBe('INCONSISTENT_STATE');
    expect(paths(e)).toEqual(['turn.side']);
    expect(refusal(change(start, (s) => (s.turn.step = 1))).problems.map((p) => p.path)).toEqual([
      'turn.side',
    ]);
  });

  it('refuses a slot or phase that is not the round’s', () => {
    expect(paths(refusal(change(start, (s) => (s.slot = 'month'))))).toEqual(['slot']);
    expect(paths(refusal(change(start, (s) => (s.phase = 'tariff'))))).toEqual(['phase']);
  });

  it('refuses an ended game without an outcome, and an outcome in a game still on', () => {
    expect(paths(refusal(change(start, (s) => (s.phase = 'over'))))).toEqual(['outcome.kind']);
    const over = passToEnd(rules, mid);
    const reopened = change(over, (s) => (s.outcome = { kind: 'ongoing' }));
    expect(paths(refusal(reopened))).toEqual(['outcome.kind']);
  });

  it('refuses a tariff off its schedule while no deal is signed', () => {
    expect(paths(refusal(change(start, (s) => (s.tariff.rate = 25))))).toEqual(['tariff.rate']);
  });

  it('refuses a log that skips a number, goes back a round or miscounts the actions', () => {
    const skipped = refusal(withValue(mid, 'log[1].seq', 5));
    expect(skipped.problems).toEqual([{ path: 'log[1].seq', message: 'entry 1 is numbered 5' }]);
    const last = mid.log.length - 1;
    expect(paths(refusal(withValue(mid, `log[${last}].round`, 0)))).toEqual([`log[${last}].round`]);
    expect(paths(refusal(change(mid, (s) => (s.actionCount += 1))))).toEqual(['actionCount']);
  });

  it('refuses an event fired twice', () => {
    const twice = change(mid, (s) => {
      s.firedEvents = [...s.firedEvents, s.firedEvents[0] ?? ''];
    });
    expect(paths(refusal(twice))).toContain('firedEvents');
  });

  it('refuses intelligence from the other side’s consultation', () => {
    const holder = bySide(mid.intel, us).length > 0 ? us : mx;
    const e = refusal(
      change(mid, (s) => {
        s.intel = { [holder === us ? mx : us]: bySide(s.intel, holder), [holder]: [] };
      }),
    );
    expect(e.problems[0]?.message).toMatch(/belongs to the other side/);
  });
});

describe('restoreState at run time', () => {
  /** Every module that loading `entry` runs, following imports that are not `import type`. */
  function runtimeImports(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!file.startsWith('/')) return;
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/^import (?!type\s)[^;]*?from '([^']+)'/gms)) {
        if (!spec) continue;
        if (!spec.startsWith('.')) seen.add(spec);
        else visit(resolveModule(dirname(file), spec));
      }
    };
    visit(entry);
    return seen;
  }

  const resolveModule = (dir: string, spec: string) => {
    const base = resolve(dir, spec);
    return existsSync(`${base}.ts`) ? `${base}.ts` : resolve(base, 'index.ts');
  };

  it('loads no zod (the title screen ships without it)', () => {
    const entry = fileURLToPath(new URL('../../src/engine/restore.ts', import.meta.url));
    const modules = runtimeImports(entry);
    expect(modules.size).toBeGreaterThan(10);
    expect([...modules].filter((m) => m === 'zod' || m.endsWith('scenario/schema.ts'))).toEqual([]);
  });
});
