// The person's own reading of a draft before it is sent: what it is worth to their side, whether
// their own principal and legislature would pass it, and a rough chance that the other side takes
// it. Built like the negotiator's view of the table (knowledge.ts, appraisal.ts): from the
// scenario's public structure, the person's own side's rules and the person's observation, so no
// number of the other side's can reach the figure (tests/ai/estimate.test.ts changes them and
// checks).
import type { Observation, Package } from '../engine';
import { evaluateLinear } from '../engine/linear';
import type { Scenario, WorldVariableName } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import { type Appraisal, appraisalFor, worth, worthBy } from './appraisal';
import { type Knowledge, knowledgeFor } from './knowledge';
import { modelOpponent } from './opponent-model';
import { lessonsFrom, raiseTheirFloor } from './win-sets';

export interface DraftEstimate {
  /** The person's own expected utility for the package, clause included, 0..1. */
  readonly ownUtility: number;
  /** Estimated chance that the other side accepts it now, 0..1. */
  readonly acceptChance: number;
  /** Whether the person's own win-sets would pass it, judged on their own rules and meters. */
  readonly ownWinsetPasses: boolean;
}

export interface Estimator {
  readonly side: SideId;
  readonly knowledge: Knowledge;
  readonly appraisal: Appraisal;
}

/**
 * How steeply the chance rises with the margin between the other side's estimated utility and its
 * estimated reservation: at a margin of one scale the chance is about 73%. Without intelligence
 * the model is a guess from offers, so the curve is wide; a consulted reservation narrows it.
 */
export const ACCEPT_SCALE = 0.06;
export const ACCEPT_SCALE_WITH_INTEL = 0.03;
/** A package holding an option the other side's legislature has already refused rarely passes. */
export const REFUSED_OPTION_FACTOR = 0.1;

export function estimatorFor(scenario: Scenario, side: SideId): Estimator {
  return { side, knowledge: knowledgeFor(scenario, side), appraisal: appraisalFor(scenario, side) };
}

export function estimateDraft(est: Estimator, obs: Observation, pkg: Package): DraftEstimate {
  const ownUtility = worth(est.appraisal, obs, pkg);
  return {
    ownUtility,
    acceptChance: obs.phase === 'over' ? 0 : acceptChance(est, obs, pkg),
    ownWinsetPasses: ownWinsetsPass(est, obs, pkg, ownUtility),
  };
}

function acceptChance(est: Estimator, obs: Observation, pkg: Package): number {
  const { knowledge, appraisal } = est;
  const model = modelOpponent(knowledge, obs);
  const lessons = lessonsFrom(knowledge, obs);
  raiseTheirFloor(model, lessons, knowledge);
  const theirs = worthBy(
    appraisal,
    pkg,
    (issue) => model.weights[issue] ?? 0,
    (issue, option) => model.values[issue]?.[option] ?? 0,
  );
  const told = obs.intel.some((r) => r.kind === 'other-reservation');
  const scale = told ? ACCEPT_SCALE_WITH_INTEL : ACCEPT_SCALE;
  let chance = 1 / (1 + Math.exp(-(theirs - model.reservation) / scale));
  const terms = { ...appraisal.statusQuo, ...pkg.terms };
  if (Object.entries(terms).some(([issue, option]) => lessons.excluded.has(`${issue}=${option}`))) {
    chance *= REFUSED_OPTION_FACTOR;
  }
  return chance;
}

/** The person's own tests, as the engine runs them at signing, on what the person can see. */
function ownWinsetsPass(est: Estimator, obs: Observation, pkg: Package, ownUtility: number): boolean {
  const terms = { ...est.appraisal.statusQuo, ...pkg.terms };
  const meters = meterValues(obs);
  const world = worldOf(obs);
  return est.knowledge.ownWinsets.every((w) => {
    const test = w.test;
    if (test.when && !test.when.options.includes(terms[test.when.issue] ?? '')) return true;
    if (test.kind === 'utility') return ownUtility >= evaluateLinear(test.min, meters, world) - 1e-9;
    return (meters[test.meter] ?? 0) >= test.min - 1e-9;
  });
}

/** Own and public meters exactly; any hidden one an own test might name, at the middle of its band. */
function meterValues(obs: Observation): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of obs.meters) {
    if (m.value !== null) out[m.id] = m.value;
    else if (m.estimate) out[m.id] = (m.estimate[0] + m.estimate[1]) / 2;
  }
  return out;
}

function worldOf(obs: Observation): Record<WorldVariableName, number> {
  return {
    tariffRate: obs.tariff.rate,
    encountersDropPct: obs.world.encountersDropPct,
    pesoChangePct: obs.world.pesoChangePct,
    growth: obs.world.growth,
    trust: obs.world.trust,
  };
}
