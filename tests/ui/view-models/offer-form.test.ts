// The offer builder's draft: changes are free until sent, undo and redo walk its history, and the
// package sent is exactly what the builder shows.
import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  draftFromPackage,
  draftToPackage,
  issueCards,
  newHistory,
  redo,
  reset,
  reviewDays,
  setClause,
  setTerm,
  stars,
  startingDraft,
  statusQuo,
  undo,
} from '../../../src/ui/view-models/offer-form';
import { loadRules } from '../../support/scenarios';
import { MX } from '../../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const obs = rules.observe(rules.newGame({ seed: 1 }), MX);
const guard = scenario.issues[0];
const [first, second] = guard?.options.filter((o) => o.id !== guard.statusQuo) ?? [];

describe('the draft history', () => {
  it('starts from the status quo when nothing is on the table', () => {
    expect(startingDraft(scenario, obs).terms).toEqual(statusQuo(scenario));
  });

  it('undoes and redoes changes in order, and a new change drops what could be redone', () => {
    if (!guard || !first || !second)
      throw new Error('the scenario needs an issue with two options off the status quo');
    let h = newHistory(startingDraft(scenario, obs));
    expect(canUndo(h)).toBe(false);
    h = setTerm(h, guard.id, first.id);
    h = setTerm(h, guard.id, second.id);
    expect(h.present.terms[guard.id]).toBe(second.id);
    h = undo(h);
    expect(h.present.terms[guard.id]).toBe(first.id);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    expect(h.present.terms[guard.id]).toBe(second.id);
    h = undo(undo(h));
    expect(h.present.terms[guard.id]).toBe(guard.statusQuo);
    expect(canUndo(h)).toBe(false);
    h = setTerm(redo(h), guard.id, second.id);
    expect(canRedo(h)).toBe(false);
  });

  it('records no change when an option is chosen again', () => {
    if (!guard) throw new Error('no issue');
    const h = newHistory(startingDraft(scenario, obs));
    expect(setTerm(h, guard.id, guard.statusQuo)).toBe(h);
  });

  it('resets to the turn’s start as a change that can be undone', () => {
    if (!guard || !first) throw new Error('no option');
    const start = startingDraft(scenario, obs);
    const edited = setTerm(newHistory(start), guard.id, first.id);
    const back = reset(edited, start);
    expect(back.present).toEqual(start);
    expect(undo(back).present.terms[guard.id]).toBe(first.id);
  });
});

describe('the package sent', () => {
  it('carries a conditional clause only when it is switched on', () => {
    let h = newHistory(startingDraft(scenario, obs));
    expect(draftToPackage(h.present).conditional).toBeUndefined();
    h = setClause(h, { on: true, review: 45, minDropPct: 30 });
    const pkg = draftToPackage(h.present);
    expect(pkg.conditional?.review).toBe(45);
    expect(pkg.conditional?.minDropPct).toBe(30);
    expect(Object.keys(pkg.conditional?.then ?? {})).toHaveLength(1);
  });

  it('leaves the threshold out when the clause is judged at discretion', () => {
    const h = setClause(newHistory(startingDraft(scenario, obs)), { on: true, minDropPct: null });
    expect(draftToPackage(h.present).conditional).not.toHaveProperty('minDropPct');
  });

  it('reads a package back into the same draft', () => {
    const h = setClause(newHistory(startingDraft(scenario, obs)), { on: true, minDropPct: 40 });
    const pkg = draftToPackage(h.present);
    expect(draftToPackage(draftFromPackage(scenario, pkg))).toEqual(pkg);
  });

  it('offers the review days the scenario schedules', () => {
    expect(reviewDays(scenario)).toContain(45);
    const days = reviewDays(scenario);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
  });
});

describe('the issue cards', () => {
  it('has one card per issue, with the person’s own values', () => {
    const cards = issueCards(scenario, obs, startingDraft(scenario, obs));
    expect(cards.map((c) => c.id)).toEqual(scenario.issues.map((i) => i.id));
    for (const card of cards) {
      expect(card.changed).toBe(false);
      for (const o of card.options) expect(o.value).toBe(obs.you.values[card.id]?.[o.id] ?? 0);
    }
  });

  it('shows a value as five-step stars', () => {
    expect(stars(0)).toBe('☆☆☆☆☆');
    expect(stars(0.6)).toBe('★★★☆☆');
    expect(stars(1)).toBe('★★★★★');
  });
});
