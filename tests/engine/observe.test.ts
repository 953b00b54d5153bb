import { describe, expect, it } from 'vitest';
import { type Action, type GameState, type Observation, type Rules, stateHash } from '../../src/engine';
import { packageUtility } from '../../src/engine/offer';
import { reservationValue } from '../../src/engine/reservation';
import { round6 } from '../../src/engine/rounding';
import type { Scenario } from '../../src/scenario/schema';
import { bySide, sideInfo } from '../../src/scenario/sides';
import { cutShort, playedGame } from '../replay/games';
import { loadRules as loadJune } from '../support/scenarios';
import { MX, US } from '../support/sides';
import { loadRules, variantRules } from './fixture';
import { must, mustAll, randomGame } from './play';

const rules = loadRules();
const { scenario } = rules;

/** Matches a number written out on its own, not as part of a longer one. */
const numberPattern = (n: number) => new RegExp(`(?<![\\d.])${String(n).replace('.', '\\.')}(?![\\d])`);

/** Every private number of Mexico's in the fixture (they are written with odd decimals to be findable). */
const mexicoPrivateNumbers = [
  ...scenario.issues.map((i) => bySide(i.weight, MX)),
  ...scenario.issues.flatMap((i) => i.options.map((o) => bySide(o.value, MX))),
  bySide(scenario.reservation, MX).base,
].filter((n) => !Number.isInteger(n));

function expectNothingOfMexico(state: GameState, obs: Observation): void {
  const text = JSON.stringify(obs);
  const brief = sideInfo(scenario, MX).brief;
  expect(text).not.toContain(brief.en);
  expect(text).not.toContain(brief.es);
  for (const n of mexicoPrivateNumbers) {
    if (numberPattern(n).test(text)) expect.fail(`Mexico's private number ${n} is visible to the US`);
  }
  const reservation = round6(reservationValue(scenario, state, MX));
  if (numberPattern(reservation).test(text)) expect.fail(`Mexico's reservation ${reservation} is visible`);
  const senateValues = [state.meters.senate, ...state.timeline.map((t) => t.meters.senate)];
  for (const v of senateValues) {
    if (v !== undefined && !Number.isInteger(v) && numberPattern(v).test(text)) {
      expect.fail(`Mexico's private Senate meter ${v} is visible`);
    }
  }
  // And by structure.
  expect(obs.you.brief).toEqual(sideInfo(scenario, US).brief);
  expect(obs.you.weights).toEqual(
    Object.fromEntries(scenario.issues.map((i) => [i.id, bySide(i.weight, US)])),
  );
  expect(obs.you.values).toEqual(
    Object.fromEntries(
      scenario.issues.map((i) => [
        i.id,
        Object.fromEntries(i.options.map((o) => [o.id, bySide(o.value, US)])),
      ]),
    ),
  );
  expect(obs.you.reservation).toBe(round6(reservationValue(scenario, state, US)));
  expect(obs.you.winsets.map((w) => w.id)).toEqual(['trump-enough']);
  const senate = obs.meters.find((m) => m.id === 'senate');
  expect(senate?.value).toBeNull();
  for (const snap of obs.timeline) expect(snap.meters).not.toHaveProperty('senate');
  expect(obs.intel).toEqual(state.intel.us);
  expect(obs.log.every((e) => e.visibility !== MX)).toBe(true);
}

describe('what the US sees of Mexico', () => {
  it("never includes Mexico's brief, weights, values, reservation or private meters", () => {
    let checked = 0;
    for (let seed = 1; seed <= 25; seed++) {
      for (const s of randomGame(rules, seed).states) {
        if (s.phase === 'over') continue;
        expectNothingOfMexico(s, rules.observe(s, US));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("shows Mexico's private meters only as a band that holds the true value", () => {
    for (const s of randomGame(rules, 3).states) {
      const view = rules.observe(s, US).meters.find((m) => m.id === 'senate');
      const [lo, hi] = view?.estimate ?? [Number.NaN, Number.NaN];
      const v = s.meters.senate ?? Number.NaN;
      expect(lo <= v && v <= hi).toBe(true);
      expect(hi - lo).toBeLessThanOrEqual(20);
    }
  });

  it("is unchanged when Mexico's private parameters change", () => {
    // Consultations that estimate Mexico's priorities or reservation reveal them on purpose; leave
    // them out so the test isolates what observe itself lets through.
    const withoutSpies = (sc: Scenario) => {
      sc.consultations = sc.consultations.filter(
        (c) => c.reveals !== 'other-reservation' && c.reveals !== 'other-priorities',
      );
    };
    const base = variantRules(withoutSpies);
    const changed = variantRules((sc) => {
      withoutSpies(sc);
      sideInfo(sc, MX).brief = { en: 'A different brief.', es: 'Otras instrucciones.' };
      for (const issue of sc.issues) {
        issue.weight[MX] = 1 / sc.issues.length;
        for (const o of issue.options) o.value[MX] = 1 - bySide(o.value, MX);
      }
      sc.reservation.mx = {
        base: 0.9,
        meters: { senate: -0.001 },
        world: { trust: 0.002 },
        assumption: 'test',
      };
    });
    for (let seed = 1; seed <= 15; seed++) {
      const { states, actions } = randomGame(base, seed);
      let other = changed.newGame({ seed });
      states.forEach((s, i) => {
        if (i > 0) other = must(changed, other, actions[i - 1] as Action);
        if (s.phase === 'over') return;
        expect(changed.observe(other, US)).toEqual(base.observe(s, US));
      });
    }
  });

  it("does not include Mexico's intelligence, and Mexico does not see the US's", () => {
    let s = must(rules, rules.newGame({ seed: 1 }), {
      type: 'consult',
      side: MX,
      consultation: 'ask-senate',
    });
    s = mustAll(rules, s, [
      { type: 'wait', side: MX },
      { type: 'consult', side: US, consultation: 'cia-estimate' },
    ]);
    const us = rules.observe(s, US);
    const mx = rules.observe(s, MX);
    const intelKinds = (o: Observation) => o.log.flatMap((e) => (e.kind === 'intel' ? [e.record.kind] : []));
    expect(intelKinds(us)).toEqual(['other-reservation']);
    expect(intelKinds(mx)).toEqual(['own-winset']);
    expect(us.intel.map((r) => r.consultation)).toEqual(['cia-estimate']);
    expect(mx.intel.map((r) => r.consultation)).toEqual(['ask-senate']);
    // The consultations themselves are public moves.
    const consults = (o: Observation) =>
      o.log.flatMap((e) =>
        e.kind === 'action' && e.action.type === 'consult' ? [e.action.consultation] : [],
      );
    expect(consults(us)).toEqual(['ask-senate', 'cia-estimate']);
    expect(consults(mx)).toEqual(['ask-senate', 'cia-estimate']);
  });
});

describe('what Mexico sees', () => {
  it('is its own side: exact own meters, its own brief, weights and win-sets', () => {
    const s = rules.newGame({ seed: 1 });
    const obs = rules.observe(s, MX);
    expect(obs.side).toBe(MX);
    expect(obs.you.brief).toEqual(sideInfo(scenario, MX).brief);
    expect(obs.you.weights.guard).toBe(0.2713);
    expect(obs.you.reservation).toBe(round6(reservationValue(scenario, s, MX)));
    expect(obs.you.winsets.map((w) => w.id)).toEqual(['senate-ratifies']);
    expect(obs.meters.find((m) => m.id === 'senate')?.value).toBe(s.meters.senate);
    // The US approval meter is public: both see it exactly.
    expect(obs.meters.find((m) => m.id === 'approval')?.value).toBe(s.meters.approval);
    expect(JSON.stringify(obs)).not.toContain(sideInfo(scenario, US).brief.en);
  });
});

describe('bluffs', () => {
  const say = { text: { en: 'This is our final offer.', es: 'Es nuestra última oferta.' }, bluff: true };

  function bluffed(): GameState {
    return must(rules, rules.newGame({ seed: 1 }), {
      type: 'propose',
      side: MX,
      package: { terms: { guard: 'troops-6000' } },
      say,
    });
  }
  const lastAction = (o: Observation) => {
    const entry = o.log.filter((e) => e.kind === 'action').at(-1);
    return entry?.kind === 'action' ? entry.action : undefined;
  };

  it('are hidden from the other side while the game goes on, but not the words', () => {
    const s = bluffed();
    const us = lastAction(rules.observe(s, US));
    expect(us?.say).toEqual({ text: say.text });
    expect(JSON.stringify(rules.observe(s, US))).not.toContain('bluff');
  });

  it('are visible to the side that bluffed', () => {
    expect(lastAction(rules.observe(bluffed(), MX))?.say).toEqual(say);
  });

  it('are revealed to both once the game is over', () => {
    const s = must(rules, bluffed(), { type: 'accept', side: US });
    expect(s.phase).toBe('over');
    const entries = rules.observe(s, US).log.filter((e) => e.kind === 'action');
    const proposal = entries.find((e) => e.kind === 'action' && e.action.type === 'propose');
    expect(proposal?.kind === 'action' && proposal.action.say).toEqual(say);
  });

  it('leave the state itself untouched', () => {
    const s = bluffed();
    const copy = structuredClone(s);
    rules.observe(s, US);
    expect(s).toEqual(copy);
  });
});

describe('the observation', () => {
  function everyState(r: Rules, seeds: number): GameState[] {
    const out: GameState[] = [];
    for (let seed = 1; seed <= seeds; seed++) out.push(...randomGame(r, seed).states);
    return out;
  }

  it('lists exactly the legal actions of legalActions, and says whose turn it is', () => {
    for (const s of everyState(rules, 10)) {
      for (const side of [US, MX] as const) {
        const obs = rules.observe(s, side);
        expect(obs.legal).toEqual(rules.legalActions(s, side));
        expect(obs.yourTurn).toBe(s.phase !== 'over' && s.turn.side === side);
      }
    }
  });

  it('reports the public state as it is', () => {
    for (const s of everyState(rules, 3)) {
      const obs = rules.observe(s, US);
      expect(obs).toMatchObject({
        side: US,
        scenarioId: 'small',
        phase: s.phase,
        round: s.round,
        roundCount: rules.rounds.length,
        date: s.date,
        deadline: '2019-06-10',
        offersMade: s.offersMade,
        outcome: s.outcome,
      });
      expect(obs.tariff.rate).toBe(s.tariff.rate);
      expect(obs.world.encounters).toBe(s.world.encounters);
      expect(obs.timeline).toHaveLength(s.timeline.length);
    }
  });

  it("values a standing offer for the observer, with the observer's own win-set", () => {
    const pkg = { terms: { guard: 'troops-6000', tariff: 'suspended' } };
    const s = must(rules, rules.newGame({ seed: 1 }), { type: 'propose', side: MX, package: pkg });
    const us = rules.observe(s, US).standing;
    expect(us).toMatchObject({ by: MX, package: pkg, round: 0, yourWinsetPasses: true });
    expect(us?.yourUtility).toBe(round6(packageUtility(scenario, US, pkg)));
    const mx = rules.observe(s, MX).standing;
    expect(mx?.yourUtility).toBe(round6(packageUtility(scenario, MX, pkg)));
  });

  it('is plain JSON', () => {
    for (const s of everyState(rules, 3)) {
      const obs = rules.observe(s, MX);
      expect(JSON.parse(JSON.stringify(obs))).toEqual(obs);
    }
  });
});

/**
 * Writes into every part of a value, as a careless or hostile reader might: every leaf replaced,
 * every array grown, every object given a new key, depth first. Frozen parts refuse quietly.
 */
function vandalise(value: unknown, seen = new Set<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const target = value as Record<string, unknown>;
  for (const key of Object.keys(target)) vandalise(target[key], seen);
  for (const key of Object.keys(target)) Reflect.set(target, key, scrambled(target[key]));
  if (Array.isArray(value)) Reflect.apply(Array.prototype.push, value, ['vandal']);
  else Reflect.set(target, 'vandal', { terms: { guard: 'none' } });
}

function scrambled(leaf: unknown): unknown {
  switch (typeof leaf) {
    case 'number':
      return leaf + 1;
    case 'string':
      return `${leaf}-edited`;
    case 'boolean':
      return !leaf;
    default:
      // Objects stay in place (their contents were already edited) unless they are null.
      return leaf === null ? 'edited' : leaf;
  }
}

describe('an observation written into', () => {
  it('changes nothing in the state, and the game plays on exactly as an untouched one', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const control = randomGame(rules, seed);
      let s = rules.newGame({ seed });
      control.actions.forEach((action, i) => {
        const before = structuredClone(s);
        const hash = stateHash(s);
        for (const side of [US, MX] as const) vandalise(rules.observe(s, side));
        expect(stateHash(s)).toBe(hash);
        expect(s).toEqual(before);
        s = must(rules, s, action);
        expect(stateHash(s)).toBe(stateHash(control.states[i + 1] as GameState));
      });
      // And after the end, the outcome and the deal.
      for (const side of [US, MX] as const) vandalise(rules.observe(s, side));
      expect(s).toEqual(control.states.at(-1));
    }
  });

  it('does not change the offer that an accept then accepts, nor what the log says was offered', () => {
    const pkg = { terms: { guard: 'troops-6000', tariff: 'suspended' } };
    let s = must(rules, rules.newGame({ seed: 1 }), { type: 'propose', side: MX, package: pkg });
    const seen = rules.observe(s, US);
    const standing = seen.standing as { package: { terms: Record<string, string> } };
    standing.package.terms.tariff = 'imposed';
    standing.package.terms['third-country'] = 'treaty';
    s = must(rules, s, { type: 'accept', side: US });
    expect(s.deal?.package).toEqual(pkg);
    const offered = rules
      .observe(s, US)
      .log.flatMap((e) => (e.kind === 'action' && e.action.type === 'propose' ? [e.action.package] : []));
    expect(offered).toEqual([pkg]);
  });

  it('does not reach the next observation of the same state', () => {
    const { states } = randomGame(rules, 4);
    for (const s of states) {
      const fresh = structuredClone(rules.observe(s, MX));
      vandalise(rules.observe(s, MX));
      expect(rules.observe(s, MX)).toEqual(fresh);
    }
  });
});

describe('observeAll (the replay viewer’s "everything")', () => {
  const june = loadJune();
  it('shows every log entry, every private meter and every bluff, mid-game', () => {
    let bluffsSeen = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const end = playedGame(june, ['hardliner:hard', 'sovereigntist:hard'], seed);
      for (let n = 0; n < end.actionCount; n += 3) {
        const state = cutShort(june, end, n);
        const all = june.observeAll(state, US);
        expect(all.log).toHaveLength(state.log.length);
        expect(all.meters.every((m) => m.value !== null && m.estimate === null)).toBe(true);
        const bluffs = state.log.filter((e) => e.kind === 'action' && e.action.say?.bluff).length;
        expect(all.log.filter((e) => e.kind === 'action' && e.action.say?.bluff)).toHaveLength(bluffs);
        bluffsSeen += bluffs;
        // The seat's own tables stay its own, and the side's own view is unchanged by it.
        const own = june.observe(state, US);
        expect(all.you).toEqual(own.you);
        expect(own.meters.some((m) => m.value === null)).toBe(true);
      }
    }
    expect(bluffsSeen).toBeGreaterThan(0);
  });
});
