import { describe, expect, it } from 'vitest';
import type { GameState, Package, Rules } from '../../src/engine';
import { applySigningEffects } from '../../src/engine/meters';
import type { GameDraft } from '../../src/engine/state';
import type { Scenario } from '../../src/scenario/schema';
import { MX, US } from '../support/sides';
import { variantRules } from './fixture';
import { clause, editable, edited, must } from './play';

// Meters that never drift, so a signing effect is the whole change, exactly, until the game ends.
function still(sc: Scenario): void {
  for (const m of sc.meters) m.ratePerMonth = 0;
  sc.review.reinstate = { base: 0 };
}

function option(sc: Scenario, issue: string, id: string) {
  const o = sc.issues.find((i) => i.id === issue)?.options.find((x) => x.id === id);
  if (!o) throw new Error(`no option ${issue}/${id} in the fixture`);
  return o;
}

/** The small fixture with still meters; `troops-6000` and `treaty` cost what `change` says. */
function rulesWith(change: (sc: Scenario) => void = () => {}): Rules {
  return variantRules((sc) => {
    still(sc);
    change(sc);
  });
}

const withCosts = rulesWith((sc) => {
  const troops = option(sc, 'guard', 'troops-6000');
  troops.effects = {
    ...troops.effects,
    onSigning: { meters: { approval: 5, senate: -4 }, trust: -3, assumption: 'Test' },
  };
  const treaty = option(sc, 'third-country', 'treaty');
  treaty.effects = { ...treaty.effects, onSigning: { meters: { approval: -7 }, assumption: 'Test' } };
});
const without = rulesWith();

function sign(r: Rules, pkg: Package, prepare?: (s: GameDraft) => void): GameState {
  let s = r.newGame({ seed: 1 });
  if (prepare) s = edited(s, prepare);
  s = must(r, s, { type: 'propose', side: MX, package: pkg });
  return must(r, s, { type: 'accept', side: US });
}

const TROOPS: Package = { terms: { guard: 'troops-6000', tariff: 'suspended' } };

describe('signing effects of the terms', () => {
  it('land once, exactly, when a deal holding the option is ratified, and not for options left out', () => {
    const a = sign(withCosts, TROOPS);
    const b = sign(without, TROOPS);
    expect(a.outcome.kind).toBe('deal');
    expect(b.outcome.kind).toBe('deal');
    // +5 from the troops; the treaty's −7 stays out, as the deal leaves the treaty out.
    expect(a.meters.approval).toBeCloseTo((b.meters.approval ?? 0) + 5, 6);
    expect(a.meters.senate).toBeCloseTo((b.meters.senate ?? 0) - 4, 6);
    expect(a.world.trust).toBeCloseTo(b.world.trust - 3, 6);
  });

  it('do not land when ratification fails', () => {
    // The treaty needs the Mexican Senate at 66; it starts near 61.
    const pkg: Package = { terms: { guard: 'troops-6000', 'third-country': 'treaty' } };
    const s0 = withCosts.newGame({ seed: 1 });
    const s = must(withCosts, must(withCosts, s0, { type: 'propose', side: MX, package: pkg }), {
      type: 'accept',
      side: US,
    });
    expect(s.log.some((e) => e.kind === 'ratification' && !e.passed)).toBe(true);
    expect(s.meters).toEqual(s0.meters);
    expect(s.world.trust).toBe(s0.world.trust);
  });

  it("land for a clause's `then` terms when the clause comes due and is ratified", () => {
    // A 60% threshold the numbers cannot reach by day 45, and a Senate open enough to ratify.
    const pkg: Package = {
      terms: { ...TROOPS.terms, review: 'at-45-and-90' },
      conditional: clause(45, { 'third-country': 'treaty' }, 60),
    };
    const openSenate = (s: GameDraft) => {
      s.meters.senate = 90;
    };
    const a = sign(withCosts, pkg, openSenate);
    const b = sign(without, pkg, openSenate);
    expect(a.outcome.kind === 'deal' && a.outcome.verdict).toBe('clause-triggered');
    expect(a.meters.approval).toBeCloseTo((b.meters.approval ?? 0) + 5 - 7, 6);
  });

  it('are not paid twice for an option already in force', () => {
    const sc = withCosts.scenario;
    const base = withCosts.newGame({ seed: 1 });
    const s = editable(base);
    applySigningEffects(sc, s, { guard: 'troops-6000', 'third-country': 'treaty' }, { guard: 'troops-6000' });
    expect(s.meters.approval).toBeCloseTo((base.meters.approval ?? 0) - 7, 6);
    expect(s.meters.senate).toBe(base.meters.senate);
  });
});
