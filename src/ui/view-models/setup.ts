// The setup screen's choices: scenarios, the two sides by their negotiators, the personas that can
// play the other side, and the difficulties. Pure.
import { DIFFICULTIES, type Difficulty } from '../../ai/difficulty';
import type { LocalText, Scenario } from '../../scenario/schema';
import { otherSide, type SideId, sideIds } from '../../scenario/sides';
import type { ScenarioEntry, Setup } from '../../store/contract';
import { TIMER_CHOICES } from '../../store/setup';

export interface SideChoice {
  readonly id: SideId;
  readonly negotiator: string;
  readonly role: LocalText;
  /** Who sits at the table beside the negotiator, if anyone (the scenario's `delegation`). */
  readonly delegation: readonly { readonly name: string; readonly role: LocalText }[];
  readonly country: LocalText;
  /** 0 or 1: the side's place in the scenario, for its colour. */
  readonly tone: 0 | 1;
}

export interface PersonaChoice {
  readonly id: string;
  readonly label: LocalText;
  /** The description's first sentence. */
  readonly blurb: LocalText;
}

export interface SetupView {
  readonly scenarios: readonly { readonly id: string; readonly title: LocalText }[];
  readonly scenarioId: string;
  /** The chosen scenario in a line, and for a variant what it changes (its `variant.about`). */
  readonly summary: LocalText;
  readonly about: LocalText | null;
  /** The talks' first day and the game's last, as ISO dates. */
  readonly dates: { readonly start: string; readonly end: string };
  readonly sides: readonly SideChoice[];
  readonly side: SideId;
  readonly personas: readonly PersonaChoice[];
  readonly persona: string;
  readonly difficulties: readonly Difficulty[];
  readonly difficulty: Difficulty;
  readonly opponent: SideChoice | undefined;
  /** The other side is a second person on this device. */
  readonly hotseat: boolean;
  readonly timerMinutes: number | null;
  readonly timers: readonly (number | null)[];
}

export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return m?.[1] ?? text.trim();
}

export function sideChoices(scenario: Scenario): SideChoice[] {
  return scenario.sides.map((s, i) => ({
    id: s.id,
    negotiator: s.negotiator.name,
    role: s.negotiator.role,
    delegation: s.delegation ?? [],
    country: s.name,
    tone: i === 0 ? 0 : 1,
  }));
}

export function personasFor(scenario: Scenario, side: SideId): PersonaChoice[] {
  return (scenario.personas ?? [])
    .filter((p) => p.side === side)
    .map((p) => ({
      id: p.id,
      label: p.label,
      blurb: { en: firstSentence(p.description.en), es: firstSentence(p.description.es) },
    }));
}

export function setupView(scenarios: readonly ScenarioEntry[], setup: Setup | null): SetupView | null {
  const entry = scenarios.find((s) => s.id === setup?.scenarioId) ?? scenarios[0];
  if (!entry) return null;
  const scenario = entry.scenario;
  const ids = sideIds(scenario);
  const side = setup && ids.includes(setup.side) ? setup.side : ids[0];
  const other = otherSide(scenario, side);
  const personas = personasFor(scenario, other);
  const chosen = setup?.opponent.kind === 'ai' ? setup.opponent : null;
  const persona = personas.find((p) => p.id === chosen?.persona)?.id ?? personas[0]?.id ?? '';
  const sides = sideChoices(scenario);
  return {
    scenarios: scenarios.map((s) => ({ id: s.id, title: s.title })),
    scenarioId: entry.id,
    summary: { en: firstSentence(scenario.summary.en), es: firstSentence(scenario.summary.es) },
    dates: { start: scenario.calendar.start, end: scenario.calendar.end },
    about: scenario.variant
      ? { en: firstSentence(scenario.variant.about.en), es: firstSentence(scenario.variant.about.es) }
      : null,
    sides,
    side,
    personas,
    persona,
    difficulties: DIFFICULTIES,
    difficulty: chosen?.difficulty ?? 'medium',
    hotseat: setup?.opponent.kind === 'person',
    timerMinutes: setup?.timerMinutes ?? null,
    timers: TIMER_CHOICES,
    opponent: sides.find((s) => s.id === other),
  };
}
