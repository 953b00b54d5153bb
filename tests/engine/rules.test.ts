import { describe, expect, it } from 'vitest';
import {
  ACTION_ERROR_CODES,
  type Action,
  type ActionErrorCode,
  completeTerms,
  type GameState,
  historicalPackage,
  type Package,
  stateHash,
} from '../../src/engine';
import type { SideId } from '../../src/scenario/sides';
import { refusal } from '../support/apply';
import { MX, US } from '../support/sides';
import { loadRules } from './fixture';
import {
  deepFreeze,
  edited,
  must,
  mustAll,
  pass,
  passRound,
  passToEnd,
  passToRound,
  randomAction,
  randomGame,
  randomPackage,
  rawClause,
  testRandom,
} from './play';

const rules = loadRules();
const start = () => rules.newGame({ seed: 1 });

const GUARD: Package = { terms: { guard: 'troops-6000' } };
/** Inside both win-sets: the US principal's utility test passes, and there is no treaty. */
const GOOD: Package = { terms: { guard: 'troops-6000', tariff: 'suspended' } };
/** Needs Mexico's Senate, which starts below the 66 the treaty needs. */
const TREATY: Package = { terms: { guard: 'troops-6000', 'third-country': 'treaty', tariff: 'suspended' } };
/** Below what the US principal accepts. */
const TOO_LITTLE: Package = { terms: { tariff: 'suspended' } };

interface ErrorCase {
  /** A state, and an action that the rules must refuse in it with the code. */
  setup: () => GameState;
  action: unknown;
}

const ERROR_CASES: Record<ActionErrorCode, ErrorCase> = {
  MALFORMED_ACTION: { setup: start, action: { type: 'dance', side: MX } },
  UNKNOWN_SIDE: { setup: start, action: { type: 'wait', side: 'ca' } },
  STATEMENT_TOO_LONG: {
    setup: start,
    action: { type: 'wait', side: MX, say: { text: { en: 'Listen. '.repeat(36), es: 'Escuchen.' } } },
  },
  STATEMENT_NOT_PLAIN_TEXT: {
    setup: start,
    action: { type: 'wait', side: MX, say: { text: { en: 'We wait.', es: 'Esperamos.\u0007' } } },
  },
  GAME_OVER: {
    setup: () =>
      mustAll(rules, start(), [
        { type: 'propose', side: MX, package: GOOD },
        { type: 'accept', side: US },
      ]),
    action: { type: 'wait', side: US },
  },
  NOT_YOUR_TURN: { setup: start, action: { type: 'wait', side: US } },
  SLOT_ALREADY_USED: {
    setup: () => must(rules, start(), { type: 'unilateral', side: MX, move: 'deploy-early' }),
    action: { type: 'consult', side: MX, consultation: 'ask-senate' },
  },
  UNKNOWN_MOVE: { setup: start, action: { type: 'unilateral', side: MX, move: 'invade' } },
  MOVE_WRONG_SIDE: { setup: start, action: { type: 'unilateral', side: MX, move: 'escalate' } },
  MOVE_WRONG_PHASE: { setup: start, action: { type: 'unilateral', side: MX, move: 'retaliate' } },
  MOVE_ALREADY_USED: {
    setup: () =>
      mustAll(rules, start(), [
        { type: 'unilateral', side: MX, move: 'deploy-early' },
        { type: 'wait', side: MX },
        { type: 'wait', side: US },
        { type: 'wait', side: US },
      ]),
    action: { type: 'unilateral', side: MX, move: 'deploy-early' },
  },
  UNKNOWN_CONSULTATION: { setup: start, action: { type: 'consult', side: MX, consultation: 'ouija' } },
  CONSULTATION_WRONG_SIDE: {
    setup: start,
    action: { type: 'consult', side: MX, consultation: 'ask-trump' },
  },
  NO_STANDING_OFFER: { setup: start, action: { type: 'accept', side: MX } },
  OWN_OFFER: {
    setup: () =>
      mustAll(rules, start(), [
        { type: 'propose', side: MX, package: GUARD },
        { type: 'counter', side: US, package: GOOD },
      ]),
    action: { type: 'accept', side: US },
  },
  MUST_RESPOND: {
    setup: () => must(rules, start(), { type: 'propose', side: MX, package: GUARD }),
    action: { type: 'wait', side: US },
  },
  TOO_EARLY_TO_WALK_OUT: { setup: start, action: { type: 'walkout', side: MX } },
  EMPTY_PACKAGE: { setup: start, action: { type: 'propose', side: MX, package: { terms: {} } } },
  UNKNOWN_ISSUE: {
    setup: start,
    action: { type: 'propose', side: MX, package: { terms: { wall: 'yes' } } },
  },
  UNKNOWN_OPTION: {
    setup: start,
    action: { type: 'propose', side: MX, package: { terms: { guard: 'troops-99000' } } },
  },
  INVALID_CONDITIONAL: {
    setup: start,
    action: {
      type: 'propose',
      side: MX,
      package: { terms: GUARD.terms, conditional: rawClause(30, { 'third-country': 'treaty' }) },
    },
  },
};

/** validate and apply both refuse with `code`, and the state is left exactly as it was. */
function expectRefused(state: GameState, action: unknown, code: ActionErrorCode): void {
  const before = structuredClone(state);
  const hash = stateHash(state);
  deepFreeze(state);
  expect(refusal(rules.validate(state, action))?.code).toBe(code);
  const result = rules.apply(state, action as Action);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(5);
  }
  expect(state).toEqual(before);
  expect(stateHash(state)).toBe(hash);
}

describe('every error code', () => {
  it('has a case here for each code in ACTION_ERROR_CODES', () => {
    expect(Object.keys(ERROR_CASES).sort()).toEqual([...ACTION_ERROR_CODES].sort());
  });

  for (const code of ACTION_ERROR_CODES) {
    it(`${code}: refused by validate and apply, with the state untouched`, () => {
      const c = ERROR_CASES[code];
      const state = c.setup();
      expectRefused(state, c.action, code);
    });
  }
});

describe('validation details', () => {
  it('calls anything that is not an action object malformed', () => {
    for (const action of [
      null,
      undefined,
      42,
      'wait',
      [],
      ['wait', MX],
      { side: MX },
      { type: 7, side: MX },
    ]) {
      expectRefused(start(), action, 'MALFORMED_ACTION');
    }
  });

  it('refuses a malformed package or statement as malformed', () => {
    const s = start();
    expectRefused(s, { type: 'propose', side: MX }, 'MALFORMED_ACTION');
    expectRefused(s, { type: 'propose', side: MX, package: { guard: 'troops-6000' } }, 'MALFORMED_ACTION');
    expectRefused(s, { type: 'propose', side: MX, package: { terms: ['guard'] } }, 'MALFORMED_ACTION');
    expectRefused(s, { type: 'wait', side: MX, say: 'hello' }, 'MALFORMED_ACTION');
    expectRefused(s, { type: 'wait', side: MX, say: { text: { en: 'hi' } } }, 'MALFORMED_ACTION');
  });

  it('checks every kind of bad conditional clause', () => {
    const s = start();
    const withClause = (conditional: unknown) => ({
      type: 'propose',
      side: MX,
      package: { terms: { ...GUARD.terms, review: 'at-45-and-90' }, conditional },
    });
    expectRefused(s, withClause('soon'), 'INVALID_CONDITIONAL');
    expectRefused(s, withClause(rawClause('45', { 'third-country': 'treaty' })), 'INVALID_CONDITIONAL');
    expectRefused(s, withClause(rawClause(undefined, { 'third-country': 'treaty' })), 'INVALID_CONDITIONAL');
    expectRefused(s, withClause(rawClause(45, { 'third-country': 'treaty' }, 25)), 'INVALID_CONDITIONAL');
    expectRefused(s, withClause(rawClause(45, {})), 'INVALID_CONDITIONAL');
    expectRefused(s, withClause(rawClause(45, { wall: 'yes' })), 'INVALID_CONDITIONAL');
    expectRefused(s, withClause(rawClause(45, { 'third-country': 'maybe' })), 'INVALID_CONDITIONAL');
    const ok = withClause(rawClause(45, { 'third-country': 'treaty' }, 30));
    expect(refusal(rules.validate(s, ok))).toBeNull();
    expect(refusal(rules.validate(s, withClause(rawClause(90, { 'third-country': 'treaty' }))))).toBeNull();
  });

  it("refuses to counter with no offer standing, and to counter or reject one's own offer", () => {
    expectRefused(start(), { type: 'counter', side: MX, package: GUARD }, 'NO_STANDING_OFFER');
    expectRefused(start(), { type: 'reject', side: MX }, 'NO_STANDING_OFFER');
    const own = ERROR_CASES.OWN_OFFER.setup();
    expectRefused(own, { type: 'counter', side: US, package: GUARD }, 'OWN_OFFER');
    expectRefused(own, { type: 'reject', side: US }, 'OWN_OFFER');
  });

  it('requires an answer to a standing offer before a new proposal', () => {
    const s = must(rules, start(), { type: 'propose', side: MX, package: GUARD });
    expectRefused(s, { type: 'propose', side: US, package: GOOD }, 'MUST_RESPOND');
  });

  it('reports the game over before whose turn it is', () => {
    const over = ERROR_CASES.GAME_OVER.setup();
    expectRefused(over, { type: 'wait', side: MX }, 'GAME_OVER');
    expect(rules.legalActions(over, US)).toEqual([]);
    expect(rules.legalActions(over, MX)).toEqual([]);
  });
});

describe('turn order', () => {
  it('lets Mexico, the opener, move first on round 0', () => {
    const s = start();
    expect(s.round).toBe(0);
    expect(s.turn).toEqual({ side: MX, step: 0, slotUsed: false });
    expect(rules.legalActions(s, US)).toEqual([]);
    expect(rules.legalActions(s, MX).length).toBeGreaterThan(0);
  });

  it('alternates the initiative every round, to the last', () => {
    let s = start();
    const openers: string[] = [];
    while (s.phase !== 'over') {
      expect(s.turn.step).toBe(0);
      openers.push(s.turn.side);
      const round = s.round;
      s = pass(rules, s);
      if (s.phase === 'over') break;
      expect(s.round).toBe(round);
      expect(s.turn.step).toBe(1);
      expect(s.turn.side).not.toBe(openers.at(-1));
      s = pass(rules, s);
      expect(s.phase === 'over' || s.round === round + 1).toBe(true);
    }
    expect(openers).toEqual(rules.rounds.map((r) => (r.index % 2 === 0 ? MX : US)));
  });

  it('allows one unilateral move or consultation, then one negotiating move, per turn', () => {
    let s = must(rules, start(), { type: 'unilateral', side: MX, move: 'deploy-early' });
    expect(s.turn).toEqual({ side: MX, step: 0, slotUsed: true });
    const legal = rules.legalActions(s, MX).map((a) => a.type);
    expect(legal).not.toContain('unilateral');
    expect(legal).not.toContain('consult');
    expectRefused(s, { type: 'unilateral', side: MX, move: 'lobby' }, 'SLOT_ALREADY_USED');
    s = must(rules, s, { type: 'wait', side: MX });
    expect(s.turn).toEqual({ side: US, step: 1, slotUsed: false });
    s = must(rules, s, { type: 'consult', side: US, consultation: 'ask-trump' });
    expect(s.turn).toEqual({ side: US, step: 1, slotUsed: true });
    expectRefused(s, { type: 'unilateral', side: US, move: 'escalate' }, 'SLOT_ALREADY_USED');
    s = must(rules, s, { type: 'wait', side: US });
    expect(s.round).toBe(1);
    expect(s.turn).toEqual({ side: US, step: 0, slotUsed: false });
  });

  it('lets a side negotiate without using its slot', () => {
    const s = must(rules, start(), { type: 'wait', side: MX });
    expect(s.turn.side).toBe(US);
  });
});

describe('offers', () => {
  it('runs propose → counter → accept into a deal with its review period', () => {
    let s = must(rules, start(), { type: 'propose', side: MX, package: GUARD });
    expect(s.standing).toEqual({ by: MX, package: GUARD, round: 0 });
    expect(s.offersMade).toEqual({ us: 0, mx: 1 });
    s = must(rules, s, { type: 'counter', side: US, package: GOOD });
    expect(s.standing).toEqual({ by: US, package: GOOD, round: 0 });
    expect(s.offersMade).toEqual({ us: 1, mx: 1 });
    expect(s.round).toBe(1);
    s = must(rules, s, { type: 'wait', side: US });
    expect(s.standing?.by).toBe(US);
    const signingDate = s.date;
    s = must(rules, s, { type: 'accept', side: MX });

    expect(s.phase).toBe('over');
    const outcome = rules.outcome(s);
    expect(outcome.kind).toBe('deal');
    if (outcome.kind !== 'deal') return;
    // The fixture's historical deal also has a conditional clause, so this one is not historical.
    expect(outcome).toMatchObject({ date: signingDate, round: 1, acceptedBy: MX, historical: false });
    expect(outcome.terms).toEqual(completeTerms(rules.scenario, GOOD.terms));
    expect(outcome.review.length).toBeGreaterThan(0);
    expect(outcome.review.map((r) => r.day)).toEqual([90]);
    expect(s.standing).toBeNull();
    expect(s.deal?.terms).toEqual(outcome.terms);
    const kinds = s.log.map((e) => e.kind);
    const ratification = s.log.find((e) => e.kind === 'ratification');
    expect(ratification).toMatchObject({ passed: true, failures: [] });
    expect(kinds.indexOf('ratification')).toBeLessThan(kinds.indexOf('deal'));
    expect(kinds.filter((k) => k === 'review')).toHaveLength(1);
    expect(kinds.at(-1)).toBe('end');
    // The deal suspends the tariff as soon as it is signed (the review may bring it back later).
    expect(s.log[kinds.indexOf('deal') + 1]).toMatchObject({ kind: 'tariff', rate: 0, status: 'suspended' });
    const last = s.timeline.at(-1);
    expect(last && last.date > signingDate).toBe(true);
    expect(rules.legalActions(s, US)).toEqual([]);
  });

  it('reviews at 45 and 90 days when the deal says so', () => {
    const s = mustAll(rules, start(), [
      { type: 'propose', side: MX, package: { terms: { ...GOOD.terms, review: 'at-45-and-90' } } },
      { type: 'accept', side: US },
    ]);
    const outcome = s.outcome;
    if (outcome.kind !== 'deal') expect.fail(`expected a deal, got ${outcome.kind}`);
    expect(outcome.review.map((r) => [r.day, r.date])).toEqual([
      [45, '2019-07-20'],
      [90, '2019-09-03'],
    ]);
  });

  it('fails ratification of a treaty the Senate will not pass: talks go on and the offer is gone', () => {
    let s = must(rules, start(), { type: 'propose', side: MX, package: TREATY });
    expect(s.meters.senate).toBeLessThan(66);
    s = must(rules, s, { type: 'accept', side: US });
    expect(s.phase).not.toBe('over');
    expect(s.outcome).toEqual({ kind: 'ongoing' });
    expect(s.deal).toBeNull();
    expect(s.standing).toBeNull();
    expect(s.log.filter((e) => e.kind === 'ratification')).toMatchObject([
      { passed: false, failures: ['senate-ratifies'], visibility: 'public' },
    ]);
    expect(s.round).toBe(1);
    expect(s.turn.side).toBe(US);
    expect(s.tariff.status).toBe('threatened');
  });

  it('ratifies the same treaty once the Senate meter is above its minimum', () => {
    const proposed = must(rules, start(), { type: 'propose', side: MX, package: TREATY });
    const keen = edited(proposed, (c) => {
      c.meters.senate = 80;
    });
    const s = must(rules, keen, { type: 'accept', side: US });
    expect(s.outcome.kind).toBe('deal');
    expect(s.log.find((e) => e.kind === 'ratification')).toMatchObject({ passed: true });
  });

  it('fails a package below what the US principal accepts, naming the US test', () => {
    const s = mustAll(rules, start(), [
      { type: 'propose', side: MX, package: TOO_LITTLE },
      { type: 'accept', side: US },
    ]);
    expect(s.outcome.kind).toBe('ongoing');
    expect(s.log.find((e) => e.kind === 'ratification')).toMatchObject({
      passed: false,
      failures: ['trump-enough'],
    });
  });

  it('ends the game on a walk-out once the tariff is in force, saying who walked', () => {
    let s = passToRound(rules, start(), 8);
    expect(rules.legalActions(s, MX)).toContainEqual({ type: 'walkout' });
    s = mustAll(rules, s, [
      { type: 'wait', side: MX },
      { type: 'walkout', side: US },
    ]);
    expect(s.phase).toBe('over');
    // The walk-out is dated when it happened; the tariff ladder then runs on to the end date.
    expect(s.outcome).toEqual({ kind: 'walkout', by: US, date: '2019-06-10', round: 8, finalTariff: 25 });
    expect(s.date).toBe(rules.scenario.calendar.end);
    expect(s.timeline.at(-1)?.tariff).toBe(25);
    expect(s.world.tariffPaidBn).toBeGreaterThan(0);
    expect(s.log.at(-1)).toMatchObject({ kind: 'end', outcome: 'walkout' });
  });

  it('allows no walk-out during the talks, even facing an offer', () => {
    for (let round = 0; round < 8; round++) {
      let s = passToRound(rules, start(), round);
      expect(rules.legalActions(s, s.turn.side)).not.toContainEqual({ type: 'walkout' });
      expectRefused(s, { type: 'walkout', side: s.turn.side }, 'TOO_EARLY_TO_WALK_OUT');
      s = must(rules, s, { type: 'propose', side: s.turn.side, package: GUARD });
      expectRefused(s, { type: 'walkout', side: s.turn.side }, 'TOO_EARLY_TO_WALK_OUT');
    }
  });

  it('clears the standing offer on a reject', () => {
    let s = must(rules, start(), { type: 'propose', side: MX, package: GUARD });
    s = must(rules, s, { type: 'reject', side: US });
    expect(s.standing).toBeNull();
    expect(s.round).toBe(1);
    expect(refusal(rules.validate(s, { type: 'accept', side: US }))?.code).toBe('NO_STANDING_OFFER');
  });

  it("keeps one's own standing offer on a wait, and replaces it on a new proposal", () => {
    let s = mustAll(rules, start(), [
      { type: 'propose', side: MX, package: GUARD },
      { type: 'counter', side: US, package: GOOD },
    ]);
    s = must(rules, s, { type: 'wait', side: US });
    expect(s.standing).toEqual({ by: US, package: GOOD, round: 0 });
    s = must(rules, s, { type: 'counter', side: MX, package: GUARD });
    expect(s.round).toBe(2);
    expect(s.standing).toEqual({ by: MX, package: GUARD, round: 1 });
    s = must(rules, s, { type: 'propose', side: MX, package: TREATY });
    expect(s.standing).toEqual({ by: MX, package: TREATY, round: 2 });
    expect(s.offersMade).toEqual({ us: 1, mx: 3 });
  });

  it('marks a deal historical when it holds the historical terms and clause', () => {
    const pkg = historicalPackage(rules.scenario);
    const s = mustAll(rules, start(), [
      { type: 'propose', side: MX, package: pkg },
      { type: 'accept', side: US },
    ]);
    expect(s.outcome).toMatchObject({ kind: 'deal', historical: true, conditional: pkg.conditional });
    expect(s.log.find((e) => e.kind === 'deal')).toMatchObject({ historical: true });
  });

  it('stores packages in a canonical order, whatever order their keys came in', () => {
    const a = must(rules, start(), {
      type: 'propose',
      side: MX,
      package: { terms: { tariff: 'suspended', guard: 'troops-6000' } },
    });
    const b = must(rules, start(), {
      type: 'propose',
      side: MX,
      package: { terms: { guard: 'troops-6000', tariff: 'suspended' } },
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(stateHash(a)).toBe(stateHash(b));
  });

  it('logs only the fields of an action that the rules know', () => {
    const action = {
      type: 'propose',
      side: MX,
      package: { terms: GUARD.terms, note: 'ignored' },
      extra: 'ignored',
      say: { text: { en: 'Take it', es: 'Tómalo' }, bluff: false, mood: 'ignored' },
    } as unknown as Action;
    const s = must(rules, start(), action);
    const logged = s.log.filter((e) => e.kind === 'action').at(-1);
    expect(logged).toMatchObject({ kind: 'action' });
    if (logged?.kind !== 'action') return;
    expect(logged.action).toEqual({
      type: 'propose',
      side: MX,
      package: { terms: { guard: 'troops-6000' } },
      say: { text: { en: 'Take it', es: 'Tómalo' }, bluff: false },
    });
    expect(s.standing?.package).toEqual({ terms: { guard: 'troops-6000' } });
  });
});

describe('the clock and the tariff', () => {
  it('reaches no deal at the end date when both sides only wait', () => {
    const s = passToEnd(rules, start());
    const last = rules.rounds.at(-1);
    expect(s.outcome).toEqual({
      kind: 'no-deal',
      date: rules.scenario.calendar.end,
      round: last?.index,
      finalTariff: 25,
    });
    expect(s.timeline).toHaveLength(rules.rounds.length);
    expect(s.timeline.map((t) => t.round)).toEqual(rules.rounds.map((r) => r.index));
    expect(s.world.elapsedDays).toBe(rules.rounds.reduce((a, r) => a + r.days, 0));
  });

  it('also reaches no deal when the sides keep proposing and rejecting', () => {
    let s = start();
    while (s.phase !== 'over') {
      const side = s.turn.side;
      s =
        s.standing && s.standing.by !== side
          ? must(rules, s, { type: 'reject', side })
          : must(rules, s, { type: 'propose', side, package: side === US ? TREATY : TOO_LITTLE });
    }
    expect(s.outcome.kind).toBe('no-deal');
  });

  it('starts the tariff at 5% on June 10 with no deal and steps it up on schedule', () => {
    let s = start();
    const seen: [string, number, string][] = [];
    while (s.phase !== 'over') {
      seen.push([s.date, s.tariff.rate, s.tariff.status]);
      s = passRound(rules, s);
    }
    expect(seen.slice(7)).toEqual([
      ['2019-06-09', 0, 'threatened'],
      ['2019-06-10', 5, 'in-force'],
      ['2019-07-01', 10, 'in-force'],
      ['2019-08-01', 15, 'in-force'],
      ['2019-09-01', 20, 'in-force'],
      ['2019-10-01', 25, 'in-force'],
    ]);
    expect(seen.slice(0, 8).every(([, rate]) => rate === 0)).toBe(true);
    const tariffLog = s.log.flatMap((e) => (e.kind === 'tariff' ? [[e.date, e.rate, e.status]] : []));
    expect(tariffLog).toEqual([
      ['2019-06-05', 0, 'threatened'],
      ['2019-06-10', 5, 'in-force'],
      ['2019-07-01', 10, 'in-force'],
      ['2019-08-01', 15, 'in-force'],
      ['2019-09-01', 20, 'in-force'],
      ['2019-10-01', 25, 'in-force'],
    ]);
  });

  it('raises every step still ahead with the escalate move', () => {
    let s = passToRound(rules, start(), 1);
    s = must(rules, s, { type: 'unilateral', side: US, move: 'escalate' });
    expect(s.tariff.steps.map((x) => x.rate)).toEqual([10, 15, 20, 25, 30]);
    expect(s.tariff.rate).toBe(0);
    s = passToRound(rules, s, 8);
    expect(s.tariff.rate).toBe(10);
    // In the tariff phase, the step already taken stays; later ones rise again.
    s = passToRound(rules, s, 9);
    expect(s.date).toBe('2019-07-01');
    s = must(rules, s, { type: 'unilateral', side: US, move: 'escalate' });
    expect(s.tariff.rate).toBe(15);
    expect(s.tariff.steps.map((x) => x.rate)).toEqual([10, 15, 25, 30, 35]);
    s = passToRound(rules, s, 10);
    expect(s.tariff.rate).toBe(25);
  });

  it('moves every step still ahead a month later with the delay move', () => {
    let s = passToRound(rules, start(), 1);
    s = must(rules, s, { type: 'unilateral', side: US, move: 'delay' });
    expect(s.tariff.steps).toEqual([
      { date: '2019-07-10', rate: 5 },
      { date: '2019-07-31', rate: 10 },
      { date: '2019-08-31', rate: 15 },
      { date: '2019-10-01', rate: 20 },
      { date: '2019-10-31', rate: 25 },
    ]);
    const rates: [string, number][] = [];
    while (s.phase !== 'over') {
      if (s.round >= 8) rates.push([s.date, s.tariff.rate]);
      s = passRound(rules, s);
    }
    expect(rates).toEqual([
      ['2019-06-10', 0],
      ['2019-07-01', 0],
      ['2019-08-01', 10],
      ['2019-09-01', 15],
      ['2019-10-01', 20],
    ]);
  });

  it('refuses a `once` move the second time, but not a repeatable one', () => {
    let s = passToRound(rules, start(), 1);
    s = mustAll(rules, s, [
      { type: 'unilateral', side: US, move: 'delay' },
      { type: 'wait', side: US },
      { type: 'wait', side: MX },
    ]);
    s = passRound(rules, s);
    expect(s.turn.side).toBe(US);
    expectRefused(s, { type: 'unilateral', side: US, move: 'delay' }, 'MOVE_ALREADY_USED');
    expect(rules.legalActions(s, US)).not.toContainEqual({ type: 'unilateral', move: 'delay' });
    s = must(rules, s, { type: 'unilateral', side: US, move: 'escalate' });
    s = passRound(rules, s);
    s = passRound(rules, s);
    expect(rules.legalActions(s, US)).toContainEqual({ type: 'unilateral', move: 'escalate' });
    must(rules, s, { type: 'unilateral', side: US, move: 'escalate' });
  });

  it('allows tariff-phase moves only from the deadline on', () => {
    const talks = passToRound(rules, start(), 6);
    expectRefused(talks, { type: 'unilateral', side: MX, move: 'retaliate' }, 'MOVE_WRONG_PHASE');
    const tariff = passToRound(rules, start(), 8);
    expect(tariff.phase).toBe('tariff');
    must(rules, tariff, { type: 'unilateral', side: MX, move: 'retaliate' });
    expectRefused(tariff, { type: 'unilateral', side: MX, move: 'deploy-early' }, 'MOVE_WRONG_PHASE');
  });

  it("applies a move's effects on meters and trust at once", () => {
    const s0 = start();
    const s = must(rules, s0, { type: 'unilateral', side: MX, move: 'deploy-early' });
    expect(s.meters.approval).toBeCloseTo((s0.meters.approval ?? 0) + 1, 6);
    expect(s.world.trust).toBe(s0.world.trust + 5);
    expect(s.world.flowEffect).toBeCloseTo(s0.world.flowEffect + 0.05, 9);
    expect(s.usedMoves).toEqual(['deploy-early']);
  });
});

describe('purity', () => {
  it('never mutates the input state: apply works on a deep-frozen state', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const random = testRandom(seed);
      let s = rules.newGame({ seed });
      while (s.phase !== 'over') {
        const frozen = deepFreeze(structuredClone(s));
        const copy = structuredClone(frozen);
        const action = randomAction(rules, frozen, random);
        const result = rules.apply(frozen, action);
        if (!result.ok) expect.fail(`${result.error.code}: ${result.error.message}`);
        expect(frozen).toEqual(copy);
        s = result.value;
      }
    }
  });

  it('is deterministic: the same seed and actions give the same states', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const { states, actions } = randomGame(rules, seed);
      let s = rules.newGame({ seed });
      actions.forEach((a, i) => {
        s = must(rules, s, a);
        expect(stateHash(s)).toBe(stateHash(states[i + 1] as GameState));
      });
      expect(s).toEqual(states.at(-1));
    }
  });

  it('keeps the old state usable: two different actions from one state branch independently', () => {
    const s = deepFreeze(start());
    const a = must(rules, s, { type: 'wait', side: MX });
    const b = must(rules, s, { type: 'propose', side: MX, package: GUARD });
    expect(a.standing).toBeNull();
    expect(b.standing?.package).toEqual(GUARD);
    expect(a.log.length).toBe(b.log.length);
  });
});

describe('legalActions', () => {
  it('lists exactly what validate accepts, throughout random games', () => {
    const probes = (side: SideId): unknown[] => [
      { type: 'wait', side },
      { type: 'accept', side },
      { type: 'reject', side },
      { type: 'walkout', side },
      ...rules.scenario.moves.map((m) => ({ type: 'unilateral', side, move: m.id })),
      ...rules.scenario.consultations.map((c) => ({ type: 'consult', side, consultation: c.id })),
    ];
    const key = (a: unknown) => {
      const { side: _side, ...rest } = a as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    for (let seed = 1; seed <= 15; seed++) {
      const random = testRandom(seed * 7);
      for (const s of randomGame(rules, seed).states) {
        for (const side of [US, MX] as const) {
          const legal = rules.legalActions(s, side);
          const listed = new Set(legal.map(key));
          for (const probe of probes(side)) {
            const ok = refusal(rules.validate(s, probe)) === null;
            if (ok !== listed.has(key(probe))) {
              expect.fail(`round ${s.round}, ${side}: ${key(probe)} validates: ${ok}, listed: ${!ok}`);
            }
          }
          for (const type of ['propose', 'counter'] as const) {
            const pkg = randomPackage(rules, random);
            const ok = refusal(rules.validate(s, { type, side, package: pkg })) === null;
            expect(ok).toBe(listed.has(JSON.stringify({ type })));
          }
        }
      }
    }
  });
});
