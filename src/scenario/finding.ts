// What a cross-reference rule says when it is broken. The rules see only the parsed data, so they
// name a path; the loader turns it into a line and column.
import type { PathSegment } from './problem';

/** A rule broken. */
export interface Finding {
  readonly code: 'duplicate-id' | 'reference' | 'consistency';
  readonly path: readonly PathSegment[];
  readonly message: string;
  /** Point at the key itself (an id used as a map key) rather than at its value. */
  readonly at: 'key' | 'value';
}

/** How a rule records a finding; `at` is 'value' unless said otherwise. */
export type Report = (
  code: Finding['code'],
  path: readonly PathSegment[],
  message: string,
  at?: Finding['at'],
) => void;

/** The 1-based line of a path in the source, for messages that point back at an earlier place. */
export type LineOf = (path: readonly PathSegment[]) => number;

/** A report that collects into `findings`, in the order the rules run. */
export function findingCollector(): { findings: Finding[]; report: Report } {
  const findings: Finding[] = [];
  const report: Report = (code, path, message, at = 'value') => {
    findings.push({ code, path, message, at });
  };
  return { findings, report };
}
