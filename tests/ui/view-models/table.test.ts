// The action bar: a button is on only when the engine lists its move and no AI move is pending,
// and a button that is off carries the reason.
import { describe, expect, it } from 'vitest';
import { tableTexts } from '../../../src/ui/i18n/areas/table';
import { tableView } from '../../../src/ui/view-models/table';
import { loadRules } from '../../support/scenarios';
import { MX, US } from '../../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const start = rules.newGame({ seed: 1 });
const mover = rules.observe(start, MX).yourTurn ? MX : US;
const waiter = mover === MX ? US : MX;

describe('the action bar', () => {
  it('lets the side on turn propose, but not accept when nothing is on the table', () => {
    const v = tableView(scenario, rules.observe(start, mover), false);
    expect(v.buttons.propose.enabled).toBe(true);
    expect(v.buttons.propose.reason).toBeNull();
    expect(v.buttons.accept.enabled).toBe(false);
    expect(v.buttons.accept.reason).toBe(tableTexts.noOffer);
  });

  it('turns everything off, with the reason, for the side that waits', () => {
    const v = tableView(scenario, rules.observe(start, waiter), false);
    for (const b of Object.values(v.buttons)) {
      expect(b.enabled).toBe(false);
      expect(b.reason).toBe(tableTexts.notYourTurn);
    }
    expect(v.moves).toEqual([]);
  });

  it('turns everything off while the AI thinks', () => {
    const v = tableView(scenario, rules.observe(start, mover), true);
    expect(v.buttons.propose.enabled).toBe(false);
    expect(v.buttons.propose.reason).toBe(tableTexts.aiThinking);
  });

  it('lets the side facing an offer accept or reject it', () => {
    const obs = rules.observe(start, mover);
    const terms = Object.fromEntries(scenario.issues.map((i) => [i.id, i.statusQuo]));
    const after = rules.apply(start, { type: 'propose', side: mover, package: { terms } });
    if (!after.ok) throw new Error(after.error.message);
    const v = tableView(scenario, rules.observe(after.value, waiter), false);
    expect(obs.yourTurn).toBe(true);
    expect(v.buttons.accept.enabled).toBe(true);
    expect(v.buttons.reject.enabled).toBe(true);
    expect(v.buttons.propose.enabled).toBe(true);
  });

  it('lists the side’s legal moves and consultations with their scenario labels', () => {
    const obs = rules.observe(start, mover);
    const v = tableView(scenario, obs, false);
    const legal = obs.legal.filter((a) => a.type === 'unilateral' || a.type === 'consult');
    expect(v.moves).toHaveLength(legal.length);
    for (const m of v.moves) {
      const source = m.kind === 'consult' ? scenario.consultations : scenario.moves;
      expect(source.find((x) => x.id === m.id)?.label).toEqual(m.label);
    }
  });
  it('tells the side whose own offer stands, on its turn, to wait for the answer', () => {
    // The mover proposes, the other side waits: the round closes with the mover's offer standing,
    // and the initiative passes, so the mover's own offer is on the table when the waiter opens.
    const pkg = { terms: { 'guard-size': 'troops-6000' } };
    let s = start;
    for (const action of [
      { type: 'wait', side: mover },
      { type: 'propose', side: waiter, package: pkg },
    ] as const) {
      const r = rules.apply(s, action);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value;
    }
    const obs = rules.observe(s, waiter);
    expect(obs.yourTurn).toBe(true);
    expect(obs.standing?.by).toBe(waiter);
    const v = tableView(scenario, obs, false);
    expect(v.buttons.accept.enabled).toBe(false);
    expect(v.buttons.accept.reason).toBe(tableTexts.yourOfferStands);
  });
});
