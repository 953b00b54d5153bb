// What intelligence on the other side's priorities proves, as opposed to suggests. Each reading of
// a weight or an option value lies within the rules' stated margin of the truth, so the truth lies
// in every reading's interval at once: their intersection, which narrows with each consultation.
// A negotiator that must not make an offer worse for the other side leans on these bounds only.
import type { Observation } from '../engine';
import { MARGIN } from '../engine/intel';
import type { Knowledge } from './knowledge';

/** Proven bounds on the other side's issue weights (`issue`) and option values (`issue=option`). */
export interface Heard {
  readonly readings: number;
  bounds(key: string): readonly [number, number] | null;
}

/** One reading per observation: a decision asks for it several times, and it draws on every record. */
const heardIn = new WeakMap<Observation, { knowledge: Knowledge; heard: Heard | null }>();

export function heardFrom(obs: Observation, knowledge: Knowledge): Heard | null {
  const known = heardIn.get(obs);
  if (known?.knowledge === knowledge) return known.heard;
  const heard = intersected(obs, knowledge);
  heardIn.set(obs, { knowledge, heard });
  return heard;
}

function intersected(obs: Observation, knowledge: Knowledge): Heard | null {
  const records = obs.intel.filter((r) => r.kind === 'other-priorities');
  if (records.length === 0) return null;
  const issues = new Set(knowledge.issues.map((i) => i.id));
  const lo = new Map<string, number>();
  const hi = new Map<string, number>();
  for (const record of records) {
    for (const key in record.values) {
      const value = record.values[key] as number;
      const margin = issues.has(key) ? MARGIN.priority : MARGIN.preference;
      lo.set(key, Math.max(lo.get(key) ?? Number.NEGATIVE_INFINITY, value - margin));
      hi.set(key, Math.min(hi.get(key) ?? Number.POSITIVE_INFINITY, value + margin));
    }
  }
  return {
    readings: records.length,
    bounds(key) {
      const a = lo.get(key);
      const b = hi.get(key);
      return a === undefined || b === undefined ? null : [Math.max(0, a), Math.min(1, b)];
    },
  };
}

/** Whether option `a` is worth more to them than option `b` on one issue, beyond doubt. */
export function surelyBetter(heard: Heard | null, issue: string, a: string, b: string): boolean {
  const x = heard?.bounds(`${issue}=${a}`);
  const y = heard?.bounds(`${issue}=${b}`);
  return x !== null && x !== undefined && y !== null && y !== undefined && x[0] > y[1];
}

/** Whether `next` is worth at least `last` to them for every truth the intelligence allows. */
export function provablyNoWorse(
  heard: Heard,
  knowledge: Knowledge,
  last: Readonly<Record<string, string>>,
  next: Readonly<Record<string, string>>,
): boolean {
  let worst = 0;
  for (const issue of knowledge.issues) {
    const a = last[issue.id];
    const b = next[issue.id];
    if (a === b) continue;
    const w = heard.bounds(issue.id);
    const va = heard.bounds(`${issue.id}=${a}`);
    const vb = heard.bounds(`${issue.id}=${b}`);
    if (!w || !va || !vb) return false;
    const low = vb[0] - va[1];
    worst += (low >= 0 ? w[0] : w[1]) * low;
  }
  return worst >= 0;
}
