// Every utility over terms in the game is additive: Σ over issues of the issue's weight times the
// chosen option's value, an issue the terms leave out counting at its status quo. The engine uses
// it with a side's true numbers, a negotiator with its own observed numbers or its model of the
// other side's.

export function additiveUtility(
  issues: readonly { readonly id: string; readonly statusQuo: string }[],
  terms: Readonly<Record<string, string>>,
  weight: (issue: string) => number,
  value: (issue: string, option: string) => number,
): number {
  let u = 0;
  for (const issue of issues) u += weight(issue.id) * value(issue.id, terms[issue.id] ?? issue.statusQuo);
  return u;
}
