// Explanations a player can use: why the negotiator will not accept a package now, and what it
// would take, from the evaluation it decides by (`assess`'s Situation) and in words that reveal
// no more than its persona would. Pure functions of the negotiator's own observation: nothing
// here reads the other side's private numbers (tests/ai/explain.test.ts changes them and checks).
//
// The negotiator, rejecting the offer it faces, calls `explainRejection(sit, standing.package,
// appraisal)` with the Situation it decided from; the front end asks through counterpart.ts.
import type { Package, StatementIntent } from '../engine';
import type { LocalText } from '../scenario/schema';
import { acceptanceBar, nextOffer } from './acceptance';
import { type Appraisal, worth } from './appraisal';
import type { Situation } from './evaluation';
import { type Figures, revealOf, suggestionText, verdictText, type Words } from './explain-speech';
import { type Reason, supposedSituation, type Verdict, verdictOn } from './verdict';
import { type Suggestion, smallestChange } from './what-it-takes';

export type { Reason, Verdict } from './verdict';
export type { Change, Suggestion } from './what-it-takes';

/** The verdict on a package, with its reasons, and what the negotiator says. */
export type Explanation = Verdict & { text: LocalText };

/** The answer to "what would it take?", and what the negotiator says. */
export type Answer = Suggestion & { text: LocalText };

/**
 * Whether the negotiator would accept `pkg` if the other side put it on the table now, and if not,
 * why: `sit` is its evaluation, either facing `pkg` already (the negotiator on its turn) or before
 * it is sent (the front end), in which case the offer is supposed made and judged as it would be.
 * The issues that fall short are those of the smallest change it would take (a search: about 3 ms,
 * up to about 100); `{ search: false }` names instead where its own next offer asks for more,
 * at the cost of one evaluation, for a decision on the clock; `most` keeps only the first reasons.
 */
export function explainRejection(
  sit: Situation,
  pkg: Package,
  appraisal: Appraisal,
  how: { search: boolean; most?: number } = { search: true },
): Explanation {
  const facing = supposedSituation(sit, pkg, appraisal);
  const { verdict, short } = verdictOn(facing);
  const words = wordsFor(sit, appraisal);
  const figures = figuresOf(facing, worth(appraisal, facing.obs, pkg));
  if (verdict.accepts) return { ...verdict, text: verdictText(words, verdict, figures) };
  const reasons: Reason[] = [...verdict.reasons];
  if (short) {
    const named = new Set(reasons.flatMap((r) => (r.kind === 'legislature' ? [r.issue] : [])));
    reasons.push(
      ...shortfalls(sit, facing, pkg, appraisal, how.search).filter(
        (r) => r.kind === 'clause' || !named.has(r.issue),
      ),
    );
  }
  // A reason said with a counter-offer shares its one statement with the terms: the first few.
  const out: Verdict = {
    accepts: false,
    reasons: how.most === undefined ? reasons : reasons.slice(0, how.most),
  };
  return { ...out, text: verdictText(words, out, figures) };
}

/** The smallest change to `pkg` the negotiator would accept now, or why nothing near would do. */
export function whatWouldItTake(sit: Situation, pkg: Package, appraisal: Appraisal): Answer {
  const suggestion = smallestChange(sit, pkg, appraisal);
  const judged = suggestion.kind === 'change' ? suggestion.package : pkg;
  const facing = supposedSituation(sit, judged, appraisal);
  const figures = figuresOf(facing, worth(appraisal, facing.obs, judged));
  return { ...suggestion, text: suggestionText(wordsFor(sit, appraisal), suggestion, figures) };
}

function wordsFor(sit: Situation, appraisal: Appraisal): Words {
  return { knowledge: sit.knowledge, reveal: revealOf(sit.skill), legislature: appraisal.legislature };
}

function figuresOf(facing: Situation, value: number): Figures {
  return { worth: value, needs: Math.max(facing.floor, acceptanceBar(facing, nextOffer(facing))) };
}

/**
 * The issues that fall short, most costly to the negotiator first: the changes of the smallest
 * package it would take, or, when nothing near would do (or no search is wanted), where its own
 * next offer asks for more; and the conditional clause, when taking it out is part of what it
 * would take.
 */
function shortfalls(
  sit: Situation,
  facing: Situation,
  pkg: Package,
  appraisal: Appraisal,
  search: boolean,
): Extract<Reason, { kind: 'issue-short' | 'clause' }>[] {
  const suggestion = search ? smallestChange(sit, pkg, appraisal) : null;
  if (suggestion?.kind === 'change') {
    const issues = suggestion.changes.map(
      (c): Extract<Reason, { kind: 'issue-short' }> => ({
        kind: 'issue-short',
        issue: c.issue,
        from: c.from,
        wants: c.to,
      }),
    );
    return suggestion.dropsClause ? [...issues, { kind: 'clause' }] : issues;
  }
  const { knowledge, obs } = facing;
  const own = (issue: string, option: string) =>
    (obs.you.weights[issue] ?? 0) * (obs.you.values[issue]?.[option] ?? 0);
  const next = nextOffer(facing)?.offer ?? null;
  const gaps = knowledge.issues.flatMap((issue) => {
    const from = pkg.terms[issue.id] ?? issue.statusQuo;
    const best = next
      ? (next.terms[issue.id] ?? issue.statusQuo)
      : [...issue.options].sort((a, b) => own(issue.id, b.id) - own(issue.id, a.id))[0]?.id;
    if (best === undefined) return [];
    const gap = own(issue.id, best) - own(issue.id, from);
    return gap > 1e-9 ? [{ issue: issue.id, from, wants: next ? best : ('better' as const), gap }] : [];
  });
  const short = gaps
    .sort((a, b) => b.gap - a.gap)
    .map(
      ({ issue, from, wants }): Extract<Reason, { kind: 'issue-short' }> => ({
        kind: 'issue-short',
        issue,
        from,
        wants,
      }),
    );
  // Term by term it asks for no more than this: what falls short is what the clause brings in.
  return short.length === 0 && pkg.conditional ? [{ kind: 'clause' }] : short;
}

/**
 * The typed meaning of a rejection, for the statement that carries it: a refusal in the name of
 * the principal or the legislature is an appeal to the principal ("ours will not sign less").
 */
export function intentOf(explanation: Explanation): StatementIntent | undefined {
  if (explanation.accepts) return undefined;
  return explanation.reasons.some((r) => r.kind === 'principal' || r.kind === 'legislature')
    ? 'principal-appeal'
    : undefined;
}
