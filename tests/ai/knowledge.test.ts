// What an AI negotiator may know: the scenario's public structure and its own side's rules, never
// the other side's private numbers.
import { describe, expect, it } from 'vitest';
import { knowledgeFor } from '../../src/ai/knowledge';
import { playMatch } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { randomPlayer } from '../../src/ai/random-player';
import type { Scenario } from '../../src/scenario/schema';
import { bySide, type SideId, sideInfo } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const other = (side: SideId): SideId => (side === US ? MX : US);

/** A copy of the scenario with every private number and text of `side` changed. */
function tamperWith(source: Scenario, side: SideId): Scenario {
  const s = structuredClone(source);
  for (const issue of s.issues) {
    issue.weight[side] = Math.min(1, bySide(issue.weight, side) * 0.5 + 0.11);
    for (const o of issue.options) o.value[side] = 1 - bySide(o.value, side);
  }
  s.reservation[side] = { base: 0.01, meters: {}, assumption: 'tampered' };
  sideInfo(s, side).brief = { en: 'SECRET BRIEF', es: 'INSTRUCCIONES SECRETAS' };
  for (const w of s.winsets) {
    if (w.side !== side) continue;
    if (w.test.kind === 'utility') w.test.min = { base: 0.123456 };
    else w.test.min = 12.3456;
  }
  for (const m of s.meters) if (m.side === side) m.initial = (m.min + m.max) / 2 + 1;
  s.scoring[side] = { terms: 0.5, meters: {}, assumption: 'tampered' };
  for (const p of s.personas ?? []) {
    if (p.side === side) p.bidding = { aspiration: 0.5, exponent: 9, reciprocity: 1 };
  }
  return s;
}

describe('knowledgeFor', () => {
  for (const side of [US, MX] as const) {
    const them = other(side);

    it(`${side}: nothing of the other side's private numbers changes it`, () => {
      const before = knowledgeFor(scenario, side);
      const after = knowledgeFor(tamperWith(scenario, them), side);
      expect(after).toEqual(before);
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
      expect(JSON.stringify(after)).not.toContain('SECRET');
    });

    it(`${side}: it does change with its own side's numbers (the comparison above can fail)`, () => {
      const before = knowledgeFor(scenario, side);
      const after = knowledgeFor(tamperWith(scenario, side), side);
      expect(after).not.toEqual(before);
    });

    it(`${side}: its serialised form holds no number of the other side's`, () => {
      const text = JSON.stringify(knowledgeFor(scenario, side));
      expect(text).not.toContain(sideInfo(scenario, them).brief.en.slice(0, 40));
      const knowledge = knowledgeFor(scenario, side);
      // No weights, values or reservation anywhere.
      const keys = new Set<string>();
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v)) {
            keys.add(k);
            walk(x);
          }
      };
      walk(knowledge.issues);
      walk(knowledge.otherWinsets);
      walk(knowledge.consultations);
      walk(knowledge.moves);
      for (const forbidden of ['weight', 'value', 'min', 'reservation', 'brief', 'effects', 'test'])
        expect(keys.has(forbidden), forbidden).toBe(false);
      // The other side's personas are not there either.
      expect(knowledge.personas.every((p) => p.side === side)).toBe(true);
      expect(knowledge.personas.map((p) => p.id).sort()).toEqual(
        (scenario.personas ?? [])
          .filter((p) => p.side === side)
          .map((p) => p.id)
          .sort(),
      );
    });

    it(`${side}: its own win-sets are complete, the other side's are structure only`, () => {
      const knowledge = knowledgeFor(scenario, side);
      expect(knowledge.ownWinsets).toEqual(scenario.winsets.filter((w) => w.side === side));
      const theirs = scenario.winsets.filter((w) => w.side === them);
      expect(knowledge.otherWinsets.map((w) => w.id)).toEqual(theirs.map((w) => w.id));
      for (const w of knowledge.otherWinsets) {
        const real = theirs.find((x) => x.id === w.id);
        expect(Object.keys(w).every((k) => k === 'id' || k === 'when')).toBe(true);
        expect(w.when).toEqual(real?.test.when);
        expect(JSON.stringify(w)).not.toContain('min');
      }
    });

    it(`${side}: it holds the public structure: issues, status quo, labels, treaties, the record`, () => {
      const knowledge = knowledgeFor(scenario, side);
      expect(knowledge.side).toBe(side);
      expect(knowledge.negotiator).toBe(sideInfo(scenario, side).negotiator.name);
      expect(knowledge.principal).toBe(sideInfo(scenario, side).principal.name);
      expect(knowledge.issues.map((i) => i.id)).toEqual(scenario.issues.map((i) => i.id));
      for (const issue of scenario.issues) {
        const known = knowledge.issues.find((i) => i.id === issue.id);
        expect(known?.statusQuo).toBe(issue.statusQuo);
        expect(known?.label).toEqual(issue.label);
        expect(known?.options).toEqual(
          issue.options.map((o) => ({
            id: o.id,
            key: `${issue.id}=${o.id}`,
            label: o.label,
            treaty: o.effects?.treaty === true,
          })),
        );
      }
      expect(
        knowledge.issues.find((i) => i.id === 'stc')?.options.find((o) => o.id === 'treaty-now')?.treaty,
      ).toBe(true);
      expect(knowledge.moves.map((m) => m.id)).toEqual(
        scenario.moves.filter((m) => m.side === side).map((m) => m.id),
      );
      expect(knowledge.consultations).toEqual(
        scenario.consultations
          .filter((c) => c.side === side)
          .map((c) => ({ id: c.id, label: c.label, reveals: c.reveals })),
      );
      expect(knowledge.historical).toEqual(scenario.historical);
    });
  }
});

describe('a negotiator cannot read what it should not', () => {
  it('plays exactly the same game whatever the other side’s private numbers in its scenario', () => {
    const personas = (scenario.personas ?? []).filter((p) => !p.historical);
    expect(personas.length).toBeGreaterThan(0);
    for (const persona of personas) {
      const side = persona.side;
      const them = other(side);
      const tampered = tamperWith(scenario, them);
      for (const seed of [1, 2]) {
        const play = (s: Scenario) => {
          const negotiator = createNegotiator(persona, 'hard', { scenario: s, side, seed });
          const opponent = randomPlayer({ scenario, side: them, seed });
          const players = side === US ? { us: negotiator, mx: opponent } : { us: opponent, mx: negotiator };
          return playMatch(rules, players, seed);
        };
        const honest = play(scenario);
        const peeking = play(tampered);
        expect(peeking.actions, `${persona.id} seed ${seed}`).toEqual(honest.actions);
      }
    }
  });
});
