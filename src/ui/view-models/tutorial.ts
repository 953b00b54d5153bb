// Which of a tutorial's hints to show now: the first step the player has not yet done, in the
// order offer, what-it-takes, propose, accept, debrief. Derived from what the screen shows and two
// things only the screen knows (the draft was changed; the counterpart was asked), so the hints
// follow the player even after a reload. Pure.
import type { Observation } from '../../engine';
import type { Scenario, ScenarioHint } from '../../scenario/schema';

export interface TutorialProgress {
  /** The person changed the draft at least once. */
  readonly edited: boolean;
  /** The person asked "What would it take?" at least once. */
  readonly asked: boolean;
}

export interface HintView {
  readonly hint: ScenarioHint;
  /** 1-based place among the tutorial's hints, and how many there are. */
  readonly number: number;
  readonly count: number;
}

export function currentHint(
  scenario: Scenario,
  obs: Observation,
  progress: TutorialProgress,
  onDebrief: boolean,
): HintView | null {
  const hints = scenario.tutorial?.hints ?? [];
  if (hints.length === 0) return null;
  const proposed = obs.log.some(
    (e) =>
      e.kind === 'action' &&
      e.action.side === obs.side &&
      (e.action.type === 'propose' || e.action.type === 'counter'),
  );
  const canAccept = obs.legal.some((l) => l.type === 'accept');
  const step = onDebrief
    ? 'debrief'
    : obs.phase === 'over'
      ? null
      : !progress.edited && !proposed
        ? 'offer'
        : !progress.asked
          ? 'what-it-takes'
          : !proposed
            ? 'propose'
            : canAccept
              ? 'accept'
              : null;
  const index = step === null ? -1 : hints.findIndex((h) => h.step === step);
  const hint = hints[index];
  return hint ? { hint, number: index + 1, count: hints.length } : null;
}
