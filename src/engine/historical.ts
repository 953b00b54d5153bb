// The historical outcome: the record's deal as a package, and whether a package is that deal.
import type { Scenario } from '../scenario/schema';
import type { Package } from './actions';
import { completeTerms } from './offer';

/** The historical deal as a package: the first accepted option on each issue the record names. */
export function historicalPackage(scenario: Scenario): Package {
  const terms: Record<string, string> = {};
  for (const [issue, options] of Object.entries(scenario.historical.terms))
    terms[issue] = options[0] as string;
  const conditional = scenario.historical.conditional;
  return conditional ? { terms, conditional } : { terms };
}

export function isHistorical(scenario: Scenario, pkg: Package): boolean {
  const terms = completeTerms(scenario, pkg.terms);
  return matchesHistorical(scenario.historical, (issue) => terms[issue] ?? '', pkg);
}

/**
 * Whether a package is the historical deal: the record's options on every issue it names (an issue
 * the package leaves out counts as its status quo) and the record's clause. Needs only the public
 * record, so an AI can ask it too.
 */
export function matchesHistorical(
  historical: Scenario['historical'],
  statusQuo: (issue: string) => string,
  pkg: Package,
): boolean {
  for (const [issue, options] of Object.entries(historical.terms)) {
    if (!options.includes(pkg.terms[issue] ?? statusQuo(issue))) return false;
  }
  const wanted = historical.conditional;
  if (!wanted) return true;
  const got = pkg.conditional;
  return (
    got !== undefined &&
    got.review === wanted.review &&
    Object.entries(wanted.then).every(([issue, option]) => got.then[issue] === option)
  );
}
