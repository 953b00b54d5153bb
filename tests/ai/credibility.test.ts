// How far a side's words are believed, and what the other side's words weigh now: from the
// listener's observation only.
import { describe, expect, it } from 'vitest';
import { credibilityOf, PRIOR, statementPressure, WALKOUT_DEFERRED } from '../../src/ai/credibility';
import { readStatements, statementTable } from '../../src/ai/statement-record';
import {
  type Action,
  createRules,
  type GameState,
  type Rules,
  STATEMENT_INTENTS,
  type StatementIntent,
} from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { bySide, type SideId } from '../../src/scenario/sides';
import { must, passToRound, randomAction, testRandom } from '../engine/play';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';
import { firstTariffRound, play, propose, say, simple, troops } from '../support/statements';

const rules = loadRules();
const table = statementTable(rules.scenario);
const start = rules.newGame({ seed: 1 });
const deadlineRound = firstTariffRound(rules);
const other = (side: SideId): SideId => (side === US ? MX : US);

/** Mexico as the US sees it. */
const ofMexico = (state: GameState) => credibilityOf(table, rules.observe(state, US), MX);

/** Mexico calls 2,000 troops final, the US rejects, and Mexico then offers `next` on June 6. */
function finalThen(state: GameState, next: 'troops-2000' | 'troops-6000'): GameState {
  return play(rules, state, [
    propose(troops('troops-2000'), say('final-offer')),
    simple('reject'),
    simple('wait'),
    simple('wait'),
    propose(troops(next)),
    simple('reject'),
  ]);
}

describe('credibility', () => {
  it('starts at the prior for every intent, with no evidence', () => {
    const c = ofMexico(start);
    expect(c.overall).toBe(PRIOR);
    for (const intent of STATEMENT_INTENTS) expect(c.byIntent[intent]).toBe(PRIOR);
    expect(c.counts).toEqual({ kept: 0, bluff: 0, pending: 0 });
  });

  it('falls after each bluff, and the fall carries over to the other intents', () => {
    const once = finalThen(start, 'troops-6000');
    const c1 = ofMexico(once);
    expect(c1.countsByIntent['final-offer']).toEqual({ kept: 0, bluff: 1, pending: 0 });
    expect(c1.overall).toBeLessThan(PRIOR);
    expect(c1.byIntent['final-offer']).toBeLessThan(c1.overall);
    expect(c1.byIntent['walkout-warning']).toBe(c1.overall);
    // June 7 am: a second final offer, then more on the afternoon's meeting after the US waits.
    const twice = play(rules, once, [
      simple('wait'),
      simple('wait'),
      propose(troops('troops-6000'), say('final-offer')),
      simple('reject'),
      simple('wait'),
      propose({ terms: { 'guard-size': 'troops-10000' } }),
    ]);
    const c2 = ofMexico(twice);
    expect(c2.countsByIntent['final-offer'].bluff).toBe(2);
    expect(c2.overall).toBeLessThan(c1.overall);
    expect(c2.byIntent['final-offer']).toBeLessThan(c1.byIntent['final-offer']);
  });

  it('rises after kept statements', () => {
    const kept = finalThen(start, 'troops-2000');
    const c = ofMexico(kept);
    expect(c.countsByIntent['final-offer']).toEqual({ kept: 1, bluff: 0, pending: 0 });
    expect(c.overall).toBeGreaterThan(PRIOR);
    expect(c.byIntent['final-offer']).toBeGreaterThan(c.overall);
    expect(c.byIntent['final-offer']).toBeLessThanOrEqual(1);
  });

  it('counts pending statements apart, and they move nothing', () => {
    const s = play(rules, start, [propose(troops('troops-2000'), say('final-offer')), simple('reject')]);
    const c = ofMexico(s);
    expect(c.counts).toEqual({ kept: 0, bluff: 0, pending: 1 });
    expect(c.overall).toBe(PRIOR);
  });
});

describe('statement pressure', () => {
  it('says nothing with nothing said', () => {
    expect(statementPressure(table, rules.observe(start, US))).toEqual({
      finalOffer: null,
      walkoutRisk: 0,
      deadlineCredible: null,
      principalFloorHint: null,
    });
  });

  it('holds a standing final offer at its credibility and its worth to us, and drops it once it proves a bluff', () => {
    const s = play(rules, start, [propose(troops('troops-2000'), say('final-offer')), simple('reject')]);
    const obs = rules.observe(s, US);
    const reading = readStatements(table, obs, MX)[0];
    const pressure = statementPressure(table, obs);
    expect(pressure.finalOffer).toEqual({ credibility: PRIOR, yourUtility: reading?.yourUtility });
    const bluffed = finalThen(start, 'troops-6000');
    expect(statementPressure(table, rules.observe(bluffed, US)).finalOffer).toBeNull();
    // Taken, then refused at ratification: it binds no longer.
    const taken = play(rules, start, [propose(troops('troops-6000'), say('final-offer')), simple('accept')]);
    expect(taken.phase).not.toBe('over');
    expect(statementPressure(table, rules.observe(taken, US)).finalOffer).toBeNull();
  });

  it('reads an untested walk-out warning as a risk, discounted before the deadline', () => {
    const early = play(rules, start, [
      propose(troops('troops-2000'), say('walkout-warning')),
      simple('reject'),
    ]);
    expect(statementPressure(table, rules.observe(early, US)).walkoutRisk).toBeCloseTo(
      PRIOR * WALKOUT_DEFERRED,
      9,
    );
    const late = play(rules, passToRound(rules, start, deadlineRound), [
      propose(troops('troops-2000'), say('walkout-warning')),
      simple('reject'),
    ]);
    expect(statementPressure(table, rules.observe(late, US)).walkoutRisk).toBeCloseTo(PRIOR, 9);
    // July 1: the US waits and Mexico stays: a bluff, after which no risk is read from it.
    const stayed = play(rules, late, [simple('wait'), simple('wait')]);
    expect(statementPressure(table, rules.observe(stayed, US)).walkoutRisk).toBe(0);
    // A side that has bluffed is believed less the next time it warns.
    const again = play(rules, stayed, [propose(troops('troops-2000'), say('walkout-warning'))]);
    const risk = statementPressure(table, rules.observe(again, US)).walkoutRisk;
    expect(risk).toBeGreaterThan(0);
    expect(risk).toBeLessThan(PRIOR);
  });

  it('believes an untested deadline threat until the step comes', () => {
    const s = play(rules, start, [simple('wait'), simple('wait', say('deadline-threat'))]);
    expect(statementPressure(table, rules.observe(s, MX)).deadlineCredible).toBe(PRIOR);
    const after = passToRound(rules, s, deadlineRound);
    expect(statementPressure(table, rules.observe(after, MX)).deadlineCredible).toBeNull();
    // The kept threat makes the next one more credible.
    // July 1: the US opens with a threat of the August step.
    const next = play(rules, after, [simple('wait'), simple('wait'), simple('wait', say('deadline-threat'))]);
    expect(statementPressure(table, rules.observe(next, MX)).deadlineCredible).toBeGreaterThan(PRIOR);
  });

  it('hints at the other principal’s floor from a standing appeal', () => {
    const s = play(rules, start, [propose(troops('troops-2000'), say('principal-appeal')), simple('reject')]);
    const obs = rules.observe(s, US);
    const reading = readStatements(table, obs, MX)[0];
    expect(reading?.yourUtility).not.toBeNull();
    expect(statementPressure(table, obs).principalFloorHint).toEqual({
      credibility: PRIOR,
      yourUtility: reading?.yourUtility,
    });
    // Taken and refused by its own principal, as it said: it stands, and is believed more.
    const refused = play(rules, start, [
      propose(troops('troops-6000'), say('principal-appeal')),
      simple('accept'),
    ]);
    const hint = statementPressure(table, rules.observe(refused, US)).principalFloorHint;
    expect(hint?.credibility).toBeGreaterThan(PRIOR);
  });
});

/** A copy of the scenario with `side`'s weights, option values and reservation value changed. */
function tamperWith(source: Scenario, side: SideId): Scenario {
  const s = structuredClone(source);
  for (const issue of s.issues) {
    issue.weight[side] = Math.min(1, bySide(issue.weight, side) * 0.5 + 0.11);
    for (const o of issue.options) o.value[side] = 1 - bySide(o.value, side);
  }
  s.reservation[side] = { base: 0.01, meters: {}, assumption: 'tampered' };
  return s;
}

/** A random game in which every move carries a typed statement half the time. */
function talkativeGame(seed: number): GameState[] {
  const random = testRandom(seed ^ 0x51ab);
  const states = [rules.newGame({ seed })];
  let s = states[0] as GameState;
  while (s.phase !== 'over' && states.length < 400) {
    const action: Action = randomAction(rules, s, random);
    const intent = STATEMENT_INTENTS[Math.floor(random() * STATEMENT_INTENTS.length * 2)] as
      | StatementIntent
      | undefined;
    s = must(rules, s, intent ? { ...action, say: say(intent, random() < 0.5) } : action);
    states.push(s);
  }
  return states;
}

describe('the judge reads only its own observation', () => {
  const tamperedRules: Record<string, Rules> = {};
  for (const side of [US, MX])
    tamperedRules[side] = createRules(tamperWith(rules.scenario, side), rules.scenarioHash);
  const tampered = (side: SideId) => tamperedRules[side] as Rules;

  it('judges alike whatever the speaker’s private numbers, and differently with its own (so the test can fail)', () => {
    let compared = 0;
    let ownChanged = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const states = talkativeGame(seed);
      for (let i = 0; i < states.length; i += 7) {
        const state = states[i] as GameState;
        for (const listener of [US, MX]) {
          const speaker = other(listener);
          const honest = rules.observe(state, listener);
          const blind = tampered(speaker).observe(state, listener);
          const blindTable = statementTable(tampered(speaker).scenario);
          const readings = readStatements(table, honest, speaker);
          expect(readStatements(blindTable, blind, speaker)).toEqual(readings);
          expect(credibilityOf(blindTable, blind, speaker)).toEqual(credibilityOf(table, honest, speaker));
          expect(statementPressure(blindTable, blind)).toEqual(statementPressure(table, honest));
          compared += readings.length;
          const own = tampered(listener).observe(state, listener);
          const ownReadings = readStatements(statementTable(tampered(listener).scenario), own, speaker);
          if (JSON.stringify(ownReadings) !== JSON.stringify(readings)) ownChanged++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(ownChanged).toBeGreaterThan(0);
  });

  it('builds its table from public structure only', () => {
    for (const side of [US, MX]) expect(statementTable(tampered(side).scenario)).toEqual(table);
  });

  it('is deterministic', () => {
    const states = talkativeGame(3);
    const last = states.at(-1) as GameState;
    const a = readStatements(table, rules.observe(last, US), MX);
    const b = readStatements(table, rules.observe(last, US), MX);
    expect(a).toEqual(b);
  });
});
