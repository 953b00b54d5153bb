// Properties of whole games under random legal play, over thousands of seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyPlayer } from '../../src/ai/history-player';
import { seatFor } from '../../src/ai/match';
import { randomPlayer } from '../../src/ai/random-player';
import { type Action, createRules, type GameState, type Rules } from '../../src/engine';
import { scheduledRate } from '../../src/engine/tariff';
import type { Scenario } from '../../src/scenario/schema';
import { bySide, type SideId, sideInfo } from '../../src/scenario/sides';
import { present } from '../support/present';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const RUNS = 2000;

interface Played {
  states: GameState[];
  actions: Action[];
}

type Kind = 'random' | 'history';

/**
 * Random play on at least one side; the history player on the other half the time, so that deals,
 * ratification and the review period are exercised as well as walk-outs and the October end.
 */
function play(
  r: Rules,
  seed: number,
  playerSeed: number,
  kinds: [Kind, Kind] = ['random', 'random'],
): Played {
  const make = (kind: Kind, side: SideId, s: number) =>
    kind === 'random'
      ? randomPlayer({ scenario: r.scenario, side, seed: s })
      : historyPlayer({ scenario: r.scenario, side, seed: s });
  const players = { us: make(kinds[0], US, playerSeed), mx: make(kinds[1], MX, playerSeed + 1) };
  let state = r.newGame({ seed });
  const states = [state];
  const actions: Action[] = [];
  while (state.phase !== 'over') {
    const side = state.turn.side;
    const action = bySide(players, side).decide(seatFor(r, state, side));
    const result = r.apply(state, action);
    if (!result.ok) throw new Error(`illegal: ${result.error.code} ${result.error.message}`);
    state = result.value;
    states.push(state);
    actions.push(action);
  }
  return { states, actions };
}

function numbersAreFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(numbersAreFinite);
  if (value && typeof value === 'object') return Object.values(value).every(numbersAreFinite);
  return true;
}

const kinds = fc.constantFrom<[Kind, Kind]>(
  ['random', 'random'],
  ['random', 'history'],
  ['history', 'random'],
);
const seeds = fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 1_000_000 }), kinds);

describe('random legal play (june-2019)', () => {
  it('covers every kind of ending, so the properties below are tested on all of them', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const who: [Kind, Kind] =
        i % 3 === 0 ? ['random', 'random'] : i % 3 === 1 ? ['random', 'history'] : ['history', 'random'];
      const { states } = play(rules, i, i * 7, who);
      const end = present(states.at(-1));
      seen.add(end.outcome.kind === 'deal' ? `deal-${end.outcome.verdict}` : end.outcome.kind);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['deal-held', 'no-deal', 'walkout']));
  });

  it('never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(seeds, ([seed, playerSeed, who]) => {
        const { states } = play(rules, seed, playerSeed, who);
        const last = present(states.at(-1));
        expect(last.outcome.kind).not.toBe('ongoing');
        // Violations are collected as text so a failure names every broken invariant at once.
        const violations: string[] = [];
        let previous: GameState | null = null;
        for (const s of states) {
          const at = `${s.date} round ${s.round} action ${s.actionCount}`;
          if (!numbersAreFinite(s)) violations.push(`${at}: a number is NaN or infinite`);
          for (const m of rules.scenario.meters) {
            const v = present(s.meters[m.id], m.id);
            if (!(v >= m.min && v <= m.max)) violations.push(`${at}: meter ${m.id} = ${v}`);
          }
          // Without a deal the tariff is exactly what the (possibly bent) schedule says for today.
          if (s.deal === null && s.tariff.rate !== scheduledRate(s.tariff.steps, s.date)) {
            violations.push(`${at}: tariff ${s.tariff.rate} off the schedule`);
          }
          if (s.tariff.rate < 0) violations.push(`${at}: negative tariff`);
          if (previous) {
            if (s.date < previous.date) violations.push(`${at}: the date went back from ${previous.date}`);
            if (s.round < previous.round) violations.push(`${at}: the round went back`);
            if (s.world.elapsedDays < previous.world.elapsedDays)
              violations.push(`${at}: world time went back`);
            if (s.log.length <= previous.log.length) violations.push(`${at}: an action left no log entry`);
          }
          previous = s;
        }
        expect(violations).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('survives a JSON round trip losslessly, mid-game and at the end', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), ([seed, playerSeed, who], pick) => {
        const { states, actions } = play(rules, seed, playerSeed, who);
        const i = pick % states.length;
        const copy = JSON.parse(JSON.stringify(states[i])) as GameState;
        expect(copy).toEqual(states[i]);
        expect(rules.stateHash(copy)).toBe(rules.stateHash(present(states[i])));
        // Playing on from the copy lands exactly where the original did.
        let s = copy;
        for (const a of actions.slice(i)) {
          const r = rules.apply(s, a);
          if (!r.ok) throw new Error(r.error.message);
          s = r.value;
        }
        expect(rules.stateHash(s)).toBe(rules.stateHash(present(states.at(-1))));
      }),
      { numRuns: RUNS },
    );
  });

  it('replays: the recorded actions from the seed give the same state hash', () => {
    fc.assert(
      fc.property(seeds, ([seed, playerSeed, who]) => {
        const { states, actions } = play(rules, seed, playerSeed, who);
        const final = present(states.at(-1));
        // The log alone carries the actions, as a replay file will.
        const logged = final.log.flatMap((e) => (e.kind === 'action' ? [e.action] : []));
        expect(logged.length).toBe(actions.length);
        let s = rules.newGame({ seed });
        for (const a of logged) {
          const r = rules.apply(s, a);
          if (!r.ok) throw new Error(r.error.message);
          s = r.value;
        }
        expect(rules.stateHash(s)).toBe(rules.stateHash(final));
        expect(s).toEqual(final);
      }),
      { numRuns: RUNS },
    );
  });
});

/** The same scenario with everything one side keeps private changed. */
function withSecretsChanged(scenario: Scenario, side: SideId): Scenario {
  const copy = structuredClone(scenario);
  sideInfo(copy, side).brief = { en: 'SECRET BRIEF CHANGED', es: 'INFORME SECRETO CAMBIADO' };
  copy.reservation[side] = { base: 0.123, assumption: 'test' };
  copy.issues.forEach((issue, i) => {
    issue.weight[side] = (i + 1) / 1000;
    issue.options.forEach((o, j) => {
      o.value[side] = ((j * 7 + i) % 10) / 10;
    });
  });
  return copy;
}

describe('observation', () => {
  const variants = {
    us: createRules(withSecretsChanged(rules.scenario, US), 'x'),
    mx: createRules(withSecretsChanged(rules.scenario, MX), 'x'),
  };

  it("never depends on, or shows, the other side's private data", () => {
    fc.assert(
      fc.property(seeds, fc.nat(), ([seed, playerSeed, who], pick) => {
        const { states } = play(rules, seed, playerSeed, who);
        const s = present(states[pick % states.length]);
        for (const side of [US, MX] as const) {
          const other: SideId = side === US ? MX : US;
          const seen = rules.observe(s, side);
          const seenWithOtherSecretsChanged = bySide(variants, other).observe(s, side);
          expect(seenWithOtherSecretsChanged).toEqual(seen);
          const text = JSON.stringify(seen);
          expect(text).not.toContain(sideInfo(rules.scenario, other).brief.en);
          for (const m of rules.scenario.meters) {
            if (m.side === side || m.visibility === 'public') continue;
            expect(seen.meters.find((v) => v.id === m.id)?.value).toBeNull();
            for (const snap of seen.timeline) expect(snap.meters[m.id]).toBeUndefined();
          }
          expect(seen.log.every((e) => e.visibility === 'public' || e.visibility === side)).toBe(true);
          expect(seen.intel).toEqual(bySide(s.intel, side));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
