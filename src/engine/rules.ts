// Applying actions. `apply` works on a private draft of the state, so a refused action, or any
// caller holding the old state, never sees a change.

import { ok, type Result } from '../result';
import type { Scenario } from '../scenario/schema';
import { bySide } from '../scenario/sides';
import type { RoundInfo } from './calendar';
import { signDeal } from './deal';
import { draft } from './draft';
import type { ActionError } from './errors';
import { fireOccasion } from './events';
import { consult } from './intel';
import { appendLog } from './log';
import { cleanAction } from './logged-action';
import { applyEffects } from './meters';
import { advanceRound, endGame, endTurn } from './round';
import type { GameState } from './state';
import { checkAction } from './validate';

/** The new state, or why the action was refused (the old state is then untouched). */
export type ApplyResult = Result<GameState, ActionError>;

export function applyAction(
  scenario: Scenario,
  rounds: readonly RoundInfo[],
  state: GameState,
  action: unknown,
): ApplyResult {
  const checked = checkAction(scenario, state, action);
  if (!checked.ok) return checked;
  const s = draft(state);
  s.actionCount += 1;
  const clean = checked.value;
  appendLog(s, { kind: 'action', action: cleanAction(clean), visibility: 'public' });
  const side = clean.side;
  switch (clean.type) {
    case 'unilateral': {
      const move = clean.scenarioMove;
      s.usedMoves = [...s.usedMoves, move.id];
      applyEffects(scenario, s, move.effects);
      s.turn.slotUsed = true;
      return ok(s);
    }
    case 'consult':
      consult(scenario, s, side, clean.scenarioConsultation);
      s.turn.slotUsed = true;
      return ok(s);
    case 'propose':
    case 'counter':
      s.standing = { by: side, package: clean.package, round: s.round };
      s.offersMade = { ...s.offersMade, [side]: bySide(s.offersMade, side) + 1 };
      break;
    case 'reject':
      s.standing = null;
      break;
    case 'wait':
      break;
    case 'walkout': {
      // Leaving the table does not stop the clock: the tariff ladder runs on to the end date, so
      // the scores carry the cost of the break-up rather than freezing the world at the walk-out.
      const at = { date: s.date, round: s.round };
      fireOccasion(scenario, s, { kind: 'walkout', by: side });
      let more = true;
      while (more) more = advanceRound(scenario, rounds, s);
      endGame(s, { kind: 'walkout', by: side, date: at.date, round: at.round, finalTariff: s.tariff.rate });
      return ok(s);
    }
    case 'accept':
      if (signDeal(scenario, s, side, clean.accepted)) return ok(s);
      break;
  }
  endTurn(scenario, rounds, s);
  return ok(s);
}
