// The AI across the table as the front end asks it: only its own observation and the draft go in;
// the answers are deterministic, in two languages, and never depend on the other side's secrets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterpartFor } from '../../src/ai/counterpart';
import { DIFFICULTIES, type Difficulty } from '../../src/ai/difficulty';
import { playMatch } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { createRules, type GameState, type Package, type Rules } from '../../src/engine';
import { nextInt, seedRng } from '../../src/engine/rng';
import { checkStatement } from '../../src/engine/statement';
import type { LocalText, Scenario } from '../../src/scenario/schema';
import { bySide, otherSide, type SideId, sideInfo } from '../../src/scenario/sides';
import { present } from '../support/present';
import { randomState } from '../support/random-state';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';

const rules = loadRules();
const scenario = rules.scenario;
const personas = scenario.personas ?? [];

function draftFrom(seed: number): Package {
  const rng = seedRng(seed ^ 0x5eed);
  const terms: Record<string, string> = {};
  for (const issue of scenario.issues) {
    // About half the issues, so drafts that leave issues at the status quo are asked about too.
    if (nextInt(rng, 2) === 0)
      terms[issue.id] = present(issue.options[nextInt(rng, issue.options.length)]).id;
  }
  return { terms };
}

/** Everything the AI says about a draft in one state: the verdict and the answer, both languages. */
function texts(
  r: Rules,
  state: GameState,
  ai: SideId,
  persona: number,
  difficulty: Difficulty,
  draft: Package,
) {
  const mine = personas.filter((p) => p.side === ai);
  const cp = counterpartFor(r.scenario, ai, present(mine[persona % mine.length]), difficulty);
  const obs = r.observe(state, ai);
  const explanation = cp.explain(obs, draft);
  const answer = cp.whatWouldItTake(obs, draft);
  if (!explanation.ok || !answer.ok) throw new Error('a well-formed question was refused');
  return { explanation: explanation.value, answer: answer.value };
}

const arbitrary = fc.record({
  seed: fc.nat({ max: 1_000_000 }),
  steps: fc.nat({ max: 50 }),
  persona: fc.nat(),
  difficulty: fc.constantFrom(...DIFFICULTIES),
});

/** Every label a text may quote: the only place a hard negotiator's words may hold a digit. */
const labels: string[] = scenario.issues
  .flatMap((i) => [i.label, ...i.options.map((o) => o.label)])
  .flatMap((l: LocalText) => [l.en, l.es])
  .sort((a, b) => b.length - a.length);
const withoutLabels = (text: string) => labels.reduce((t, label) => t.split(label).join(''), text);

describe('counterpart', () => {
  it("never depends on the other side's private numbers", () => {
    const variant = (side: SideId): Rules => {
      const s: Scenario = structuredClone(scenario);
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
        // The AI is the side that is not to move: the player is asking before sending.
        const ai = otherSide(scenario, state.turn.side);
        const theirs = bySide(changed, state.turn.side);
        const draft = draftFrom(seed);
        expect(texts(theirs, state, ai, persona, difficulty, draft)).toEqual(
          texts(rules, state, ai, persona, difficulty, draft),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('speaks plain text of at most 280 characters in both languages; hard and medium name no number', () => {
    let hard = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const state = randomState(rules, seed, seed % 45);
      if (state.phase === 'over') continue;
      const ai = otherSide(scenario, state.turn.side);
      const difficulty = present(DIFFICULTIES[seed % 3]);
      const { explanation, answer } = texts(rules, state, ai, seed, difficulty, draftFrom(seed));
      for (const text of [explanation.text, answer.text]) {
        // The engine's own check on what a side says: one line, plain, at most 280 characters.
        expect(checkStatement({ text }, ai, false).ok, JSON.stringify(text)).toBe(true);
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.es).not.toBe(text.en);
        if (difficulty !== 'easy') {
          expect(withoutLabels(text.en), text.en).not.toMatch(/\d/);
          expect(withoutLabels(text.es), text.es).not.toMatch(/\d/);
        }
      }
      if (difficulty === 'hard') hard++;
    }
    expect(hard).toBeGreaterThan(30);
  });

  it('lets an easy negotiator name its numbers', () => {
    const state = rules.newGame({ seed: 1 });
    const draft: Package = { terms: { 'guard-size': 'troops-2000' } };
    const { explanation } = texts(rules, state, US, 0, 'easy', draft);
    expect(explanation.accepts).toBe(false);
    expect(explanation.text.en).toMatch(/about \d+\/100; we need about \d+\/100/);
    expect(explanation.text.es).toMatch(/necesitamos unos \d+\/100/);
  });

  it('answers the same question the same way, and asking never changes how the AI plays', () => {
    const state = randomState(rules, 11, 7);
    const ai = otherSide(scenario, state.turn.side);
    expect(texts(rules, state, ai, 1, 'easy', draftFrom(3))).toEqual(
      texts(rules, state, ai, 1, 'easy', draftFrom(3)),
    );
    const pair = () => ({
      us: createNegotiator(present(personas.find((p) => p.side === US && p.id === 'pragmatist')), 'easy', {
        scenario,
        side: US,
        seed: 5,
      }),
      mx: createNegotiator(present(personas.find((p) => p.side === MX && p.id === 'pragmatist')), 'easy', {
        scenario,
        side: MX,
        seed: 5,
      }),
    });
    const quiet = playMatch(rules, pair(), 5);
    // The same game, with both counterparts asked about a draft before every move.
    const players = pair();
    const asking = {
      us: { name: players.us.name, decide: players.us.decide },
      mx: { name: players.mx.name, decide: players.mx.decide },
    };
    for (const side of [US, MX]) {
      const player = bySide(players, side);
      const cp = counterpartFor(scenario, side, player.persona, 'easy');
      bySide(asking, side).decide = (seat) => {
        cp.whatWouldItTake(seat.observe(), draftFrom(seat.observe().round));
        return player.decide(seat);
      };
    }
    expect(rules.stateHash(playMatch(rules, asking, 5).state)).toBe(rules.stateHash(quiet.state));
  });

  it("refuses another side's observation, terms the scenario does not have, and a finished game, with a code", () => {
    const state = rules.newGame({ seed: 1 });
    const cp = counterpartFor(scenario, MX, present(personas.find((p) => p.side === MX)), 'medium');
    const wrong = cp.explain(rules.observe(state, US), { terms: {} });
    expect(wrong.ok ? null : wrong.error.code).toBe('NOT_ITS_OBSERVATION');
    const unknown = cp.whatWouldItTake(rules.observe(state, MX), { terms: { stc: 'annexation' } });
    expect(unknown.ok ? null : unknown.error.code).toBe('UNKNOWN_TERM');
    const issue = cp.accepts(rules.observe(state, MX), { terms: { weather: 'sunny' } });
    expect(issue.ok ? null : issue.error.code).toBe('UNKNOWN_TERM');
    let over = state;
    for (let seed = 1; over.phase !== 'over'; seed++) over = randomState(rules, seed, 200);
    const late = cp.explain(rules.observe(over, MX), { terms: { stc: 'none' } });
    expect(late.ok ? null : late.error.code).toBe('TALKS_OVER');
  });
});
