// Why the AI will not accept a package, read off the evaluation it decides by.
import { describe, expect, it } from 'vitest';
import { appraisalFor, worth } from '../../src/ai/appraisal';
import { SKILLS } from '../../src/ai/difficulty';
import { assess } from '../../src/ai/evaluation';
import { explainRejection, intentOf, whatWouldItTake } from '../../src/ai/explain';
import { knowledgeFor } from '../../src/ai/knowledge';
import type { GameState, Package } from '../../src/engine';
import type { ScenarioPersona } from '../../src/scenario/schema';
import type { SideId } from '../../src/scenario/sides';
import { must } from '../support/apply';
import { edited } from '../support/editable';
import { present } from '../support/present';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const persona = (side: SideId, id: string): ScenarioPersona =>
  present(
    (scenario.personas ?? []).find((p) => p.side === side && p.id === id),
    `${side}:${id}`,
  );

/** Each issue at the option the side values most (or least), with one issue set apart. */
function extreme(side: SideId, best: boolean, except: Record<string, string> = {}): Package {
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) {
    const ranked = [...issue.options].sort((a, b) => (b.value[side] ?? 0) - (a.value[side] ?? 0));
    terms[issue.id] = except[issue.id] ?? present(best ? ranked[0] : ranked.at(-1), 'an option').id;
  }
  return { terms };
}

/** The AI's situation on its turn, facing `pkg` countered by the other side after its opening. */
function facing(
  side: SideId,
  who: ScenarioPersona,
  difficulty: keyof typeof SKILLS,
  pkg: Package,
  base?: GameState,
) {
  let state = base ?? rules.newGame({ seed: 1 });
  // Mexico opens: the US faces Mexico's package at once; Mexico faces the US's counter.
  if (side === MX) {
    state = must(rules, state, { type: 'propose', side: MX, package: extreme(MX, true) });
    state = must(rules, state, { type: 'counter', side: US, package: pkg });
  } else {
    state = must(rules, state, { type: 'propose', side: MX, package: pkg });
  }
  const obs = rules.observe(state, side);
  const sit = assess(knowledgeFor(scenario, side), SKILLS[difficulty], who, obs);
  return { state, obs, sit, appraisal: appraisalFor(scenario, side) };
}

describe('explainRejection', () => {
  it('says a package worse than no deal is below no deal', () => {
    const pkg = extreme(MX, false);
    const { sit, appraisal, obs } = facing(MX, persona(MX, 'pragmatist'), 'medium', pkg);
    expect(worth(appraisal, obs, pkg)).toBeLessThan(sit.reservation);
    const e = explainRejection(sit, pkg, appraisal);
    expect(e.accepts).toBe(false);
    if (e.accepts) return;
    expect(e.reasons[0]).toEqual({ kind: 'below-no-deal' });
  });

  it("names the legislature when Mexico's Senate is closed to the treaty, and not once it is open", () => {
    const pkg = extreme(MX, true, { stc: 'treaty-now' });
    const closed = facing(MX, persona(MX, 'pragmatist'), 'medium', pkg);
    expect(closed.obs.meters.find((m) => m.id === 'senate')?.value).toBeLessThan(60);
    const e = explainRejection(closed.sit, pkg, closed.appraisal);
    expect(e.accepts).toBe(false);
    if (e.accepts) return;
    expect(e.reasons).toContainEqual({
      kind: 'legislature',
      winset: 'senate-ratifies',
      issue: 'stc',
      option: 'treaty-now',
      meter: 'senate',
    });
    expect(e.text.en).toContain('Mexican Senate');
    expect(intentOf(e)).toBe('principal-appeal');
    expect(e.text.es).toContain('Senado de la República');
    // The smallest change takes the treaty out.
    const answer = whatWouldItTake(closed.sit, pkg, closed.appraisal);
    expect(answer.kind).toBe('change');
    if (answer.kind === 'change') expect(answer.changes.map((c) => c.issue)).toEqual(['stc']);

    const open = edited(rules.newGame({ seed: 1 }), (s) => {
      s.meters.senate = 80;
    });
    const opened = facing(MX, persona(MX, 'pragmatist'), 'medium', pkg, open);
    const o = explainRejection(opened.sit, pkg, opened.appraisal);
    expect(o.accepts ? [] : o.reasons.filter((r) => r.kind === 'legislature')).toEqual([]);
  });

  it('names the issue that falls short, and the option that would do', () => {
    // The hardliner's ideal package with its weightiest issue at its worst: only that issue can help.
    const heaviest = [...scenario.issues].sort((a, b) => (b.weight[US] ?? 0) - (a.weight[US] ?? 0))[0];
    const issue = present(heaviest, 'an issue');
    const worst = present(
      [...issue.options].sort((a, b) => (a.value[US] ?? 0) - (b.value[US] ?? 0))[0],
      'an option',
    );
    const pkg = extreme(US, true, { [issue.id]: worst.id });
    const { sit, appraisal } = facing(US, persona(US, 'hardliner'), 'medium', pkg);
    const e = explainRejection(sit, pkg, appraisal);
    expect(e.accepts).toBe(false);
    if (e.accepts) return;
    expect(e.reasons.map((r) => r.kind)).toEqual(['issue-short']);
    const short = present(e.reasons[0], 'a reason');
    expect(short).toMatchObject({ kind: 'issue-short', issue: issue.id, from: worst.id });
    if (short.kind !== 'issue-short') return;
    const wanted = present(
      issue.options.find((o) => o.id === short.wants),
      'the wanted option',
    );
    expect(wanted.value[US] ?? 0).toBeGreaterThan(worst.value[US] ?? 0);
    expect(e.text.en).toContain(issue.label.en);
    expect(e.text.en).toContain(wanted.label.en);
    expect(e.text.es).toContain(wanted.label.es);
  });

  it("names the principal's line when a package clears no deal but not the President", () => {
    const { sit: probe } = facing(US, persona(US, 'pragmatist'), 'medium', extreme(US, true));
    // Walk down from the US ideal until the package sits between the reservation and the line.
    const issues = [...scenario.issues].sort((a, b) => (a.weight[US] ?? 0) - (b.weight[US] ?? 0));
    let pkg = extreme(US, true);
    for (const issue of issues) {
      const u = (p: Package) =>
        worth(appraisalFor(scenario, US), rules.observe(rules.newGame({ seed: 1 }), US), p);
      if (u(pkg) < probe.threshold - 0.03) break;
      const worst = present(
        [...issue.options].sort((a, b) => (a.value[US] ?? 0) - (b.value[US] ?? 0))[0],
        'an option',
      );
      pkg = { terms: { ...pkg.terms, [issue.id]: worst.id } };
    }
    const { sit, appraisal, obs } = facing(US, persona(US, 'pragmatist'), 'medium', pkg);
    const u = worth(appraisal, obs, pkg);
    expect(u).toBeLessThan(sit.threshold);
    expect(u).toBeGreaterThan(sit.reservation);
    const e = explainRejection(sit, pkg, appraisal);
    expect(e.accepts).toBe(false);
    if (e.accepts) return;
    expect(e.reasons.map((r) => r.kind)).toContain('principal');
    expect(e.reasons.map((r) => r.kind)).not.toContain('below-no-deal');
    expect(e.text.en).toContain('Donald Trump');
  });

  it('names a conditional clause that costs it too much, and asks for it to go', () => {
    // The hardliner's ideal terms, with a clause that would bring in what it likes least.
    const ideal = extreme(US, true);
    const worst = extreme(US, false);
    const pkg: Package = {
      terms: { ...ideal.terms, review: '45-and-90-days' },
      conditional: { review: 45, then: { 'asylum-capacity': present(worst.terms['asylum-capacity']) } },
    };
    const { sit, appraisal } = facing(US, persona(US, 'hardliner'), 'medium', pkg);
    const e = explainRejection(sit, pkg, appraisal);
    expect(e.accepts).toBe(false);
    if (e.accepts) return;
    expect(e.reasons).toContainEqual({ kind: 'clause' });
    expect(e.text.en).toContain('conditional clause');
    expect(e.text.es).toContain('cláusula condicional');
    const answer = whatWouldItTake(sit, pkg, appraisal);
    expect(answer).toMatchObject({
      kind: 'change',
      changes: [],
      dropsClause: true,
      package: { terms: pkg.terms },
    });
    if (answer.kind === 'change') expect(answer.package.conditional).toBeUndefined();
  });

  it('says it would accept what it accepts', () => {
    const pkg = extreme(US, true);
    const { sit, appraisal } = facing(US, persona(US, 'hardliner'), 'hard', pkg);
    const e = explainRejection(sit, pkg, appraisal);
    expect(e.accepts).toBe(true);
    expect(intentOf(e)).toBeUndefined();
    expect(whatWouldItTake(sit, pkg, appraisal).kind).toBe('as-is');
  });
});
