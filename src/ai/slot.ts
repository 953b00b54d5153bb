// What a negotiator does with the slot before its negotiating move: the consultations its skill
// calls for, pressure answered with pressure, a standstill pressed, then the persona's own moves.
import type { Action, Observation } from '../engine';
import type { ScenarioPersona } from '../scenario/schema';
import type { Skill } from './difficulty';
import type { Knowledge } from './knowledge';
import { offerHistory } from './offer-history';
import { labelSpeech } from './speech';
import { STALE_ROUNDS } from './win-sets';

/** How many readings of their priorities are worth taking. */
export const MAX_READINGS = 4;

/** A consultation the skill calls for, or the persona's favourite move, when the slot is free. */
export function slotAction(
  knowledge: Knowledge,
  skill: Skill,
  persona: ScenarioPersona,
  obs: Observation,
): Action | null {
  const side = knowledge.side;
  // Intelligence on the other side is asked for once; our principal's line again when it is stale.
  const lastAsked = new Map(obs.intel.map((r) => [r.kind, r.round]));
  for (const kind of skill.consults) {
    const when = lastAsked.get(kind);
    if (when !== undefined && (kind !== 'own-winset' || obs.round - when <= STALE_ROUNDS)) continue;
    const c = knowledge.consultations.find((x) => x.reveals === kind);
    if (c && obs.legal.some((l) => l.type === 'consult' && l.consultation === c.id)) {
      return { type: 'consult', side, consultation: c.id, say: { text: labelSpeech(c.label) } };
    }
  }
  // A sharper negotiator takes several readings of their priorities from the start.
  const taken = obs.intel.filter((r) => r.kind === 'other-priorities').length;
  if (taken > 0 && taken < skill.readings) {
    const c = knowledge.consultations.find((x) => x.reveals === 'other-priorities');
    if (c && obs.legal.some((l) => l.type === 'consult' && l.consultation === c.id)) {
      return { type: 'consult', side, consultation: c.id, say: { text: labelSpeech(c.label) } };
    }
  }
  // Stalled, we ask again how they rank things: each reading narrows what we can prove, and what we
  // can prove better for them is what we may still give without ever taking back.
  const readings = obs.intel.filter((r) => r.kind === 'other-priorities').length;
  if (readings > 0 && readings < MAX_READINGS && offerHistory(knowledge, obs).ownRepeats >= 1) {
    const c = knowledge.consultations.find((x) => x.reveals === 'other-priorities');
    if (c && obs.legal.some((l) => l.type === 'consult' && l.consultation === c.id)) {
      return { type: 'consult', side, consultation: c.id, say: { text: labelSpeech(c.label) } };
    }
  }
  const made = new Set(
    obs.log.flatMap((e) =>
      e.kind === 'action' && e.action.type === 'unilateral' && e.action.side === side ? [e.action.move] : [],
    ),
  );
  const legal = (id: string) => obs.legal.some((l) => l.type === 'unilateral' && l.move === id);
  const move = (id: string): Action => {
    const m = knowledge.moves.find((x) => x.id === id);
    return { type: 'unilateral', side, move: id, ...(m ? { say: { text: labelSpeech(m.label) } } : {}) };
  };
  if (pressed(knowledge, obs, persona, skill)) {
    // Our persona's own pressure moves first, then any other; each once, so an answer stays an answer.
    const ours = knowledge.moves.filter((m) => m.pressure);
    const order = [
      ...persona.moves.filter((id) => ours.some((m) => m.id === id)),
      ...ours.map((m) => m.id).filter((id) => !persona.moves.includes(id)),
    ];
    const answer = order.find((id) => !made.has(id) && legal(id));
    if (answer) return move(answer);
  }
  for (const id of persona.moves) {
    if (!made.has(id) && legal(id)) return move(id);
  }
  return null;
}

/**
 * Whether the other side has pressed us harder than we have pressed them: their pressure moves and
 * threats against our pressure moves, or (for a skill that notices it) a standstill of theirs once
 * the talks are half over. A
 * historical persona keeps to the record while the record lasts.
 */
function pressed(knowledge: Knowledge, obs: Observation, persona: ScenarioPersona, skill: Skill): boolean {
  if (persona.historical) {
    const last = knowledge.historical.script.at(-1)?.date;
    if (last !== undefined && obs.date <= last) return false;
  }
  let theirs = 0;
  let ours = 0;
  for (const e of obs.log) {
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.side === knowledge.side) {
      if (a.type === 'unilateral' && knowledge.moves.some((m) => m.id === a.move && m.pressure)) ours++;
    } else if (a.type === 'unilateral' && knowledge.theirPressure.has(a.move)) {
      theirs++;
    } else if (a.say?.intent === 'deadline-threat' || a.say?.intent === 'walkout-warning') {
      theirs++;
    }
  }
  if (theirs > ours) return true;
  const time = obs.roundCount > 1 ? obs.round / (obs.roundCount - 1) : 1;
  const history = offerHistory(knowledge, obs);
  // An easy negotiator presses a standstill less.
  return time >= 0.5 && history.theyStand && ours < skill.standstillPressure;
}
