// The game state: plain JSON only, so it can be saved, hashed, sent to a worker and replayed.
import type { IntelKind } from '../scenario/schema';
import type { PerSide, SideId } from '../scenario/sides';
import type { Action, Conditional, Package } from './actions';
import type { Slot } from './calendar';
import type { Digest } from './hash';
import type { DeepReadonly } from './readonly';
import type { RngState } from './rng';

export const ENGINE_VERSION = '1.0.0';

export type Phase = 'talks' | 'tariff' | 'over';

export interface TariffStep {
  date: string;
  rate: number;
}

export interface TariffState {
  /** The schedule as it stands, after any delay or escalation. Replaced when it bends, never edited. */
  steps: readonly Readonly<TariffStep>[];
  /** Rate in force now, in percentage points. */
  rate: number;
  status: 'threatened' | 'in-force' | 'suspended' | 'frozen' | 'reinstated';
}

export interface WorldState {
  /** Monthly southwest border encounters, at the current rate. */
  encounters: number;
  peso: number;
  growth: number;
  trust: number;
  /** Share of flows removed by measures in force, before diminishing returns. */
  flowEffect: number;
  /** Tariff paid so far, in billions of dollars. */
  tariffPaidBn: number;
  /** Days of world time since the start. */
  elapsedDays: number;
}

export interface StandingOffer {
  by: SideId;
  package: Package;
  round: number;
}

/**
 * A signed deal. A draft copies the deal and its `signed` record; the package, the terms and the
 * reservation values are shared with the state it came from, so they are replaced, never edited.
 */
export interface Deal {
  package: DeepReadonly<Package>;
  /** Every issue's option, status quo filled in, with any triggered clause applied. */
  terms: Readonly<Record<string, string>>;
  signed: { date: string; round: number; acceptedBy: SideId };
  /** What no deal was worth to each side at signing: the disagreement point of the analysis. */
  reservation: Readonly<PerSide<number>>;
  clauseTriggered: boolean;
  reinstated: boolean;
}

export interface IntelRecord {
  kind: IntelKind;
  round: number;
  date: string;
  consultation: string;
  /** Estimates with an honest margin; exact values for the side's own win-set. */
  values: Record<string, number>;
  margin: number;
}

export interface ReviewResult {
  day: number;
  date: string;
  encounters: number;
  dropPct: number;
  target: number;
  sufficient: boolean;
  clause: 'none' | 'triggered' | 'ratified' | 'failed';
  tariff: 'kept-off' | 'reinstated';
}

export type Outcome =
  | { kind: 'ongoing' }
  | {
      kind: 'deal';
      date: string;
      round: number;
      acceptedBy: SideId;
      terms: Record<string, string>;
      conditional?: Conditional;
      historical: boolean;
      review: ReviewResult[];
      verdict: 'held' | 'clause-triggered' | 'tariffs-reinstated';
      finalTariff: number;
    }
  | { kind: 'walkout'; by: SideId; date: string; round: number; finalTariff: number }
  | { kind: 'no-deal'; date: string; round: number; finalTariff: number };

export type OutcomeKind = Outcome['kind'];

/** Who may read a log entry: both sides, or only one. */
export type Visibility = 'public' | SideId;

export type LogEntry = { seq: number; round: number; date: string; visibility: Visibility } & (
  | { kind: 'action'; action: Action }
  | { kind: 'event'; event: string; background: boolean }
  | { kind: 'tariff'; rate: number; status: TariffState['status'] }
  | { kind: 'ratification'; passed: boolean; failures: string[] }
  | { kind: 'deal'; terms: Record<string, string>; historical: boolean }
  | { kind: 'review'; result: ReviewResult }
  | { kind: 'intel'; record: IntelRecord }
  | { kind: 'round'; closed: number }
  | { kind: 'end'; outcome: OutcomeKind }
);

/**
 * One row per closed round (and, after a deal, per month end and review): what the debrief charts
 * and the replay viewer plot.
 *
 * The one convention: every figure stands at the moment the row was taken (the close of the round,
 * the month or the review day), and `date` is the calendar day in which that moment falls, a
 * midnight counting as the close of the day before. So a morning meeting's row on June 5 is dated
 * June 5 (it stands at noon), the monthly round of June 10 closes at the end of June 30 and is dated
 * June 30, and the last row of every game stands at the close of the scenario's end date.
 */
export interface Snapshot {
  round: number;
  date: string;
  tariff: number;
  /** Border encounters as a monthly rate at that moment. */
  encounters: number;
  /** Encounters that happened since the previous row (or since the start): the rate integrated over the days. */
  crossed: number;
  peso: number;
  growth: number;
  trust: number;
  meters: Record<string, number>;
}

export interface Turn {
  side: SideId;
  /** 0 for the side with the initiative, 1 for the responder. */
  step: 0 | 1;
  slotUsed: boolean;
}

/**
 * The game as the rules change it: only ever a private copy (`draft`) of the state it came from, or
 * a game being set up (`newGame`), so no caller sees a change. `draft` copies what an action edits
 * in place (the stream, the turn, the tariff, the world, the meters, the deal, the log's list);
 * everything else is shared with the state it came from, so it is typed read-only here too: the
 * rules may replace it, and the compiler stops them editing it.
 */
export interface GameDraft {
  engineVersion: string;
  scenarioId: string;
  scenarioHash: string;
  seed: number;
  rng: RngState;
  phase: Phase;
  round: number;
  date: string;
  slot: Slot;
  turn: Turn;
  tariff: TariffState;
  world: WorldState;
  meters: Record<string, number>;
  standing: DeepReadonly<StandingOffer> | null;
  deal: Deal | null;
  usedMoves: readonly string[];
  firedEvents: readonly string[];
  intel: DeepReadonly<PerSide<IntelRecord[]>>;
  offersMade: Readonly<PerSide<number>>;
  /** The list is the draft's own; its entries are shared. */
  log: DeepReadonly<LogEntry>[];
  timeline: DeepReadonly<Snapshot[]>;
  /** A running digest of the actions applied, so `stateHash` need not re-read the log. */
  actionsDigest: Readonly<Digest>;
  outcome: DeepReadonly<Outcome>;
  /** Count of actions applied; with the seed, the log's actions replay the game exactly. */
  actionCount: number;
}

/** The game state as the engine hands it out and takes it back: plain JSON, read-only all the way down. */
export type GameState = DeepReadonly<GameDraft>;
