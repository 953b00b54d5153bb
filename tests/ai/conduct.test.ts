// The measurement of an AI's conduct, on short games whose every move the test writes: Mexico plays
// the "AI" here, and its offers are the test's own.
import { describe, expect, it } from 'vitest';
import { conductOf, ratifiableDeal } from '../../src/ai/conduct';
import { bestPackage } from '../../src/ai/people/position';
import {
  type Action,
  completeTerms,
  createRules,
  type GameState,
  historicalPackage,
  type LogEntry,
  type OfferCause,
  type Package,
  packageUtility,
} from '../../src/engine';
import { reservationValue } from '../../src/engine/reservation';
import { winsetFailures } from '../../src/engine/winset';
import type { Scenario } from '../../src/scenario/schema';
import { must, mustAll } from '../support/apply';
import { edited } from '../support/editable';
import { present } from '../support/present';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const start = rules.newGame({ seed: 1 });
const H = historicalPackage(scenario);
const usBest = bestPackage(scenario, rules.observe(start, US));
const mxBest = bestPackage(scenario, rules.observe(start, MX));
const say = (cause?: OfferCause): Action['say'] => ({
  text: { en: 'x', es: 'x' },
  ...(cause ? { cause } : {}),
});
const forUs = (pkg: Package) => packageUtility(scenario, US, pkg);

/** Mexico offers the historical deal, the US restates its best, then Mexico offers its own best. */
function backwards(cause?: OfferCause): GameState {
  return mustAll(rules, start, [
    { type: 'propose', side: MX, package: H },
    { type: 'counter', side: US, package: usBest },
    { type: 'wait', side: US },
    { type: 'counter', side: MX, package: mxBest, say: say(cause) },
  ]);
}

describe('conductOf', () => {
  it('finds an offer worse for the other side than the one before: a retraction without cause', () => {
    expect(forUs(mxBest)).toBeLessThan(forUs(H));
    const { retractions } = conductOf(scenario, backwards(), MX);
    expect(retractions).toHaveLength(1);
    expect(retractions[0]).toMatchObject({ cause: null, caused: false });
    // The other side made no offers that went backwards, and its own offer is not the AI's.
    expect(conductOf(scenario, backwards(), US).retractions).toHaveLength(0);
  });

  it('does not count an offer as good as the one before, or better', () => {
    const state = mustAll(rules, start, [
      { type: 'propose', side: MX, package: mxBest },
      { type: 'counter', side: US, package: usBest },
      { type: 'wait', side: US },
      { type: 'counter', side: MX, package: mxBest },
      { type: 'wait', side: MX },
      { type: 'counter', side: US, package: usBest },
      { type: 'wait', side: US },
      { type: 'counter', side: MX, package: H },
    ]);
    expect(conductOf(scenario, state, MX)).toEqual({ retractions: [], worseForBoth: 0 });
  });

  it('credits a named cause only when it happened between the two offers', () => {
    for (const cause of ['ratification-refused', 'event', 'their-retraction'] as const) {
      const [r] = conductOf(scenario, backwards(cause), MX).retractions;
      expect(r, cause).toMatchObject({ cause, caused: false });
    }
  });

  it('credits a refused ratification that happened', () => {
    // Mexico offers the US its best terms; the US accepts; Mexico's side refuses to ratify them.
    expect(winsetFailures(scenario, start, usBest).length).toBeGreaterThan(0);
    const state = mustAll(rules, start, [
      { type: 'propose', side: MX, package: usBest },
      { type: 'accept', side: US },
      { type: 'wait', side: US },
      { type: 'propose', side: MX, package: H, say: say('ratification-refused') },
    ]);
    expect(state.log.some((e) => e.kind === 'ratification' && !e.passed)).toBe(true);
    const [r] = conductOf(scenario, state, MX).retractions;
    expect(r).toMatchObject({ cause: 'ratification-refused', caused: true });
  });

  it('credits an event only when one the AI could see fired between the offers', () => {
    const base = backwards('event');
    const at = present(
      base.log.findIndex((e) => e.kind === 'action' && e.action.side === MX && e.action.type === 'counter'),
    );
    const withEvent = (visibility: LogEntry['visibility']) =>
      edited(base, (s) => {
        const before = present(s.log[at - 1]);
        s.log.splice(at, 0, {
          seq: before.seq,
          round: before.round,
          date: before.date,
          visibility,
          kind: 'event',
          event: 'large-group',
          background: false,
        });
      });
    expect(conductOf(scenario, withEvent('public'), MX).retractions[0]?.caused).toBe(true);
    expect(conductOf(scenario, withEvent(MX), MX).retractions[0]?.caused).toBe(true);
    expect(conductOf(scenario, withEvent(US), MX).retractions[0]?.caused).toBe(false);
  });

  it("credits their retraction only when the other side's latest offer, since ours, got worse for us", () => {
    const play = (first: Package, second: Package) =>
      mustAll(rules, start, [
        { type: 'propose', side: MX, package: H },
        { type: 'counter', side: US, package: first },
        { type: 'propose', side: US, package: second },
        { type: 'counter', side: MX, package: mxBest, say: say('their-retraction') },
      ]);
    const forMx = (pkg: Package) => packageUtility(scenario, MX, pkg);
    expect(forMx(usBest)).toBeLessThan(forMx(H));
    expect(conductOf(scenario, play(H, usBest), MX).retractions[0]?.caused).toBe(true);
    // They conceded instead: no cause.
    expect(conductOf(scenario, play(usBest, H), MX).retractions[0]?.caused).toBe(false);
  });

  it('counts an offer worse for both sides than the one before', () => {
    const terms = completeTerms(scenario, H.terms);
    let worse: Package | null = null;
    for (const issue of scenario.issues) {
      for (const option of issue.options) {
        const pkg = { terms: { ...terms, [issue.id]: option.id } };
        const both = (side: typeof US) =>
          packageUtility(scenario, side, pkg) < packageUtility(scenario, side, H) - 1e-3;
        if (!worse && both(US) && both(MX)) worse = pkg;
      }
    }
    const pkg = present(worse, 'an option worse for both sides than the historical one');
    const state = mustAll(rules, start, [
      { type: 'propose', side: MX, package: H },
      { type: 'counter', side: US, package: usBest },
      { type: 'wait', side: US },
      { type: 'counter', side: MX, package: pkg },
    ]);
    const conduct = conductOf(scenario, state, MX);
    expect(conduct.worseForBoth).toBe(1);
    expect(conduct.retractions[0]?.worseForBoth).toBe(true);
    // Worse for the AI but better for the other side is a concession, not a retraction.
    expect(conductOf(scenario, backwards(), MX).worseForBoth).toBe(0);
  });
});

describe('ratifiableDeal', () => {
  it('finds a package both sides would ratify that is worth at least no deal to the side', () => {
    for (const side of [US, MX]) {
      const pkg = present(ratifiableDeal(rules, start, side), `a deal for ${side}`);
      expect(winsetFailures(scenario, start, pkg)).toEqual([]);
      expect(packageUtility(scenario, side, pkg)).toBeGreaterThanOrEqual(
        reservationValue(scenario, start, side) - 1e-6,
      );
    }
  });

  it('finds none when no deal is worth more than no deal to the side', () => {
    const s: Scenario = structuredClone(scenario);
    s.reservation[MX] = { base: 1, assumption: 'test' };
    const r = createRules(s, rules.scenarioHash);
    const state = r.newGame({ seed: 1 });
    // Only a package worth everything to Mexico would do, and the US would not ratify any such.
    expect(ratifiableDeal(r, state, MX)).toBeNull();
    expect(must(r, state, { type: 'propose', side: MX, package: mxBest }).phase).toBe('talks');
  });
});
