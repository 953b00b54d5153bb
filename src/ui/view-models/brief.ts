// The private brief: the side's own text, its issues ranked by what they weigh for it, its
// walk-away point, the calendar and the tariff schedule. Pure.
import type { Observation } from '../../engine';
import type { LocalText, Scenario, ScenarioSide } from '../../scenario/schema';
import { sideInfo } from '../../scenario/sides';

export interface BriefView {
  readonly side: ScenarioSide;
  readonly brief: LocalText;
  readonly priorities: readonly { readonly id: string; readonly label: LocalText; readonly weight: number }[];
  readonly reservation: number;
  readonly date: string;
  readonly deadline: string;
  readonly daysToDeadline: number;
  readonly roundCount: number;
  readonly tariff: readonly { readonly date: string; readonly rate: number }[];
}

export function briefView(scenario: Scenario, observation: Observation): BriefView {
  const weights = observation.you.weights;
  const priorities = scenario.issues
    .map((i) => ({ id: i.id, label: i.label, weight: weights[i.id] ?? 0 }))
    .filter((p) => p.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return {
    side: sideInfo(scenario, observation.side),
    brief: observation.you.brief,
    priorities,
    reservation: observation.you.reservation,
    date: observation.date,
    deadline: observation.deadline,
    daysToDeadline: observation.daysToDeadline,
    roundCount: observation.roundCount,
    tariff: observation.tariff.steps.map((s) => ({ date: s.date, rate: s.rate })),
  };
}
