// The baseline: a uniformly random legal action, from its own seeded stream.
import { type Action, actionFor, type Package } from '../engine';
import { nextFloat, pick, seedRng } from '../engine/rng';
import { sideIds } from '../scenario/sides';
import type { Player, PlayerContext } from './player';

export function randomPlayer({ scenario, side, seed }: PlayerContext): Player {
  const rng = seedRng(seed ^ (side === sideIds(scenario)[0] ? 0x5f3759df : 0x2545f491));
  const randomPackage = (): Package => {
    const terms: Record<string, string> = {};
    for (const issue of scenario.issues) {
      if (nextFloat(rng) < 0.5) terms[issue.id] = pick(rng, issue.options).id;
    }
    if (Object.keys(terms).length === 0) {
      const issue = pick(rng, scenario.issues);
      terms[issue.id] = pick(rng, issue.options).id;
    }
    return { terms };
  };
  return {
    name: 'random',
    decide(seat): Action {
      const legal = seat.legal();
      return actionFor(pick(rng, legal), side, randomPackage);
    },
  };
}
