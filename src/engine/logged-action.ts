// The form in which an action enters the log and the replay file.
import type { Scenario } from '../scenario/schema';
import type { Action, Package } from './actions';

/**
 * Only the fields the rules know are logged, rebuilt in a fixed shape (terms in issue order), so a replay
 * file holds nothing the engine ignores and equal actions serialise alike whoever built them.
 */
export function cleanAction(scenario: Scenario, action: Action): Action {
  const side = action.side;
  const clean = bareAction(action);
  const say = action.say;
  if (say) {
    clean.say =
      say.bluff === undefined
        ? { text: { en: say.text.en, es: say.text.es } }
        : { text: { en: say.text.en, es: say.text.es }, bluff: say.bluff };
  }
  return clean;

  function bareAction(a: Action): Action {
    switch (a.type) {
      case 'propose':
      case 'counter':
        return { type: a.type, side, package: normalisePackage(scenario, a.package) };
      case 'unilateral':
        return { type: 'unilateral', side, move: a.move };
      case 'consult':
        return { type: 'consult', side, consultation: a.consultation };
      default:
        return { type: a.type, side };
    }
  }
}

/** Terms in the scenario's issue order, whatever order the caller wrote them in. */
function normalisePackage(scenario: Scenario, pkg: Package): Package {
  const terms = inIssueOrder(scenario, pkg.terms);
  if (!pkg.conditional) return { terms };
  const c = pkg.conditional;
  const then = inIssueOrder(scenario, c.then);
  return {
    terms,
    conditional:
      c.minDropPct === undefined
        ? { review: c.review, then }
        : { review: c.review, minDropPct: c.minDropPct, then },
  };
}

function inIssueOrder(scenario: Scenario, terms: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of scenario.issues) {
    const pick = terms[issue.id];
    if (pick !== undefined) out[issue.id] = pick;
  }
  return out;
}
