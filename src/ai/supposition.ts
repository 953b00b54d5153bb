// "If they put this on the table now": the observation a negotiator would have, on its turn, once
// the other side has proposed a package, built from its present observation alone. The explanations
// judge a player's draft, and each change they consider, on this supposed observation, so the
// answer is the one the negotiator would give if the player sent it.
//
// What the observation cannot tell is the principal's exact line, which the engine checks and the
// negotiator learns by consulting on its turn. The engine's check is supposed on the line as known
// when it was told this round, else on the top of its band: the true line is never above it, so a
// promise made on it holds whatever a consultation says. A negotiator that will consult before it
// answers (`consultsFirst`) is supposed to hold that top as its line too. The legislature's meters
// are the side's own and exact.
// Nothing else moves: the supposition is "now", in this round, before events.
import { type Observation, type Package, round6, samePackage } from '../engine';
import type { LogEntry } from '../engine/state';
import { type Appraisal, worth } from './appraisal';
import type { Knowledge } from './knowledge';

/** The observation with `pkg` standing, just proposed by the other side (replacing any offer it faces). */
export function supposeOffered(
  obs: Observation,
  pkg: Package,
  appraisal: Appraisal,
  knowledge: Knowledge,
  consultsFirst: boolean,
): Observation {
  // On its turn, the offer the negotiator faces is the one the supposition replaces: it is the
  // other side's latest, so its entry is the last of theirs in the log. Before the other side has
  // moved (the front end asking), the new offer comes on top of everything logged.
  const facing = obs.yourTurn && obs.standing !== null && obs.standing.by !== obs.side;
  if (facing && obs.standing && samePackage(obs.standing.package, pkg)) return obs;
  let log: readonly Observation['log'][number][] = obs.log;
  if (facing) {
    const at = lastOfferIndex(obs);
    if (at >= 0) log = [...obs.log.slice(0, at), ...obs.log.slice(at + 1)];
  }
  const last = obs.log.at(-1);
  const entry: LogEntry = {
    seq: (last?.seq ?? -1) + 1,
    round: obs.round,
    date: obs.date,
    visibility: 'public',
    kind: 'action',
    action: {
      type: obs.standing && obs.standing.by === obs.side ? 'counter' : 'propose',
      side: appraisal.other,
      package: pkg,
    },
  };
  const u = worth(appraisal, obs, pkg);
  const you = consultsFirst
    ? {
        ...obs.you,
        winsets: obs.you.winsets.map((w) =>
          w.kind === 'utility' ? { ...w, threshold: w.threshold ?? w.estimate[1] } : w,
        ),
      }
    : obs.you;
  return {
    ...obs,
    you,
    log: [...log, entry],
    standing: {
      by: appraisal.other,
      package: pkg,
      round: obs.round,
      yourUtility: round6(u),
      yourWinsetPasses:
        u >= surePrincipalLine(obs) - 1e-9 && legislatureRefusals(knowledge, obs, pkg).length === 0,
    },
  };
}

/** The highest the principal's line can be: exact when told this round, else its band's top. */
export function surePrincipalLine(obs: Observation): number {
  let line = 0;
  for (const w of obs.you.winsets)
    if (w.kind === 'utility') line = Math.max(line, w.threshold ?? w.estimate[1]);
  return line;
}

function lastOfferIndex(obs: Observation): number {
  for (let i = obs.log.length - 1; i >= 0; i--) {
    const e = obs.log[i];
    if (
      e?.kind === 'action' &&
      e.action.side !== obs.side &&
      (e.action.type === 'propose' || e.action.type === 'counter')
    )
      return i;
  }
  return -1;
}

/** A meter test of our own legislature that refuses an option of the package, as the engine runs it. */
export interface LegislatureRefusal {
  winset: string;
  issue: string;
  option: string;
  meter: string;
}

export function legislatureRefusals(
  knowledge: Knowledge,
  obs: Observation,
  pkg: Package,
): LegislatureRefusal[] {
  const out: LegislatureRefusal[] = [];
  for (const w of knowledge.ownWinsets) {
    const test = w.test;
    if (test.kind !== 'meter' || !test.when) continue;
    const issue = knowledge.issues.find((i) => i.id === test.when?.issue);
    const option = pkg.terms[test.when.issue] ?? issue?.statusQuo ?? '';
    if (!test.when.options.includes(option)) continue;
    const value = obs.meters.find((m) => m.id === test.meter)?.value;
    if (value !== null && value !== undefined && value < test.min - 1e-9) {
      out.push({ winset: w.id, issue: test.when.issue, option, meter: test.meter });
    }
  }
  return out;
}
