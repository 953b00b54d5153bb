// "What would it take?": the answer is accepted by the real negotiator when the player sends it,
// and no answer with fewer changes exists.
import { describe, expect, it } from 'vitest';
import { type Counterpart, counterpartFor } from '../../src/ai/counterpart';
import { DIFFICULTIES, type Difficulty, SKILLS } from '../../src/ai/difficulty';
import { assess } from '../../src/ai/evaluation';
import type { Answer } from '../../src/ai/explain';
import { knowledgeFor } from '../../src/ai/knowledge';
import { seatFor } from '../../src/ai/match';
import { createNegotiator } from '../../src/ai/negotiator';
import { MAX_CHANGES } from '../../src/ai/what-it-takes';
import type { Action, GameState, Observation, Package } from '../../src/engine';
import { nextInt, seedRng } from '../../src/engine/rng';
import type { ScenarioPersona } from '../../src/scenario/schema';
import { otherSide, type SideId } from '../../src/scenario/sides';
import { present } from '../support/present';
import { randomState } from '../support/random-state';
import { loadRules } from '../support/scenarios';

const rules = loadRules();
const scenario = rules.scenario;
const personas = scenario.personas ?? [];

interface Question {
  seed: number;
  state: GameState;
  player: SideId;
  ai: SideId;
  persona: ScenarioPersona;
  difficulty: Difficulty;
  counterpart: Counterpart;
  obs: Observation;
  draft: Package;
  answer: Answer;
}

/**
 * Questions the front end could ask: a random state where the player moves first in the round (so
 * the AI answers in the same meeting), a random draft over every issue, every persona and difficulty.
 */
function questions(count: number): Question[] {
  const out: Question[] = [];
  for (let seed = 1; out.length < count && seed < 20 * count; seed++) {
    const rng = seedRng(seed * 7);
    const state = randomState(rules, seed, nextInt(rng, 40));
    if (state.phase === 'over' || state.turn.step !== 0) continue;
    const player = state.turn.side;
    if (!rules.legalActions(state, player).some((l) => l.type === 'propose' || l.type === 'counter'))
      continue;
    const ai = otherSide(scenario, player);
    const mine = personas.filter((p) => p.side === ai);
    const persona = present(mine[seed % mine.length], 'a persona');
    const difficulty = present(
      DIFFICULTIES[Math.floor(seed / mine.length) % DIFFICULTIES.length],
      'a difficulty',
    );
    const terms: Record<string, string> = {};
    for (const issue of scenario.issues)
      terms[issue.id] = present(issue.options[nextInt(rng, issue.options.length)]).id;
    const draft = { terms };
    const counterpart = counterpartFor(scenario, ai, persona, difficulty);
    const obs = rules.observe(state, ai);
    const answer = counterpart.whatWouldItTake(obs, draft);
    if (!answer.ok) throw new Error(answer.error.message);
    out.push({ seed, state, player, ai, persona, difficulty, counterpart, obs, draft, answer: answer.value });
  }
  return out;
}

/** The player sends `pkg`; the AI (its slot moves played) answers on its turn. */
function aiAnswers(q: Question, pkg: Package): Action['type'] | 'round-closed' {
  const type = rules.legalActions(q.state, q.player).some((l) => l.type === 'counter')
    ? 'counter'
    : 'propose';
  const sent = rules.apply(q.state, { type, side: q.player, package: pkg });
  if (!sent.ok) throw new Error(sent.error.message);
  let state = sent.value;
  if (state.phase === 'over' || state.turn.side !== q.ai) return 'round-closed';
  const negotiator = createNegotiator(q.persona, q.difficulty, { scenario, side: q.ai, seed: q.seed });
  let action = negotiator.decide(seatFor(rules, state, q.ai));
  while (action.type === 'unilateral' || action.type === 'consult') {
    const after = rules.apply(state, action);
    if (!after.ok) throw new Error(after.error.message);
    state = after.value;
    action = negotiator.decide(seatFor(rules, state, q.ai));
  }
  return action.type;
}

const asked = questions(200);

describe('whatWouldItTake', () => {
  it('is accepted by the negotiator when the player sends it', () => {
    const tally: Record<Difficulty, { offered: number; accepted: number }> = {
      easy: { offered: 0, accepted: 0 },
      medium: { offered: 0, accepted: 0 },
      hard: { offered: 0, accepted: 0 },
    };
    for (const q of asked) {
      if (q.answer.kind !== 'change' && q.answer.kind !== 'as-is') continue;
      const pkg = q.answer.kind === 'change' ? q.answer.package : q.draft;
      const reply = aiAnswers(q, pkg);
      tally[q.difficulty].offered++;
      if (reply === 'accept') tally[q.difficulty].accepted++;
    }
    // Medium and hard draw no noise: what they refuse after answering is what a consultation on
    // their own turn taught them (the other side's priorities or reservation). Easy's target is
    // noisy, and the answer is given for a bad day (see verdict.ts).
    for (const d of DIFFICULTIES) expect(tally[d].offered, d).toBeGreaterThan(25);
    expect(tally.medium.accepted / tally.medium.offered).toBeGreaterThanOrEqual(0.97);
    expect(tally.hard.accepted / tally.hard.offered).toBeGreaterThanOrEqual(0.95);
    expect(tally.easy.accepted / tally.easy.offered).toBeGreaterThanOrEqual(0.9);
  });

  it('changes only what it lists, and its own explanation of the answer is an acceptance', () => {
    let changes = 0;
    for (const q of asked) {
      if (q.answer.kind !== 'change') continue;
      changes++;
      const { package: pkg, changes: list } = q.answer;
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(MAX_CHANGES);
      const changed = Object.keys(pkg.terms).filter((issue) => pkg.terms[issue] !== q.draft.terms[issue]);
      expect(changed.sort()).toEqual(list.map((c) => c.issue).sort());
      for (const c of list) {
        expect(q.draft.terms[c.issue]).toBe(c.from);
        expect(pkg.terms[c.issue]).toBe(c.to);
      }
      const e = q.counterpart.explain(q.obs, pkg);
      expect(e.ok && e.value.accepts).toBe(true);
      const d = q.counterpart.explain(q.obs, q.draft);
      expect(d.ok && d.value.accepts).toBe(false);
    }
    expect(changes).toBeGreaterThan(60);
  });

  it('is minimal: no package with fewer changes would be accepted, and the cheapest single change is chosen', () => {
    let checked = 0;
    for (const q of asked) {
      if (q.answer.kind !== 'change') continue;
      const n = q.answer.changes.length;
      if (checked >= 60) break;
      const sit = assess(knowledgeFor(scenario, q.ai), SKILLS[q.difficulty], q.persona, q.obs);
      const model = sit.model;
      const cost = (issue: string, from: string, to: string) =>
        (model.weights[issue] ?? 0) * ((model.values[issue]?.[from] ?? 0) - (model.values[issue]?.[to] ?? 0));
      const chosen = q.answer.changes.reduce((sum, c) => sum + cost(c.issue, c.from, c.to), 0);
      for (const issue of scenario.issues) {
        for (const option of issue.options) {
          const from = q.draft.terms[issue.id] as string;
          // Options a failed ratification ruled out are never suggested: the other side cannot pass them.
          if (option.id === from || sit.lessons.excluded.has(`${issue.id}=${option.id}`)) continue;
          const single = { terms: { ...q.draft.terms, [issue.id]: option.id } };
          const e = q.counterpart.accepts(q.obs, single);
          if (!e.ok) throw new Error(e.error.message);
          if (n > 1) expect(e.value, `${issue.id}=${option.id}`).toBe(false);
          else if (e.value) expect(cost(issue.id, from, option.id)).toBeGreaterThanOrEqual(chosen - 1e-12);
        }
      }
      checked++;
    }
    expect(checked).toBe(60);
  });

  it('says why when nothing near would do', () => {
    const why = new Set(asked.flatMap((q) => (q.answer.kind === 'nothing-now' ? [q.answer.why] : [])));
    expect([...why].every((w) => ['below-no-deal', 'principal', 'too-far', 'own-plan'].includes(w))).toBe(
      true,
    );
    expect(why.size).toBeGreaterThan(0);
  });
});
