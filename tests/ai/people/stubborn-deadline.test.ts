import { describe, expect, it } from 'vitest';
import { lastAnswerBeforeDeadline } from '../../../src/ai/people/meetings';
import { bestPackage } from '../../../src/ai/people/position';
import { faced, game, grid, scenario } from '../../support/people-games';
import { present } from '../../support/present';

describe('stubborn-deadline', () => {
  it('is stubborn, except that at its last answer before the deadline it takes a ratifiable offer worth no deal', () => {
    let deals = 0;
    for (const { side, against, seed } of grid([1, 2, 3])) {
      const { state, decisions } = game({ kind: 'stubborn-deadline' }, side, against, seed);
      const deadlineMeeting = lastAnswerBeforeDeadline(scenario, side);
      const best = bestPackage(scenario, present(decisions[0], 'a decision').obs);
      for (const d of decisions) {
        expect(d.action.type).not.toBe('walkout');
        if (d.action.type === 'propose' || d.action.type === 'counter')
          expect(d.action.package).toEqual(best);
        const offer = faced(d);
        if (!offer) continue;
        const takes =
          d.obs.round === deadlineMeeting &&
          offer.yourWinsetPasses &&
          offer.yourUtility >= d.obs.you.reservation;
        expect(d.action.type, `round ${d.obs.round}`).toBe(takes ? 'accept' : 'counter');
      }
      if (state.outcome.kind === 'deal') {
        deals++;
        expect(state.outcome.round).toBe(deadlineMeeting);
        expect(state.outcome.date < scenario.calendar.deadline).toBe(true);
      }
    }
    expect(deals).toBeGreaterThan(0);
  });
});
