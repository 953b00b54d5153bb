// What to ask for: a target utility that falls with time (Boulware or conceder) and with the other
// side's own concessions (tit for tat), and the package at that target the other side should like
// best, read off the frontier of our utility against our model of theirs.
import { type Observation, round6, type TradeOff } from '../engine';
import type { ScenarioPersona } from '../scenario/schema';
import type { Knowledge } from './knowledge';
import type { OpponentModel } from './opponent-model';

export interface TargetInputs {
  bidding: ScenarioPersona['bidding'];
  /** 0 at the first round, 1 at the last. */
  time: number;
  best: number;
  floor: number;
  /** How much the other side's offers have improved for us since its first (≥ 0). */
  theirConcession: number;
}

export function targetUtility({ bidding, time, best, floor, theirConcession }: TargetInputs): number {
  const start = Math.max(floor, bidding.aspiration * best);
  const timed = floor + (start - floor) * (1 - time ** (1 / bidding.exponent));
  return Math.max(floor, timed - bidding.reciprocity * theirConcession);
}

/**
 * The frontier package we offer at `target`: the one that leaves the other side most, or, when
 * exploiting, the one that keeps most for us while still clearing their estimated reservation.
 */
export function choosePackage(
  frontier: readonly TradeOff[],
  target: number,
  exploit: { theirReservation: number } | null,
): TradeOff | null {
  const feasible = frontier.filter((p) => p.own >= target - 1e-9);
  if (feasible.length === 0) return frontier[0] ?? null;
  if (exploit) {
    const enough = feasible.filter((p) => p.theirs >= exploit.theirReservation + 0.1);
    if (enough.length > 0) return enough[0] as TradeOff;
  }
  // The frontier is sorted by our utility, descending: the last feasible point gives them most.
  return feasible[feasible.length - 1] as TradeOff;
}

/** Per issue and option: our utility contribution (own) and our estimate of theirs. */
export type Contributions = Record<string, Record<string, { own: number; theirs: number }>>;

export function contributions(frontierTables: ReturnType<typeof tablesFor>): Contributions {
  const out: Contributions = {};
  for (const t of frontierTables)
    out[t.id] = Object.fromEntries(t.options.map((o) => [o.id, { own: o.own, theirs: o.theirs }]));
  return out;
}

export function tablesFor(
  knowledge: Knowledge,
  obs: Observation,
  model: OpponentModel,
  excluded: ReadonlySet<string>,
) {
  return knowledge.issues.map((issue) => {
    const allowed = issue.options.filter((o) => !excluded.has(o.key));
    const options = allowed.length > 0 ? allowed : issue.options.filter((o) => o.id === issue.statusQuo);
    return {
      id: issue.id,
      options: options.map((o) => ({
        id: o.id,
        own: (obs.you.weights[issue.id] ?? 0) * (obs.you.values[issue.id]?.[o.id] ?? 0),
        theirs: (model.weights[issue.id] ?? 0) * (model.values[issue.id]?.[o.id] ?? 0),
      })),
    };
  });
}

/**
 * Meets the other side where it stands: starts from its own offer and changes one issue at a time,
 * taking what gains us most for what we think costs them least, until our target is reached; then
 * gives back anything that costs us nothing. Offers built this way stay close to what the other
 * side asked for, which is what lets two negotiators with rough models of each other converge.
 */
export function repairToward(base: Record<string, string>, target: number, table: Contributions): TradeOff {
  const state: Repair = { terms: {}, own: 0, theirs: 0 };
  for (const [issue, options] of Object.entries(table)) {
    const pick = options[base[issue] ?? ''] ? (base[issue] as string) : (Object.keys(options)[0] as string);
    state.terms[issue] = pick;
    state.own += options[pick]?.own ?? 0;
    state.theirs += options[pick]?.theirs ?? 0;
  }
  // Up to the target: most gain for us per (damped) cost to them. The damping keeps a rough model
  // of their costs from steering too hard: large gains for us tend to sit on issues we care about
  // more than they do.
  while (
    state.own < target - 1e-9 &&
    improve(state, table, (da, db) => (da > 1e-12 ? da / (Math.max(0, -db) + REPAIR_DAMPING) : 0))
  ) {}
  // Give back what we do not need, best bargain for them first, while we stay at the target.
  while (
    improve(state, table, (da, db) =>
      db > 1e-12 && state.own + da >= target - 1e-9 ? db / (Math.max(0, -da) + 1e-3) : 0,
    )
  ) {}
  return { own: round6(state.own), theirs: round6(state.theirs), terms: state.terms };
}

interface Repair {
  terms: Record<string, string>;
  own: number;
  theirs: number;
}

/**
 * Applies the single-issue change with the best positive score (given our and their change in
 * utility); false when no change scores above zero.
 */
function improve(state: Repair, table: Contributions, score: (da: number, db: number) => number): boolean {
  let bestIssue = '';
  let bestOption = '';
  let bestScore = 0;
  // for…in, not Object.entries: this is the innermost loop of every offer the negotiator builds.
  for (const issue in table) {
    const options = table[issue] as Contributions[string];
    const current = options[state.terms[issue] as string] as { own: number; theirs: number };
    for (const id in options) {
      const o = options[id] as { own: number; theirs: number };
      const value = score(o.own - current.own, o.theirs - current.theirs);
      if (value > bestScore) {
        bestScore = value;
        bestIssue = issue;
        bestOption = id;
      }
    }
  }
  if (!bestIssue) return false;
  const from = table[bestIssue]?.[state.terms[bestIssue] as string] as { own: number; theirs: number };
  const to = table[bestIssue]?.[bestOption] as { own: number; theirs: number };
  state.own += to.own - from.own;
  state.theirs += to.theirs - from.theirs;
  state.terms[bestIssue] = bestOption;
  return true;
}

const REPAIR_DAMPING = 0.05;
