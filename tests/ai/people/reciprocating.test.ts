import { describe, expect, it } from 'vitest';
import {
  bestPackage,
  concessionsBy,
  offersBy,
  ownUtility,
  positionAfter,
} from '../../../src/ai/people/position';
import { faced, game, grid, other, scenario } from '../../support/people-games';
import { present } from '../../support/present';
import { MX, US } from '../../support/sides';

describe('reciprocating', () => {
  it('never moves against a partner who never moves', () => {
    for (const side of [US, MX]) {
      const { decisions } = game({ kind: 'reciprocating' }, side, { kind: 'stubborn' }, 1);
      const best = bestPackage(scenario, present(decisions[0], 'a decision').obs);
      const offers = decisions.flatMap((d) =>
        d.action.type === 'propose' || d.action.type === 'counter' ? [d.action.package] : [],
      );
      expect(offers.length).toBeGreaterThan(3);
      for (const pkg of offers) expect(pkg).toEqual(best);
    }
  });

  it('concedes one step per concession of the other side, and accepts once its position is matched', () => {
    let conceded = 0;
    let accepted = 0;
    for (const { side, against, seed } of grid([1, 2])) {
      const { decisions } = game({ kind: 'reciprocating' }, side, against, seed);
      let mine: number | null = null;
      let theirConcessions = 0;
      for (const d of decisions) {
        const now = concessionsBy(scenario, d.obs, other(side));
        const a = d.action;
        if (a.type === 'propose' || a.type === 'counter') {
          const u = ownUtility(scenario, d.obs, a.package);
          // It gives ground only after the other side did.
          if (mine !== null && u < mine - 1e-9) {
            expect(now).toBeGreaterThan(theirConcessions);
            conceded++;
          }
          mine = u;
          theirConcessions = now;
        }
        const offer = faced(d);
        if (offer) {
          // Its position now: its best package moved one step per concession seen, towards their offer.
          const theirs = offersBy(d.obs, other(side));
          const position = positionAfter(scenario, d.obs, now, theirs.at(-1) ?? null, d.obs.you.reservation);
          const matched = offer.yourUtility >= ownUtility(scenario, d.obs, position) - 1e-6;
          expect(a.type).toBe(matched && offer.yourWinsetPasses ? 'accept' : 'counter');
          if (a.type === 'accept') accepted++;
          if (a.type === 'counter') expect(a.package).toEqual(position);
        }
        expect(a.type).not.toBe('walkout');
      }
    }
    expect(conceded).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  });
});
