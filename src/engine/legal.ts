// The moves open to a side now: what the UI enables and what the simplest players choose from.
import type { Scenario } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import type { LegalAction } from './actions';
import { facesOffer } from './standing';
import type { GameState } from './state';

export function legalActions(scenario: Scenario, state: GameState, side: SideId): LegalAction[] {
  if (state.phase === 'over' || state.turn.side !== side) return [];
  const out: LegalAction[] = [];
  if (!state.turn.slotUsed) {
    for (const m of scenario.moves) {
      if (m.side !== side || (m.phase !== 'any' && m.phase !== state.phase)) continue;
      if (m.once && state.usedMoves.includes(m.id)) continue;
      out.push({ type: 'unilateral', move: m.id });
    }
    for (const c of scenario.consultations)
      if (c.side === side) out.push({ type: 'consult', consultation: c.id });
  }
  if (facesOffer(state.standing, side)) out.push({ type: 'accept' }, { type: 'reject' }, { type: 'counter' });
  else out.push({ type: 'propose' }, { type: 'wait' });
  if (state.phase === 'tariff') out.push({ type: 'walkout' });
  return out;
}
