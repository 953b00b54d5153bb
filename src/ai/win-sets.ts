// What the two-level game tells a negotiator: its own principal's line, what its legislature would
// refuse, and what failed ratifications have taught about both sides' limits.
import { additiveUtility, type Observation, type Package } from '../engine';
import type { Knowledge } from './knowledge';
import { estimatedUtility, type OpponentModel } from './opponent-model';

/** A consultation of our principal older than this many rounds is asked again. */
export const STALE_ROUNDS = 4;
/**
 * How far a refusal lifts our estimate of the other principal's line above the best package it
 * refused: we only know it was short, not by how much. A small step: a partner who accepts anything
 * and lets its principal refuse (a random one) otherwise learns that each refusal buys a jump well
 * past the line, which paid it better than negotiating; one at 0.05 still reaches a ratifiable
 * deal with an accept-anything partner in the gauntlet.
 */
const REFUSAL_STEP = 0.05;

export interface Lessons {
  /** Options the other side's legislature or principal has already refused. */
  excluded: Set<string>;
  /** The lowest own utility our principal has refused, plus a step. */
  ownThreshold: number;
  /** The packages the other side refused to ratify, to raise our estimate of their floor. */
  refusedByThem: Package[];
}

/** What failed ratifications taught: the package on the table when each deal was refused. */
export function lessonsFrom(knowledge: Knowledge, obs: Observation): Lessons {
  const lessons: Lessons = { excluded: new Set(), ownThreshold: 0, refusedByThem: [] };
  let onTable: Package | null = null;
  for (const e of obs.log) {
    if (e.kind === 'action' && (e.action.type === 'propose' || e.action.type === 'counter'))
      onTable = e.action.package;
    if (e.kind !== 'ratification' || e.passed || !onTable) continue;
    for (const id of e.failures) {
      const theirs = knowledge.otherWinsets.find((w) => w.id === id);
      if (theirs?.when) {
        for (const option of theirs.when.options) lessons.excluded.add(`${theirs.when.issue}=${option}`);
      } else if (theirs) {
        lessons.refusedByThem.push(onTable);
      } else if (knowledge.ownWinsets.some((w) => w.id === id && w.test.kind === 'utility')) {
        lessons.ownThreshold = Math.max(lessons.ownThreshold, ownUtility(obs, onTable, knowledge) + 0.01);
      }
    }
  }
  return lessons;
}

export function ownUtility(obs: Observation, pkg: Package, knowledge: Knowledge): number {
  return additiveUtility(
    knowledge.issues,
    pkg.terms,
    (issue) => obs.you.weights[issue] ?? 0,
    (issue, option) => obs.you.values[issue]?.[option] ?? 0,
  );
}

/**
 * Our principal's line: exact when we have consulted this round, else a recent consultation's
 * figure, else the middle of the estimated band (a guess that a refused ratification corrects).
 */
export function principalThreshold(obs: Observation): number {
  let threshold = 0;
  for (const w of obs.you.winsets) {
    if (w.kind !== 'utility') continue;
    let value = w.threshold;
    if (value === null) {
      const told = [...obs.intel]
        .reverse()
        .find((r) => r.kind === 'own-winset' && r.values[w.id] !== undefined);
      value =
        told && obs.round - told.round <= STALE_ROUNDS
          ? (told.values[w.id] as number)
          : (w.estimate[0] + w.estimate[1]) / 2;
    }
    threshold = Math.max(threshold, value);
  }
  return threshold;
}

/** Options our own legislature would refuse now (a meter test on our side that fails). */
export function ownRefusals(knowledge: Knowledge, obs: Observation, excluded: Set<string>): void {
  for (const w of knowledge.ownWinsets) {
    const test = w.test;
    if (test.kind !== 'meter' || !test.when) continue;
    const value = obs.meters.find((m) => m.id === test.meter)?.value;
    if (value !== null && value !== undefined && value < test.min) {
      for (const option of test.when.options) excluded.add(`${test.when.issue}=${option}`);
    }
  }
}

/** A package the other side refused to ratify was worth less to them than their floor. */
export function raiseTheirFloor(model: OpponentModel, lessons: Lessons, knowledge: Knowledge): void {
  if (lessons.refusedByThem.length === 0) return;
  // Their line lies above the best package they refused, by our model's reckoning now. One step above
  // it, not one per refusal: refusals of ever better offers already raise `best`, and stacking steps
  // pushed the estimate past anything we could give, so we walked out on a willing partner.
  const best = Math.max(...lessons.refusedByThem.map((pkg) => estimatedUtility(model, pkg.terms, knowledge)));
  const raised = best + REFUSAL_STEP;
  model.reservation = Math.min(0.9, Math.max(model.reservation, raised));
}
