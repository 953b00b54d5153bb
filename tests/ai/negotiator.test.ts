// Properties of the AI negotiators over random game states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTIES, type Difficulty } from '../../src/ai/difficulty';
import { playMatch, seatFor } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { randomPlayer } from '../../src/ai/random-player';
import {
  type Action,
  createRules,
  type GameState,
  packageUtility,
  paretoFrontier,
  type Rules,
} from '../../src/engine';
import { reservationValue } from '../../src/engine/reservation';
import { checkWinsets } from '../../src/engine/winset';
import type { Scenario, ScenarioPersona } from '../../src/scenario/schema';
import { bySide, type SideId, sideInfo } from '../../src/scenario/sides';
import { refusal } from '../support/apply';
import { present } from '../support/present';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const personas = rules.scenario.personas ?? [];

/** A state reached by `steps` random legal actions from a seed (possibly over). */
function randomState(r: Rules, seed: number, steps: number): GameState {
  const players = {
    us: randomPlayer({ scenario: r.scenario, side: US, seed }),
    mx: randomPlayer({ scenario: r.scenario, side: MX, seed: seed + 1 }),
  };
  let state = r.newGame({ seed });
  for (let i = 0; i < steps && state.phase !== 'over'; i++) {
    const side = state.turn.side;
    const result = r.apply(state, bySide(players, side).decide(seatFor(r, state, side)));
    if (!result.ok) throw new Error(result.error.message);
    state = result.value;
  }
  return state;
}

/** The negotiator's negotiating move in `state`: its slot move, if it makes one, is applied first. */
function negotiatingMove(
  r: Rules,
  persona: ScenarioPersona,
  difficulty: Difficulty,
  state: GameState,
  seed: number,
): { action: Action; state: GameState } {
  const side = state.turn.side;
  const ai = createNegotiator(persona, difficulty, { scenario: r.scenario, side, seed });
  let s = state;
  for (let i = 0; i < 3; i++) {
    const action = ai.decide(seatFor(r, s, side));
    if (action.type !== 'unilateral' && action.type !== 'consult') return { action, state: s };
    const result = r.apply(s, action);
    if (!result.ok) throw new Error(result.error.message);
    s = result.value;
  }
  throw new Error('more than one slot move in a turn');
}

const arbitrary = fc.record({
  seed: fc.nat({ max: 1_000_000 }),
  steps: fc.nat({ max: 60 }),
  persona: fc.nat(),
  difficulty: fc.constantFrom(...DIFFICULTIES),
});

describe('AI negotiators', () => {
  it('never accept below their reservation value or outside their own win-set', () => {
    let accepted = 0;
    const frontier = paretoFrontier(rules.scenario);
    fc.assert(
      fc.property(arbitrary, fc.nat(), ({ seed, steps, persona, difficulty }, pick) => {
        let state = randomState(rules, seed, steps);
        if (state.phase === 'over') return;
        // Put an efficient offer on the table, so acceptances near the line are exercised too.
        const mover = state.turn.side;
        const type = rules.legalActions(state, mover).some((l) => l.type === 'counter')
          ? 'counter'
          : 'propose';
        const efficient = present(frontier[pick % frontier.length], 'a frontier point');
        const next = rules.apply(state, { type, side: mover, package: efficient.package });
        if (next.ok && next.value.phase !== 'over' && next.value.turn.side !== mover) state = next.value;
        const side = state.turn.side;
        const mine = personas.filter((p) => p.side === side);
        const me = present(mine[persona % mine.length], 'a persona');
        const { action, state: at } = negotiatingMove(rules, me, difficulty, state, seed);
        expect(refusal(rules.validate(at, action))).toBeNull();
        if (action.type !== 'accept') return;
        accepted++;
        const offer = present(at.standing, 'the standing offer').package;
        expect(packageUtility(rules.scenario, side, offer)).toBeGreaterThanOrEqual(
          reservationValue(rules.scenario, at, side) - 1e-9,
        );
        expect(checkWinsets(rules.scenario, at, offer, side).every((c) => c.passed)).toBe(true);
      }),
      { numRuns: 400 },
    );
    // The property is only worth something if acceptances were actually exercised.
    expect(accepted).toBeGreaterThan(20);
  });

  it("do not read hidden information: the other side's private numbers never change their move", () => {
    const variant = (side: SideId): Rules => {
      const s: Scenario = structuredClone(rules.scenario);
      sideInfo(s, side).brief = { en: 'changed', es: 'cambiado' };
      s.reservation[side] = { base: 0.05, assumption: 'test' };
      s.issues.forEach((issue, i) => {
        issue.weight[side] = (i % 3) + 1;
        issue.options.forEach((o, j) => {
          o.value[side] = (j + i) % 2;
        });
      });
      return createRules(s, rules.scenarioHash);
    };
    const changed = { us: variant(US), mx: variant(MX) };
    fc.assert(
      fc.property(arbitrary, ({ seed, steps, persona, difficulty }) => {
        const state = randomState(rules, seed, steps);
        if (state.phase === 'over') return;
        const side = state.turn.side;
        const other: SideId = side === US ? MX : US;
        const mine = personas.filter((p) => p.side === side);
        const me = present(mine[persona % mine.length], 'a persona');
        // Same observation for this side under both scenarios...
        expect(bySide(changed, other).observe(state, side)).toEqual(rules.observe(state, side));
        // ...so the same move.
        const a = createNegotiator(me, difficulty, { scenario: rules.scenario, side, seed });
        const b = createNegotiator(me, difficulty, { scenario: bySide(changed, other).scenario, side, seed });
        expect(b.decide(seatFor(bySide(changed, other), state, side))).toEqual(
          a.decide(seatFor(rules, state, side)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('play the same game from the same seed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const make = () => ({
        us: createNegotiator(present(personas.find((p) => p.side === US && p.id === 'hardliner')), 'hard', {
          scenario: rules.scenario,
          side: US,
          seed,
        }),
        mx: createNegotiator(present(personas.find((p) => p.side === MX && p.id === 'pragmatist')), 'easy', {
          scenario: rules.scenario,
          side: MX,
          seed,
        }),
      });
      expect(rules.stateHash(playMatch(rules, make(), seed).state)).toBe(
        rules.stateHash(playMatch(rules, make(), seed).state),
      );
    }
  });

  it('mark their bluffs in the log, hidden from the other side until the game ends', () => {
    const hardliner = present(personas.find((p) => p.side === US && p.id === 'hardliner'));
    expect(hardliner.bluffs).toBe(true);
    const players = {
      us: createNegotiator(hardliner, 'medium', { scenario: rules.scenario, side: US, seed: 3 }),
      mx: createNegotiator(
        present(personas.find((p) => p.side === MX && p.id === 'sovereigntist')),
        'medium',
        {
          scenario: rules.scenario,
          side: MX,
          seed: 3,
        },
      ),
    };
    let state = rules.newGame({ seed: 3 });
    let sawHidden = false;
    while (state.phase !== 'over') {
      const side = state.turn.side;
      const result = rules.apply(state, bySide(players, side).decide(seatFor(rules, state, side)));
      if (!result.ok) throw new Error(result.error.message);
      state = result.value;
      const bluffedBy = new Set(
        state.log.flatMap((e) => (e.kind === 'action' && e.action.say?.bluff ? [e.action.side] : [])),
      );
      if (state.phase !== 'over') {
        for (const author of bluffedBy) {
          const reader = author === US ? MX : US;
          const seen = rules.observe(state, reader).log;
          expect(
            seen.some(
              (e) => e.kind === 'action' && e.action.side === author && e.action.say?.bluff !== undefined,
            ),
          ).toBe(false);
          sawHidden = true;
        }
      }
    }
    expect(sawHidden).toBe(true);
    const revealed = rules
      .observe(state, MX)
      .log.filter((e) => e.kind === 'action' && e.action.side === US && e.action.say?.bluff);
    expect(revealed.length).toBeGreaterThan(0);
    for (const e of revealed) {
      if (e.kind === 'action') expect(e.action.say?.text.en).toContain('final offer');
    }
  });

  it('say what they do, in English and Spanish', () => {
    const { state } = playMatch(
      rules,
      {
        us: createNegotiator(
          present(personas.find((p) => p.side === US && p.id === 'pragmatist')),
          'medium',
          {
            scenario: rules.scenario,
            side: US,
            seed: 9,
          },
        ),
        mx: createNegotiator(
          present(personas.find((p) => p.side === MX && p.id === 'pragmatist')),
          'medium',
          {
            scenario: rules.scenario,
            side: MX,
            seed: 9,
          },
        ),
      },
      9,
    );
    const actions = state.log.flatMap((e) => (e.kind === 'action' ? [e.action] : []));
    expect(actions.length).toBeGreaterThan(2);
    for (const a of actions) {
      expect(a.say?.text.en.length).toBeGreaterThan(0);
      expect(a.say?.text.es.length).toBeGreaterThan(0);
      if (a.type === 'propose' || a.type === 'counter') {
        // It names the terms it offers; a list too long for one statement names the first and
        // counts the rest. What comes before "We propose" is its reason for refusing theirs.
        const en = a.say?.text.en ?? '';
        const es = a.say?.text.es ?? '';
        const proposal = { en: en.slice(en.indexOf('We propose')), es: es.slice(es.indexOf('Proponemos')) };
        expect(en.includes('We propose') && es.includes('Proponemos')).toBe(true);
        let unnamed = 0;
        for (const issue of rules.scenario.issues) {
          const pick = a.package.terms[issue.id];
          if (!pick || pick === issue.statusQuo) continue;
          const label = present(issue.options.find((o) => o.id === pick)).label;
          const named = proposal.en.includes(label.en);
          expect(proposal.es.includes(label.es)).toBe(named);
          if (!named) unnamed++;
        }
        if (unnamed > 0) expect(proposal.en).toContain(`; and ${unnamed} more.`);
      }
    }
  });
});
