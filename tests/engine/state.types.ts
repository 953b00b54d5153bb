// Checked by `tsc`, never run: the states the engine hands out cannot be written into, and a draft
// may edit only what `draft` copies. Each `@ts-expect-error` fails the type check if the line
// below it ever compiles, so loosening a read-only mark breaks `npm run typecheck`.
import type { GameState, Rules } from '../../src/engine';
import { draft } from '../../src/engine/draft';
import { applyEffects } from '../../src/engine/meters';
import type { GameDraft } from '../../src/engine/state';
import { MX } from '../support/sides';

/** Writes into the states that newGame, apply and restoreState return. */
export function handedOutStatesAreReadOnly(rules: Rules, saved: unknown): void {
  const fresh = rules.newGame({ seed: 1 });
  // @ts-expect-error a new game's fields are read-only
  fresh.round = 3;
  // @ts-expect-error and so is everything under them
  fresh.world.encounters = 0;
  // @ts-expect-error a meter cannot be set
  fresh.meters.approval = 100;
  // @ts-expect-error nor a list grown in place
  fresh.usedMoves.push('tariff-delay');

  const applied = rules.apply(fresh, { type: 'wait', side: MX });
  if (!applied.ok) return;
  const next = applied.value;
  // @ts-expect-error apply's state is read-only
  next.turn.slotUsed = true;
  // @ts-expect-error its tariff schedule too
  next.tariff.steps[0] = { date: '2019-06-10', rate: 0 };
  // @ts-expect-error and its log
  next.log.pop();

  const restored = rules.restoreState(saved);
  if (!restored.ok) return;
  const state: GameState = restored.value;
  // @ts-expect-error a restored state is read-only
  state.rng[0] = 0;
  const entry = state.log[0];
  if (!entry) return;
  // @ts-expect-error down to the log's entries
  entry.seq = 9;
  // @ts-expect-error a read-only state is no draft: the mutating rules do not take it
  applyEffects(rules.scenario, state, { trust: 1 });
}

/** A draft edits what `draft` copies and only replaces what it shares with the state it came from. */
export function draftsEditOnlyTheirOwnCopies(state: GameState): GameDraft {
  const s = draft(state);
  s.round += 1;
  s.world.trust = 50;
  s.meters.approval = 40;
  s.tariff.rate = 5;
  s.turn.slotUsed = true;
  s.rng[0] = 1;
  s.log.push(...state.log);
  s.usedMoves = [...s.usedMoves, 'tariff-delay'];
  s.tariff.steps = [...s.tariff.steps, { date: '2019-07-01', rate: 10 }];
  // @ts-expect-error the schedule is shared: replaced, never edited
  s.tariff.steps.push({ date: '2019-07-01', rate: 10 });
  const step = s.tariff.steps[0];
  const entry = s.log[0];
  if (!step || !entry) return s;
  // @ts-expect-error nor any of its steps
  step.rate = 0;
  // @ts-expect-error the log's list is the draft's own, its entries are shared
  entry.seq = 9;
  // @ts-expect-error the timeline is shared
  s.timeline.push(...s.timeline);
  // @ts-expect-error the standing offer's package is shared
  if (s.standing) s.standing.package.terms.guard = 'none';
  // @ts-expect-error so are a deal's terms
  if (s.deal) s.deal.terms.guard = 'none';
  // @ts-expect-error the intelligence records
  s.intel.us = [];
  // @ts-expect-error the offer counts
  s.offersMade.us = 2;
  // @ts-expect-error and the outcome
  if (s.outcome.kind === 'deal') s.outcome.finalTariff = 0;
  return s;
}
