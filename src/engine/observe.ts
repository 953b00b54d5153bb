// What one side may see. This is the only window the UI and the AI have onto a game: the other
// side's weights, option values, reservation value, brief, private meters and intelligence never
// pass through it.
import type { LocalText, Scenario } from '../scenario/schema';
import { bySide, type PerSide, type SideId, sideInfo } from '../scenario/sides';
import type { LegalAction, Package } from './actions';
import { daysBetween } from './calendar';
import { legalActions } from './legal';
import { evaluateLinear, worldVariables } from './linear';
import { packageUtility } from './offer';
import type { DeepReadonly } from './readonly';
import { reservationValue } from './reservation';
import { round6 } from './rounding';
import type { Deal, GameState, IntelRecord, LogEntry, Outcome, Snapshot, TariffStep, Turn } from './state';
import { nextStep } from './tariff';
import { checkWinsets } from './winset';

export interface MeterView {
  id: string;
  side: SideId;
  /** Exact for the observer's own meters and for public ones. */
  value: number | null;
  /** A band the true value lies in, for the other side's private meters. */
  estimate: [number, number] | null;
}

export interface WinsetView {
  id: string;
  kind: 'utility' | 'meter';
  /** The threshold is the principal's to know: exact only after consulting, otherwise a band. */
  threshold: number | null;
  estimate: [number, number];
}

/** The observation as `observe` builds it; callers get it as the read-only `Observation`. */
interface ObservationDraft {
  side: SideId;
  scenarioId: string;
  phase: GameState['phase'];
  round: number;
  roundCount: number;
  date: string;
  slot: GameState['slot'];
  deadline: string;
  daysToDeadline: number;
  turn: Turn;
  yourTurn: boolean;
  legal: LegalAction[];
  tariff: {
    rate: number;
    status: GameState['tariff']['status'];
    next: TariffStep | null;
    steps: TariffStep[];
  };
  world: {
    encounters: number;
    encountersDropPct: number;
    peso: number;
    pesoChangePct: number;
    growth: number;
    trust: number;
    tariffPaidBn: number;
  };
  meters: MeterView[];
  standing: {
    by: SideId;
    package: Package;
    round: number;
    yourUtility: number;
    yourWinsetPasses: boolean;
  } | null;
  you: {
    brief: LocalText;
    weights: Record<string, number>;
    values: Record<string, Record<string, number>>;
    reservation: number;
    winsets: WinsetView[];
  };
  intel: IntelRecord[];
  offersMade: PerSide<number>;
  deal: Deal | null;
  outcome: Outcome;
  log: LogEntry[];
  timeline: Snapshot[];
}

export type Observation = DeepReadonly<ObservationDraft>;

function band(value: number, width: number, lo: number, hi: number): [number, number] {
  const start = Math.floor(value / width) * width;
  return [Math.max(lo, round6(start)), Math.min(hi, round6(start + width))];
}

/** What never changes during a game for one side's view; built once per scenario and side. */
export interface SideView {
  side: SideId;
  /** The replay viewer's "everything": the other side's meters, private entries and bluffs too. */
  omniscient: boolean;
  roundCount: number;
  hidden: ReadonlySet<string>;
  brief: LocalText;
  weights: Record<string, number>;
  values: Record<string, Record<string, number>>;
}

export function sideView(scenario: Scenario, side: SideId, roundCount: number, omniscient = false): SideView {
  return {
    side,
    omniscient,
    roundCount,
    hidden: new Set(
      omniscient
        ? []
        : scenario.meters.filter((m) => m.side !== side && m.visibility === 'private').map((m) => m.id),
    ),
    // Copied and frozen: observations hand it out, and it must not be a way into the scenario.
    brief: Object.freeze({ ...sideInfo(scenario, side).brief }),
    weights: Object.fromEntries(scenario.issues.map((i) => [i.id, bySide(i.weight, side)])),
    // Shared by every observation of this side, so frozen: no reader can change another's copy.
    values: Object.freeze(
      Object.fromEntries(
        scenario.issues.map((i) => [
          i.id,
          Object.freeze(Object.fromEntries(i.options.map((o) => [o.id, bySide(o.value, side)]))),
        ]),
      ),
    ),
  };
}

/**
 * A fresh view for one side. It shares no object with the state (nor with another observation,
 * except the side's frozen tables), so a reader that writes into it changes nothing the rules see:
 * accepting an edited standing package still accepts the offer as it stands in the state.
 */
export function observe(scenario: Scenario, state: GameState, view: SideView): Observation {
  const vars = worldVariables(scenario, state);
  const draft: ObservationDraft = {
    side: view.side,
    scenarioId: scenario.id,
    phase: state.phase,
    round: state.round,
    roundCount: view.roundCount,
    date: state.date,
    slot: state.slot,
    deadline: scenario.calendar.deadline,
    daysToDeadline: Math.max(0, daysBetween(state.date, scenario.calendar.deadline)),
    turn: { ...state.turn },
    yourTurn: state.phase !== 'over' && state.turn.side === view.side,
    legal: legalActions(scenario, state, view.side),
    tariff: tariffView(state),
    world: worldView(state, vars),
    meters: metersView(scenario, state, view),
    standing: standingView(scenario, state, view.side),
    you: youView(scenario, state, view, vars),
    intel: plainCopy<IntelRecord[]>(bySide(state.intel, view.side)),
    offersMade: { ...state.offersMade },
    deal: state.deal ? plainCopy<Deal>(state.deal) : null,
    outcome: plainCopy<Outcome>(state.outcome),
    log: visibleLog(state, view),
    timeline: timelineView(state, view),
  };
  return draft;
}

function tariffView(state: GameState): ObservationDraft['tariff'] {
  const next = state.deal ? null : nextStep(state.tariff.steps, state.date);
  return {
    rate: state.tariff.rate,
    status: state.tariff.status,
    next: next ? { ...next } : null,
    steps: state.tariff.steps.map((s) => ({ ...s })),
  };
}

function worldView(state: GameState, vars: ReturnType<typeof worldVariables>): ObservationDraft['world'] {
  return {
    encounters: state.world.encounters,
    encountersDropPct: round6(vars.encountersDropPct),
    peso: state.world.peso,
    pesoChangePct: round6(vars.pesoChangePct),
    growth: state.world.growth,
    trust: state.world.trust,
    tariffPaidBn: state.world.tariffPaidBn,
  };
}

/** Own and public meters exactly; the other side's private ones only as a band. */
function metersView(scenario: Scenario, state: GameState, view: SideView): MeterView[] {
  return scenario.meters.map((m) => {
    const v = state.meters[m.id] ?? m.initial;
    return view.hidden.has(m.id)
      ? { id: m.id, side: m.side, value: null, estimate: band(v, (m.max - m.min) / 5, m.min, m.max) }
      : { id: m.id, side: m.side, value: v, estimate: null };
  });
}

function standingView(scenario: Scenario, state: GameState, side: SideId): ObservationDraft['standing'] {
  const standing = state.standing;
  if (!standing) return null;
  return {
    by: standing.by,
    package: plainCopy(standing.package),
    round: standing.round,
    yourUtility: round6(packageUtility(scenario, side, standing.package)),
    yourWinsetPasses: checkWinsets(scenario, state, standing.package, side).every((c) => c.passed),
  };
}

function youView(
  scenario: Scenario,
  state: GameState,
  view: SideView,
  vars: ReturnType<typeof worldVariables>,
): ObservationDraft['you'] {
  const side = view.side;
  const consultedNow = new Set(
    bySide(state.intel, side)
      .filter((r) => r.kind === 'own-winset' && r.round === state.round)
      .flatMap((r) => Object.keys(r.values)),
  );
  return {
    brief: view.brief,
    weights: { ...view.weights },
    values: view.values,
    reservation: round6(reservationValue(scenario, state, side)),
    winsets: scenario.winsets
      .filter((w) => w.side === side)
      .map((w) => {
        const t = w.test.kind === 'utility' ? evaluateLinear(w.test.min, state.meters, vars) : w.test.min;
        const width = w.test.kind === 'utility' ? 0.1 : 10;
        return {
          id: w.id,
          kind: w.test.kind,
          threshold: consultedNow.has(w.id) ? round6(t) : null,
          estimate: band(t, width, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY),
        };
      }),
  };
}

function timelineView(state: GameState, view: SideView): Snapshot[] {
  return state.timeline.map((snap) => {
    const meters: Record<string, number> = {};
    for (const id in snap.meters) if (!view.hidden.has(id)) meters[id] = snap.meters[id] as number;
    return { ...snap, meters };
  });
}

/**
 * Private entries stay with their side; a bluff stays hidden from the other side until the end
 * (an omniscient view sees every entry and every bluff).
 * Every entry kept is copied: entries are small, and a copy costs less than the questions a shared
 * entry raises (see the benchmark's AI decision figures, which include one observation each).
 */
function visibleLog(state: GameState, view: SideView): LogEntry[] {
  const side = view.side;
  const hideBluffs = state.phase !== 'over' && !view.omniscient;
  const out: LogEntry[] = [];
  for (const e of state.log) {
    if (!view.omniscient && e.visibility !== 'public' && e.visibility !== side) continue;
    const seen = plainCopy<LogEntry>(e);
    if (hideBluffs && seen.kind === 'action' && seen.action.side !== side) delete seen.action.say?.bluff;
    out.push(seen);
  }
  return out;
}

/**
 * A fresh, mutable copy of plain JSON data (the state holds nothing else), cheaper than
 * structuredClone. Nothing of the read-only original is shared, which is what lets the copy be `T`.
 */
function plainCopy<T>(value: DeepReadonly<T>): T {
  return copyJson(value) as T;
}

function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyJson(value[i]);
    return out;
  }
  // `for…in` (plain objects only, as here): intelligence values are large keyed records, which
  // it copies about three times faster than a spread or Object.keys, and every observation copies
  // them all.
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyJson((value as Record<string, unknown>)[key]);
  return out;
}
