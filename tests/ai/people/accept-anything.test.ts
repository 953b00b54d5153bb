import { describe, expect, it } from 'vitest';
import { faced, game, grid } from '../../support/people-games';

describe('accept-anything', () => {
  it('accepts every offer it faces, ratifiable or not, and otherwise waits', () => {
    let unratifiable = 0;
    for (const { side, against, seed } of grid([1, 2, 3])) {
      const { decisions } = game({ kind: 'accept-anything' }, side, against, seed);
      expect(decisions.length).toBeGreaterThan(0);
      for (const d of decisions) {
        const offer = faced(d);
        expect(d.action.type).toBe(offer ? 'accept' : 'wait');
        if (offer && !offer.yourWinsetPasses) unratifiable++;
      }
    }
    // Its own principal refuses some of what it accepts: the case the walk-outs came from.
    expect(unratifiable).toBeGreaterThan(0);
  });
});
