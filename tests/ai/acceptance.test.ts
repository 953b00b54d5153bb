// The explanations' acceptance rule is the negotiator's: same verdict on the offer it faces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsStanding, nextOffer } from '../../src/ai/acceptance';
import { appraisalFor } from '../../src/ai/appraisal';
import { SKILLS } from '../../src/ai/difficulty';
import { assess } from '../../src/ai/evaluation';
import { explainRejection } from '../../src/ai/explain';
import { knowledgeFor } from '../../src/ai/knowledge';
import { seatFor } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { verdictOn } from '../../src/ai/verdict';
import { type GameState, paretoFrontier } from '../../src/engine';
import { checkStatement } from '../../src/engine/statement';
import { present } from '../support/present';
import { randomState } from '../support/random-state';
import { loadRules } from '../support/scenarios';

const rules = loadRules();
const personas = rules.scenario.personas ?? [];
const frontier = paretoFrontier(rules.scenario);

describe('acceptance', () => {
  it("agrees with the negotiator's own move on the offer it faces, and so does the explanation it would give (medium and hard, which draw no noise)", () => {
    const seen = { accept: 0, other: 0 };
    fc.assert(
      fc.property(
        fc.nat({ max: 1_000_000 }),
        fc.nat({ max: 50 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('medium' as const, 'hard' as const),
        (seed, steps, pick, which, difficulty) => {
          let state: GameState = randomState(rules, seed, steps);
          if (state.phase === 'over') return;
          const mover = state.turn.side;
          const type = rules.legalActions(state, mover).some((l) => l.type === 'counter')
            ? 'counter'
            : 'propose';
          const offer = present(frontier[pick % frontier.length], 'a frontier point').package;
          const next = rules.apply(state, { type, side: mover, package: offer });
          if (!next.ok || next.value.phase === 'over' || next.value.turn.side === mover) return;
          state = next.value;
          const side = state.turn.side;
          const mine = personas.filter((p) => p.side === side);
          const persona = present(mine[which % mine.length], 'a persona');
          const ai = createNegotiator(persona, difficulty, { scenario: rules.scenario, side, seed });
          let action = ai.decide(seatFor(rules, state, side));
          while (action.type === 'unilateral' || action.type === 'consult') {
            const after = rules.apply(state, action);
            if (!after.ok) throw new Error(after.error.message);
            state = after.value;
            action = ai.decide(seatFor(rules, state, side));
          }
          const obs = rules.observe(state, side);
          const sit = assess(
            knowledgeFor(rules.scenario, side),
            SKILLS[difficulty],
            persona,
            obs,
            appraisalFor(rules.scenario, side).statements,
          );
          const accepts = verdictOn(sit).verdict.accepts;
          expect(accepts).toBe(action.type === 'accept');
          if (!persona.historical) expect(acceptsStanding(sit, nextOffer(sit))).toBe(accepts);
          // What the negotiator would say rejecting: the same verdict, with a reason, as a statement.
          const standing = present(obs.standing, 'the offer it faces');
          const e = explainRejection(sit, standing.package, appraisalFor(rules.scenario, side));
          expect(e.accepts).toBe(accepts);
          if (!e.accepts) expect(e.reasons.length, JSON.stringify(standing.package)).toBeGreaterThan(0);
          expect(checkStatement({ text: e.text }, side, false).ok).toBe(true);
          // Without the search, the same verdict and reasons of the same kinds, for a decision on the clock.
          const quick = explainRejection(sit, standing.package, appraisalFor(rules.scenario, side), {
            search: false,
          });
          expect(quick.accepts).toBe(accepts);
          if (!quick.accepts) expect(quick.reasons.length).toBeGreaterThan(0);
          seen[accepts ? 'accept' : 'other']++;
        },
      ),
      { numRuns: 300 },
    );
    expect(seen.accept).toBeGreaterThan(20);
    expect(seen.other).toBeGreaterThan(20);
  });
});
