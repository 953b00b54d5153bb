// Difficulties: how sharp a persona plays. Harder levels know at least as much and slip no more.
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Difficulty, isDifficulty, SKILLS } from '../../src/ai/difficulty';
import { playMatch } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import type { Player } from '../../src/ai/player';
import { randomPlayer } from '../../src/ai/random-player';
import { MAX_READINGS } from '../../src/ai/slot';
import { INTEL_KINDS } from '../../src/scenario/schema';
import { bySide, type SideId } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;

/** Pairs of (easier, harder) difficulties. */
const PAIRS: [Difficulty, Difficulty][] = [
  ['easy', 'medium'],
  ['medium', 'hard'],
  ['easy', 'hard'],
];

describe('the difficulties', () => {
  it('are easy, medium and hard, each with a skill', () => {
    expect([...DIFFICULTIES]).toEqual(['easy', 'medium', 'hard']);
    for (const d of DIFFICULTIES) {
      const skill = SKILLS[d];
      expect(skill, d).toBeDefined();
      expect(typeof skill.acceptsEarly).toBe('boolean');
      expect(typeof skill.exploits).toBe('boolean');
      expect(Array.isArray(skill.consults)).toBe(true);
    }
    expect(Object.keys(SKILLS).sort()).toEqual([...DIFFICULTIES].sort());
  });

  it('isDifficulty knows exactly those names', () => {
    for (const d of DIFFICULTIES) expect(isDifficulty(d)).toBe(true);
    for (const x of ['', 'Easy', 'expert', 'medium ', 'hardest', 'constructor', 'toString'])
      expect(isDifficulty(x), x).toBe(false);
  });

  it('consult only real kinds of intelligence, each once', () => {
    for (const d of DIFFICULTIES) {
      const consults = SKILLS[d].consults;
      expect(new Set(consults).size).toBe(consults.length);
      for (const kind of consults) expect(INTEL_KINDS).toContain(kind);
    }
  });

  it('harder levels consult at least as much, and the hardest more than the easiest', () => {
    for (const [easier, harder] of PAIRS) {
      const lower = SKILLS[easier].consults;
      const higher = new Set(SKILLS[harder].consults);
      for (const kind of lower)
        expect(higher.has(kind), `${easier} asks for ${kind}, ${harder} does not`).toBe(true);
      expect(higher.size).toBeGreaterThanOrEqual(lower.length);
    }
    expect(SKILLS.hard.consults.length).toBeGreaterThan(SKILLS.easy.consults.length);
  });

  it('harder levels are no noisier, no quicker to accept, and exploit at least as much', () => {
    for (const [easier, harder] of PAIRS) {
      if (SKILLS[harder].acceptsEarly) expect(SKILLS[easier].acceptsEarly).toBe(true);
      if (SKILLS[easier].exploits) expect(SKILLS[harder].exploits).toBe(true);
    }
  });

  it('every consultation a level asks for exists for both sides of june-2019', () => {
    for (const side of [US, MX] as const)
      for (const d of DIFFICULTIES)
        for (const kind of SKILLS[d].consults)
          expect(
            scenario.consultations.some((c) => c.side === side && c.reveals === kind),
            `${side} ${kind}`,
          ).toBe(true);
  });
});

describe('in play', () => {
  /** Never ends the talks: rejects what it faces, else waits, so every consultation gets its turn. */
  const passive = (side: SideId): Player => ({
    name: 'passive',
    decide(seat) {
      const obs = seat.observe();
      const facing = obs.standing !== null && obs.standing.by !== side;
      return { type: facing ? 'reject' : 'wait', side };
    },
  });

  /** What a persona did and learnt in a whole game against `opponent`. */
  function game(
    personaId: string,
    side: SideId,
    difficulty: Difficulty,
    seed: number,
    opponent: 'passive' | 'random',
  ) {
    const persona = scenario.personas?.find((p) => p.id === personaId && p.side === side);
    if (!persona) throw new Error(`no persona ${personaId} for ${side}`);
    const them: SideId = side === US ? MX : US;
    const negotiator = createNegotiator(persona, difficulty, { scenario, side, seed });
    const other = opponent === 'passive' ? passive(them) : randomPlayer({ scenario, side: them, seed });
    const players = side === US ? { us: negotiator, mx: other } : { us: other, mx: negotiator };
    const { state, actions } = playMatch(rules, players, seed);
    const own = actions.filter((a) => a.side === side);
    const consulted = own.flatMap((a) =>
      a.type === 'consult' ? [scenario.consultations.find((c) => c.id === a.consultation)?.reveals] : [],
    );
    return { kinds: new Set(bySide(state.intel, side).map((r) => r.kind)), actions: own, consulted };
  }

  // Against an opponent that ends the game early, a harder level can run out of meetings before it
  // has asked for everything (it asks for more, one a turn); a passive opponent leaves time for all.
  it('each persona gathers at least as much intelligence at a harder level', () => {
    for (const persona of scenario.personas ?? []) {
      const byLevel = Object.fromEntries(
        DIFFICULTIES.map((d) => [d, game(persona.id, persona.side, d, 1, 'passive').kinds]),
      ) as Record<Difficulty, Set<string>>;
      for (const [easier, harder] of PAIRS) {
        for (const kind of byLevel[easier])
          expect(byLevel[harder].has(kind), `${persona.id} ${easier}→${harder}: ${kind}`).toBe(true);
        expect(byLevel[harder].size).toBeGreaterThanOrEqual(byLevel[easier].size);
      }
      // Each level gets every kind it is built to ask for, and nothing else.
      for (const d of DIFFICULTIES)
        expect([...byLevel[d]].sort(), `${persona.id}:${d}`).toEqual([...SKILLS[d].consults].sort());
      expect(byLevel.hard.size).toBeGreaterThan(byLevel.easy.size);
    }
  });

  it('a non-historical persona asks in its skill’s order from its first turn, asks for the other side’s reservation once and for its priorities a few times', () => {
    for (const persona of (scenario.personas ?? []).filter((p) => !p.historical)) {
      for (const d of DIFFICULTIES) {
        for (const opponent of ['passive', 'random'] as const) {
          const { actions, consulted } = game(persona.id, persona.side, d, 3, opponent);
          const wanted = SKILLS[d].consults;
          // A random opponent may end the game before every consultation is made.
          const n = Math.min(wanted.length, consulted.length);
          expect(consulted.slice(0, n), `${persona.id}:${d} v ${opponent}`).toEqual(wanted.slice(0, n));
          if (opponent === 'passive') expect(n).toBe(wanted.length);
          // One per turn, from the first: consultation, negotiating move, consultation, ...
          for (let i = 0; i < n; i++)
            expect(actions[2 * i]?.type, `${persona.id}:${d} action ${2 * i}`).toBe('consult');
          // The other side's reservation once; its priorities up to the readings that narrow them.
          const count = (kind: string) => consulted.filter((k) => k === kind).length;
          expect(count('other-reservation'), `${persona.id}:${d}`).toBeLessThanOrEqual(1);
          expect(count('other-priorities'), `${persona.id}:${d}`).toBeLessThanOrEqual(MAX_READINGS);
        }
      }
    }
  });
});

describe('easy against easy', () => {
  it('two easy pragmatists reach a deal in at least 80% of 200 seeds, never repeating an offer more than three rounds in a row', () => {
    const pragmatist = (side: SideId) => {
      const p = (scenario.personas ?? []).find((q) => q.side === side && q.id === 'pragmatist');
      if (!p) throw new Error(`no pragmatist for ${side}`);
      return p;
    };
    let deals = 0;
    const repeated: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const players = {
        [US]: createNegotiator(pragmatist(US), 'easy', { scenario, side: US, seed }),
        [MX]: createNegotiator(pragmatist(MX), 'easy', { scenario, side: MX, seed }),
      };
      const { state } = playMatch(rules, players, seed);
      if (state.outcome.kind === 'deal') deals++;
      for (const side of [US, MX]) {
        // The same terms in four of its offers running is a repeat too many.
        let run = 0;
        let last = '';
        for (const e of state.log) {
          if (e.kind !== 'action' || e.action.side !== side) continue;
          if (e.action.type !== 'propose' && e.action.type !== 'counter') continue;
          const terms = JSON.stringify(e.action.package);
          run = terms === last ? run + 1 : 1;
          last = terms;
          if (run > 3) repeated.push(`seed ${seed} ${side} round ${e.round}`);
        }
      }
    }
    expect(deals / 200).toBeGreaterThanOrEqual(0.8);
    expect(repeated).toEqual([]);
  });
});
