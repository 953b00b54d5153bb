// The AI across the table, as the front end asks it about the player's draft before sending it:
// "would you take this?" and "what would it take?". Built like a negotiator, from the scenario's
// public structure and its own side's rules only (knowledge.ts, appraisal.ts); each question takes
// only the AI's own observation and the draft.
//
// The store builds that observation with `rules.observe(state, aiSide)`: never the player's. The
// answers are deterministic (an evaluation draws no randomness, so asking does not change what the
// AI then plays) and judge the draft as if it were proposed now, in this round.
import type { Observation, Package } from '../engine';
import { err, ok, type Result } from '../result';
import type { Scenario, ScenarioPersona } from '../scenario/schema';
import type { SideId } from '../scenario/sides';
import { type Appraisal, appraisalFor } from './appraisal';
import { type Difficulty, SKILLS } from './difficulty';
import { assess, type Situation } from './evaluation';
import { type Answer, type Explanation, explainRejection, whatWouldItTake } from './explain';
import { type Knowledge, knowledgeFor } from './knowledge';
import { supposedSituation, verdictOn } from './verdict';

export interface CounterpartError {
  code: 'NOT_ITS_OBSERVATION' | 'UNKNOWN_TERM' | 'TALKS_OVER';
  message: string;
}

export interface Counterpart {
  readonly side: SideId;
  readonly persona: ScenarioPersona;
  readonly difficulty: Difficulty;
  /** Would it accept `pkg` if proposed now: the verdict alone, cheap enough to run on every edit. */
  accepts(aiObservation: Observation, pkg: Package): Result<boolean, CounterpartError>;
  /** Would it accept `pkg` if proposed now; if not, why (typed reasons and words). */
  explain(aiObservation: Observation, pkg: Package): Result<Explanation, CounterpartError>;
  /** The smallest change to `pkg` it would accept now, or why nothing near would do. */
  whatWouldItTake(aiObservation: Observation, pkg: Package): Result<Answer, CounterpartError>;
}

export function counterpartFor(
  scenario: Scenario,
  side: SideId,
  persona: ScenarioPersona,
  difficulty: Difficulty,
): Counterpart {
  // The scenario is read here, once, for its public structure and this side's rules; not kept.
  const knowledge = knowledgeFor(scenario, side);
  const appraisal = appraisalFor(scenario, side);
  const skill = SKILLS[difficulty];
  const ask = <T>(obs: Observation, pkg: Package, answer: (sit: Situation, a: Appraisal) => T) => {
    const problem = checkQuestion(knowledge, obs, pkg);
    if (problem) return err(problem);
    const sit = {
      ...assess(knowledge, skill, persona, obs, appraisal.statements),
      skill,
    };
    return ok(answer(sit, appraisal));
  };
  return {
    side,
    persona,
    difficulty,
    accepts: (obs, pkg) =>
      ask(obs, pkg, (sit, a) => verdictOn(supposedSituation(sit, pkg, a)).verdict.accepts),
    explain: (obs, pkg) => ask(obs, pkg, (sit, a) => explainRejection(sit, pkg, a)),
    whatWouldItTake: (obs, pkg) => ask(obs, pkg, (sit, a) => whatWouldItTake(sit, pkg, a)),
  };
}

function checkQuestion(knowledge: Knowledge, obs: Observation, pkg: Package): CounterpartError | null {
  if (obs.side !== knowledge.side) {
    return {
      code: 'NOT_ITS_OBSERVATION',
      message: `this is the observation of side "${obs.side}"; ask with rules.observe(state, "${knowledge.side}")`,
    };
  }
  if (obs.phase === 'over') {
    return { code: 'TALKS_OVER', message: 'the talks are over: there is no offer left to weigh' };
  }
  const terms = [...Object.entries(pkg.terms), ...Object.entries(pkg.conditional?.then ?? {})];
  for (const [issueId, optionId] of terms) {
    const issue = knowledge.issues.find((i) => i.id === issueId);
    if (!issue) return { code: 'UNKNOWN_TERM', message: `there is no issue "${issueId}" in this scenario` };
    if (!issue.options.some((o) => o.id === optionId)) {
      return { code: 'UNKNOWN_TERM', message: `issue "${issueId}" has no option "${optionId}"` };
    }
  }
  return null;
}
