// What one side may see. This is the only window the UI and the AI have onto a game: the other
// side's weights, option values, reservation value, brief, private meters and intelligence never
// pass through it.
import type { LocalText, Scenario, Side } from '../scenario/schema';
import type { PerSide } from '../scenario/sides';
import { bySide, sideInfo } from '../scenario/sides';
import type { LegalAction, Package } from './actions';
import { daysBetween } from './calendar';
import { legalActions } from './legal';
import { evaluateLinear, worldVariables } from './linear';
import { packageUtility } from './offer';
import { reservationValue } from './reservation';
import { round6 } from './rounding';
import type { Deal, GameState, IntelRecord, LogEntry, Outcome, Snapshot, TariffStep, Turn } from './state';
import { nextStep } from './tariff';
import { checkWinsets } from './winset';

export interface MeterView {
  id: string;
  side: Side;
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

export interface Observation {
  side: Side;
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
    by: Side;
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

function band(value: number, width: number, lo: number, hi: number): [number, number] {
  const start = Math.floor(value / width) * width;
  return [Math.max(lo, round6(start)), Math.min(hi, round6(start + width))];
}

/** What never changes during a game for one side's view; built once per scenario and side. */
export interface SideView {
  side: Side;
  roundCount: number;
  hidden: ReadonlySet<string>;
  brief: LocalText;
  weights: Record<string, number>;
  values: Record<string, Record<string, number>>;
}

export function sideView(scenario: Scenario, side: Side, roundCount: number): SideView {
  return {
    side,
    roundCount,
    hidden: new Set(
      scenario.meters.filter((m) => m.side !== side && m.visibility === 'private').map((m) => m.id),
    ),
    brief: sideInfo(scenario, side).brief,
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

export function observe(scenario: Scenario, state: GameState, view: SideView): Observation {
  const { side, roundCount, hidden } = view;
  const vars = worldVariables(scenario, state);
  const consultedNow = new Set(
    bySide(state.intel, side)
      .filter((r) => r.kind === 'own-winset' && r.round === state.round)
      .flatMap((r) => Object.keys(r.values)),
  );
  const standing = state.standing;
  return {
    side,
    scenarioId: scenario.id,
    phase: state.phase,
    round: state.round,
    roundCount,
    date: state.date,
    slot: state.slot,
    deadline: scenario.calendar.deadline,
    daysToDeadline: Math.max(0, daysBetween(state.date, scenario.calendar.deadline)),
    turn: { ...state.turn },
    yourTurn: state.phase !== 'over' && state.turn.side === side,
    legal: legalActions(scenario, state, side),
    tariff: {
      rate: state.tariff.rate,
      status: state.tariff.status,
      next: state.deal ? null : nextStep(state.tariff.steps, state.date),
      steps: state.tariff.steps.map((s) => ({ ...s })),
    },
    world: {
      encounters: state.world.encounters,
      encountersDropPct: round6(vars.encountersDropPct),
      peso: state.world.peso,
      pesoChangePct: round6(vars.pesoChangePct),
      growth: state.world.growth,
      trust: state.world.trust,
      tariffPaidBn: state.world.tariffPaidBn,
    },
    meters: scenario.meters.map((m) => {
      const v = state.meters[m.id] ?? m.initial;
      return hidden.has(m.id)
        ? { id: m.id, side: m.side, value: null, estimate: band(v, (m.max - m.min) / 5, m.min, m.max) }
        : { id: m.id, side: m.side, value: v, estimate: null };
    }),
    standing: standing
      ? {
          by: standing.by,
          package: standing.package,
          round: standing.round,
          yourUtility: round6(packageUtility(scenario, side, standing.package)),
          yourWinsetPasses: checkWinsets(scenario, state, standing.package, side).every((c) => c.passed),
        }
      : null,
    you: {
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
    },
    intel: bySide(state.intel, side).map((r) => ({ ...r, values: { ...r.values } })),
    offersMade: { ...state.offersMade },
    deal: state.deal,
    outcome: state.outcome,
    log: visibleLog(state, view),
    timeline: state.timeline.map((snap) => {
      const meters: Record<string, number> = {};
      for (const id in snap.meters) if (!hidden.has(id)) meters[id] = snap.meters[id] as number;
      return { ...snap, meters };
    }),
  };
}

/** Private entries stay with their side; a bluff stays hidden from the other side until the end. */
function visibleLog(state: GameState, view: SideView): LogEntry[] {
  const side = view.side;
  const hideBluffs = state.phase !== 'over';
  const keep = (e: LogEntry): LogEntry | null => {
    if (e.visibility !== 'public' && e.visibility !== side) return null;
    if (hideBluffs && e.kind === 'action' && e.action.side !== side && e.action.say?.bluff !== undefined) {
      const { bluff: _hidden, ...say } = e.action.say;
      return { ...e, action: { ...e.action, say } };
    }
    return e;
  };
  const out: LogEntry[] = [];
  for (const e of state.log) {
    const seen = keep(e);
    if (seen) out.push(seen);
  }
  return out;
}
