// A model of the other side, learnt from its offers (in the spirit of the "HardHeaded" agent):
// its opening offer shows what it wants most, and issues it never moves on are ones it weighs
// heavily. Later offers are not read as preferences: a side repeats its concessions too, and a
// plain frequency count mistakes them for wishes. Intelligence from consultations, when there is
// any, overrides the guesswork on priorities.
import { additiveUtility, type Observation, type Package } from '../engine';
import type { Knowledge } from './knowledge';

export interface OpponentModel {
  weights: Record<string, number>;
  values: Record<string, Record<string, number>>;
  reservation: number;
  /** How many of its offers the model has seen. */
  evidence: number;
}

/** With no evidence: interests opposed to ours, every issue alike, a middling fallback. */
const PRIOR_RESERVATION = 0.35;
/** How far the opening offer pulls an option's value towards "its ideal". */
const OPENING_PULL = 0.6;

export function opponentOffers(obs: Observation): Package[] {
  const offers: Package[] = [];
  for (const e of obs.log) {
    if (e.kind !== 'action' || e.action.side === obs.side) continue;
    if (e.action.type === 'propose' || e.action.type === 'counter') offers.push(e.action.package);
  }
  return offers;
}

export function modelOpponent(knowledge: Knowledge, obs: Observation): OpponentModel {
  const offers = opponentOffers(obs);
  const weights: Record<string, number> = {};
  const values: Record<string, Record<string, number>> = {};
  let weightTotal = 0;
  for (const issue of knowledge.issues) {
    const own = obs.you.values[issue.id] ?? {};
    const opening = offers[0]?.terms[issue.id];
    const optionValues: Record<string, number> = {};
    for (const o of issue.options) {
      const prior = 1 - (own[o.id] ?? 0.5);
      optionValues[o.id] =
        opening === undefined ? prior : (1 - OPENING_PULL) * prior + (opening === o.id ? OPENING_PULL : 0);
    }
    values[issue.id] = normalise(optionValues);
    // An issue the other side names and never moves on is one it cares about.
    let unchanged = 0;
    let named = 0;
    let previous: string | undefined;
    offers.forEach((p, i) => {
      const pick = p.terms[issue.id];
      if (pick !== undefined) named++;
      const seen = pick ?? issue.statusQuo;
      if (i > 0 && seen === previous) unchanged++;
      previous = seen;
    });
    const w = 1 + unchanged + 0.5 * named;
    weights[issue.id] = w;
    weightTotal += w;
  }
  for (const id of Object.keys(weights)) weights[id] = (weights[id] as number) / weightTotal;

  let reservation = PRIOR_RESERVATION;
  for (const record of obs.intel) {
    if (record.kind === 'other-reservation' && record.values.reservation !== undefined) {
      reservation = record.values.reservation;
    }
    if (record.kind === 'other-priorities') {
      const total = knowledge.issues.reduce((sum, issue) => sum + (record.values[issue.id] ?? 0), 0) || 1;
      for (const issue of knowledge.issues) {
        const told = (record.values[issue.id] ?? 0) / total;
        weights[issue.id] = 0.3 * (weights[issue.id] as number) + 0.7 * told;
        const ranked = values[issue.id] as Record<string, number>;
        for (const o of issue.options) {
          const heard = record.values[o.key];
          if (heard !== undefined) ranked[o.id] = 0.2 * (ranked[o.id] as number) + 0.8 * heard;
        }
      }
    }
  }
  return { weights, values, reservation, evidence: offers.length };
}

/** Scales option values so the best option is worth 1 and the worst 0, as the scenario's are. */
function normalise(values: Record<string, number>): Record<string, number> {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const id in values) {
    const v = values[id] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  for (const id in values) values[id] = hi > lo ? ((values[id] as number) - lo) / (hi - lo) : 0.5;
  return values;
}

export function estimatedUtility(
  model: OpponentModel,
  terms: Record<string, string>,
  knowledge: Knowledge,
): number {
  return additiveUtility(
    knowledge.issues,
    terms,
    (issue) => model.weights[issue] ?? 0,
    (issue, option) => model.values[issue]?.[option] ?? 0,
  );
}
