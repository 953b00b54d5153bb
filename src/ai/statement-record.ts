// The record of what one side said and what it did afterwards. A typed statement (a final offer, a
// walk-out warning, a deadline threat, an appeal to the principal) is a claim about the speaker's
// next moves, so it is judged by those moves as the log shows them. The judge is the observer: it
// weighs packages with its own side's numbers only (a listener cannot see the speaker's utility),
// so the record is a function of one observation and the scenario's public structure.
import {
  type ActionType,
  additiveUtility,
  type LogEntry,
  type Observation,
  type Package,
  type StatementIntent,
} from '../engine';
import type { DeepReadonly } from '../engine/readonly';
import type { TariffStep } from '../engine/state';
import { bendSchedule, nextStep } from '../engine/tariff';
import type { LocalText, Scenario } from '../scenario/schema';
import { type PerSide, type SideId, sideIds, sideInfo } from '../scenario/sides';

/**
 * The scenario's public structure a judge needs beyond the observation: the issues' status quo (an
 * offer leaves issues out), the tariff schedule as published and which moves bend it (to know which
 * step a deadline threat named), and the sides' names for the debrief. Nothing here is private.
 */
export interface StatementTable {
  readonly sides: readonly [SideId, SideId];
  readonly names: Readonly<PerSide<LocalText>>;
  /** Each side's principal by name, as the debrief says who an appeal spoke for. */
  readonly principals: Readonly<PerSide<string>>;
  readonly issues: readonly { readonly id: string; readonly statusQuo: string }[];
  readonly schedule: readonly TariffStep[];
  /** Unilateral moves that bend the schedule, by id: days every step ahead moves, points it gains. */
  readonly tariffMoves: Readonly<Record<string, { readonly shiftDays: number; readonly addPoints: number }>>;
}

export function statementTable(scenario: Scenario): StatementTable {
  const tariffMoves: Record<string, { shiftDays: number; addPoints: number }> = {};
  for (const move of scenario.moves) {
    const bend = move.effects.tariff;
    if (bend) tariffMoves[move.id] = { shiftDays: bend.shiftDays ?? 0, addPoints: bend.addPoints ?? 0 };
  }
  const sides = sideIds(scenario);
  return {
    sides,
    names: Object.fromEntries(sides.map((side) => [side, { ...sideInfo(scenario, side).name }])),
    principals: Object.fromEntries(sides.map((side) => [side, sideInfo(scenario, side).principal.name])),
    issues: scenario.issues.map((issue) => ({ id: issue.id, statusQuo: issue.statusQuo })),
    schedule: scenario.tariff.schedule.map((step) => ({ date: step.date, rate: step.rate })),
    tariffMoves,
  };
}

export type Verdict = 'kept' | 'bluff' | 'pending';

/** A point in the game: the meeting and its date. */
export interface Moment {
  round: number;
  date: string;
}

/** Why a statement got its verdict: the move or the event that settled it, and when. */
export type Because =
  /** Pending: the speaker has not moved since, and nothing else has tested it. */
  | { kind: 'untested' }
  /** Said with no offer of the speaker's own to stand behind: nothing to hold it to. */
  | { kind: 'nothing-named' }
  /** Bluff: a later offer gave the listener more than the package called final (or defended). */
  | { kind: 'conceded'; at: Moment; gain: number }
  /** Bluff: the speaker later accepted a package that gives the listener more than that. */
  | { kind: 'accepted-more'; at: Moment; gain: number }
  /** Kept: the speaker moved again without giving more. */
  | { kind: 'held'; at: Moment }
  /** Kept: the listener accepted the speaker's offer. */
  | { kind: 'accepted'; at: Moment }
  /** Kept: the speaker's own principal or legislature refused a deal, as the appeal said it would. */
  | { kind: 'principal-refused'; at: Moment }
  /** Kept: a deal was signed before the statement could be tested. */
  | { kind: 'deal'; at: Moment }
  /** Kept: the game ended with nothing contradicting it. */
  | { kind: 'game-ended'; at: Moment }
  /** Kept: the speaker walked out. */
  | { kind: 'walked-out'; at: Moment }
  /** Bluff: the listener did not give in, the speaker could walk out, and negotiated on instead. */
  | { kind: 'stayed'; at: Moment }
  /** Kept: the named tariff step came. */
  | { kind: 'step-came'; at: Moment; deadline: string; rate: number }
  /** Bluff: the speaker delayed the tariff it threatened. */
  | { kind: 'delayed'; at: Moment; deadline: string }
  /** Bluff: the named date passed without the step. */
  | { kind: 'step-missed'; at: Moment; deadline: string }
  /** Bluff: no step was left on the schedule to threaten with. */
  | { kind: 'no-step-ahead' };

export interface StatementReading {
  /** The log entry of the move that carried the statement. */
  seq: number;
  round: number;
  date: string;
  intent: StatementIntent;
  move: ActionType;
  text: LocalText;
  verdict: Verdict;
  because: Because;
  /**
   * What the package the statement stood behind (a final offer, the package an appeal defended) is
   * worth to the observer, in the observer's own utility; null for warnings and threats.
   */
  yourUtility: number | null;
}

/** A later package must beat the one named by more than rounding to count as giving more. */
const GIVES_MORE = 1e-6;

type Entry = DeepReadonly<LogEntry>;

/** Every typed statement `speaker` made, in log order, each judged by what came after it. */
export function readStatements(table: StatementTable, obs: Observation, speaker: SideId): StatementReading[] {
  const log = obs.log;
  const judge = judgeFor(table, obs, speaker);
  const out: StatementReading[] = [];
  for (let i = 0; i < log.length; i++) {
    const e = log[i] as Entry;
    if (e.kind !== 'action' || e.action.side !== speaker) continue;
    const say = e.action.say;
    if (!say?.intent) continue;
    const named =
      say.intent === 'final-offer' || say.intent === 'principal-appeal' ? namedPackage(log, i) : null;
    const judged =
      say.intent === 'walkout-warning'
        ? judgeWarning(judge, i)
        : say.intent === 'deadline-threat'
          ? judgeThreat(judge, i)
          : judgeHold(judge, i, say.intent, named);
    out.push({
      seq: e.seq,
      round: e.round,
      date: e.date,
      intent: say.intent,
      move: e.action.type,
      text: { en: say.text.en, es: say.text.es },
      verdict: judged.verdict,
      because: judged.because,
      yourUtility: named ? round6(judge.utility(named)) : null,
    });
  }
  return out;
}

interface Judge {
  table: StatementTable;
  log: Observation['log'];
  speaker: SideId;
  deadline: string;
  /** The observer's own utility of a package. */
  utility(pkg: DeepReadonly<Package>): number;
  /** How much a package gives the listener, read from the observer's side: higher is more. */
  gives(pkg: DeepReadonly<Package>): number;
  /** Whether a win-set id is the speaker's (the observer knows its own win-sets' ids). */
  speakersWinset(id: string): boolean;
}

function judgeFor(table: StatementTable, obs: Observation, speaker: SideId): Judge {
  const utility = (pkg: DeepReadonly<Package>) =>
    additiveUtility(
      table.issues,
      pkg.terms,
      (issue) => obs.you.weights[issue] ?? 0,
      (issue, option) => obs.you.values[issue]?.[option] ?? 0,
    );
  const own = new Set(obs.you.winsets.map((w) => w.id));
  const selfSpeaks = speaker === obs.side;
  return {
    table,
    log: obs.log,
    speaker,
    deadline: obs.deadline,
    utility,
    // Judging its own statements, the observer knows the speaker's utility exactly: giving the
    // listener more is taking less for itself.
    gives: (pkg) => (selfSpeaks ? -utility(pkg) : utility(pkg)),
    speakersWinset: (id) => (selfSpeaks ? own.has(id) : !own.has(id)),
  };
}

/**
 * The package a final offer or an appeal stands behind: the one the move carries, else the
 * speaker's latest offer before it ("our offer stands").
 */
function namedPackage(log: Observation['log'], at: number): DeepReadonly<Package> | null {
  const said = log[at] as Entry;
  if (said.kind !== 'action') return null;
  const speaker = said.action.side;
  for (let i = at; i >= 0; i--) {
    const e = log[i] as Entry;
    if (e.kind !== 'action' || e.action.side !== speaker) continue;
    if (e.action.type === 'propose' || e.action.type === 'counter') return e.action.package;
  }
  return null;
}

interface Judged {
  verdict: Verdict;
  because: Because;
}

const moment = (e: Entry): Moment => ({ round: e.round, date: e.date });

/**
 * A final offer or an appeal to the principal claims the speaker will give no more than `named`.
 * Any later offer or acceptance that gives the listener more is a bluff. It is kept once the
 * speaker has moved again without giving more, the listener took it, a deal was signed, or the game
 * ended; an appeal is also kept when the speaker's own principal refuses a deal, as it said. A final
 * offer the listener accepted is settled there; an appeal stays on trial to the end.
 */
function judgeHold(
  judge: Judge,
  at: number,
  intent: StatementIntent,
  named: DeepReadonly<Package> | null,
): Judged {
  if (!named) return { verdict: 'pending', because: { kind: 'nothing-named' } };
  const line = judge.gives(named);
  const { log, speaker } = judge;
  let standing: DeepReadonly<Package> | null = null;
  let kept: Because | null = null;
  for (let i = 0; i < log.length; i++) {
    const e = log[i] as Entry;
    if (e.kind === 'action') {
      const a = e.action;
      if (a.type === 'propose' || a.type === 'counter') standing = a.package;
      if (a.type === 'reject') standing = null;
      if (i <= at) continue;
      if (a.side === speaker) {
        if (a.type === 'propose' || a.type === 'counter') {
          const gain = judge.gives(a.package) - line;
          if (gain > GIVES_MORE)
            return { verdict: 'bluff', because: { kind: 'conceded', at: moment(e), gain } };
        }
        if (a.type === 'accept' && standing) {
          const gain = judge.gives(standing) - line;
          if (gain > GIVES_MORE) {
            return { verdict: 'bluff', because: { kind: 'accepted-more', at: moment(e), gain } };
          }
        }
        if (isNegotiating(a.type)) kept ??= { kind: 'held', at: moment(e) };
      } else if (a.type === 'accept') {
        // A final offer taken has done its work: what follows a refused ratification is a new
        // negotiation. An appeal speaks of a line that outlasts the signature, so it stays on trial.
        if (intent === 'final-offer')
          return { verdict: 'kept', because: { kind: 'accepted', at: moment(e) } };
        kept ??= { kind: 'accepted', at: moment(e) };
      }
    } else if (e.kind === 'ratification') {
      if (!e.passed) standing = null;
      if (i > at && intent === 'principal-appeal' && e.failures.some((id) => judge.speakersWinset(id))) {
        // The strongest evidence an appeal can get; a later concession still overrides it.
        if (kept?.kind !== 'principal-refused') kept = { kind: 'principal-refused', at: moment(e) };
      }
    } else if (i > at && e.kind === 'deal') {
      kept ??= { kind: 'deal', at: moment(e) };
    } else if (i > at && e.kind === 'end') {
      kept ??= { kind: 'game-ended', at: moment(e) };
    }
  }
  return kept ? { verdict: 'kept', because: kept } : { verdict: 'pending', because: { kind: 'untested' } };
}

function isNegotiating(type: ActionType): boolean {
  return type !== 'unilateral' && type !== 'consult';
}

/**
 * "Accept or we leave": once the listener has answered with anything but an acceptance, the
 * speaker's first turn on which walking out is legal (the rules allow it from the deadline on)
 * settles it: a walk-out keeps it, any other negotiating move is a bluff. A deal or the end of the
 * game before that leaves it kept: nothing contradicted it.
 */
function judgeWarning(judge: Judge, at: number): Judged {
  const { log, speaker } = judge;
  let answered = false;
  for (let i = at + 1; i < log.length; i++) {
    const e = log[i] as Entry;
    if (e.kind === 'action') {
      const a = e.action;
      if (a.side !== speaker) {
        if (a.type === 'accept') return { verdict: 'kept', because: { kind: 'accepted', at: moment(e) } };
        if (isNegotiating(a.type)) answered = true;
        continue;
      }
      if (a.type === 'walkout') return { verdict: 'kept', because: { kind: 'walked-out', at: moment(e) } };
      if (answered && isNegotiating(a.type) && e.date >= judge.deadline) {
        return { verdict: 'bluff', because: { kind: 'stayed', at: moment(e) } };
      }
    } else if (e.kind === 'deal') {
      return { verdict: 'kept', because: { kind: 'deal', at: moment(e) } };
    } else if (e.kind === 'end') {
      return { verdict: 'kept', because: { kind: 'game-ended', at: moment(e) } };
    }
  }
  return { verdict: 'pending', because: { kind: 'untested' } };
}

/**
 * "Sign before the next step or pay it": the step named is the next one on the schedule as it stood
 * when the threat was made. The step coming keeps it; the speaker delaying the tariff, or the date
 * passing without the step, makes it a bluff; a deal first leaves it kept.
 */
function judgeThreat(judge: Judge, at: number): Judged {
  const { log, speaker, table } = judge;
  let steps: readonly TariffStep[] = table.schedule;
  let rate = 0;
  for (let i = 0; i <= at; i++) {
    const e = log[i] as Entry;
    if (e.kind === 'tariff') rate = e.rate;
    if (e.kind === 'action' && e.action.type === 'unilateral') {
      const bend = table.tariffMoves[e.action.move];
      if (bend) steps = bendSchedule(steps, e.date, bend);
    }
  }
  const said = log[at] as Entry;
  const step = nextStep(steps, said.date);
  if (!step) return { verdict: 'bluff', because: { kind: 'no-step-ahead' } };
  const deadline = step.date;
  for (let i = at + 1; i < log.length; i++) {
    const e = log[i] as Entry;
    if (e.kind === 'tariff' && e.rate > rate) {
      return { verdict: 'kept', because: { kind: 'step-came', at: moment(e), deadline, rate: e.rate } };
    }
    if (e.kind === 'deal') return { verdict: 'kept', because: { kind: 'deal', at: moment(e) } };
    if (e.kind === 'action' && e.action.side === speaker && e.action.type === 'unilateral') {
      const bend = table.tariffMoves[e.action.move];
      if (bend && bend.shiftDays > 0) {
        return { verdict: 'bluff', because: { kind: 'delayed', at: moment(e), deadline } };
      }
    }
    // The step is taken as its meeting opens, before anything else is logged on that date.
    if (e.date > deadline || (e.date === deadline && e.kind !== 'tariff')) {
      return { verdict: 'bluff', because: { kind: 'step-missed', at: moment(e), deadline } };
    }
    if (e.kind === 'end') return { verdict: 'kept', because: { kind: 'game-ended', at: moment(e) } };
  }
  return { verdict: 'pending', because: { kind: 'untested' } };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
