import { describe, expect, it } from 'vitest';
import { pressureMoves } from '../../../src/ai/people/lowball';
import { lastAnswer } from '../../../src/ai/people/meetings';
import { bestPackage, ownUtility } from '../../../src/ai/people/position';
import { STATEMENT_INTENTS } from '../../../src/engine';
import { faced, game, grid, scenario } from '../../support/people-games';
import { present } from '../../support/present';
import { MX, US } from '../../support/sides';

describe('lowball', () => {
  it("reads its side's pressure moves from the scenario: those that strain trust and do not put the tariff off", () => {
    expect([...pressureMoves(scenario, US)].sort()).toEqual(
      ['escalate', 'farm-claim', 'legal-notice', 'reaffirm-deadline'].sort(),
    );
    expect([...pressureMoves(scenario, MX)].sort()).toEqual(
      ['lobby-senators', 'prepare-retaliation', 'unity-rally'].sort(),
    );
  });

  it('makes each pressure move once, asks for its best in talks, threatens with every offer, and takes less only late', () => {
    const intents = new Set<string>();
    for (const { side, against, seed } of grid([1, 2])) {
      const { decisions } = game({ kind: 'lowball' }, side, against, seed);
      const best = bestPackage(scenario, present(decisions[0], 'a decision').obs);
      const moves = decisions.flatMap((d) => (d.action.type === 'unilateral' ? [d.action.move] : []));
      expect(new Set(moves).size).toBe(moves.length);
      for (const m of moves) expect(pressureMoves(scenario, side).has(m)).toBe(true);
      // Every pressure move open in the talks is made before the deadline.
      const inTalks = scenario.moves.filter(
        (m) => pressureMoves(scenario, side).has(m.id) && m.phase !== 'tariff',
      );
      expect(inTalks.length).toBeGreaterThan(0);
      for (const m of inTalks) expect(moves).toContain(m.id);
      let lastAsk = Number.POSITIVE_INFINITY;
      for (const d of decisions) {
        const a = d.action;
        expect(a.type).not.toBe('walkout');
        if (a.type === 'propose' || a.type === 'counter') {
          const say = present(a.say, 'a threat');
          expect(STATEMENT_INTENTS).toContain(say.intent);
          intents.add(say.intent ?? '');
          expect(say.text.en.length).toBeGreaterThan(0);
          expect(say.text.es.length).toBeGreaterThan(0);
          expect(say.text.es).not.toBe(say.text.en);
          if (d.obs.phase === 'talks') expect(a.package).toEqual(best);
          lastAsk = ownUtility(scenario, d.obs, a.package);
        }
        const offer = faced(d);
        if (offer && a.type === 'accept') {
          expect(offer.yourWinsetPasses).toBe(true);
          const late = d.obs.round === lastAnswer(scenario, side);
          expect(late || offer.yourUtility >= lastAsk - 1e-6, `round ${d.obs.round}`).toBe(true);
          expect(offer.yourUtility).toBeGreaterThanOrEqual(d.obs.you.reservation);
        }
      }
    }
    expect([...intents].sort()).toEqual([...STATEMENT_INTENTS].sort());
  });
});
