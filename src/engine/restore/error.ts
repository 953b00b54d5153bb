// Why a saved game was refused: one code per kind of failure, and every problem found, each at its
// path, so a person (or the title screen) can say exactly what is wrong.
import type { Problem } from './check';

export const RESTORE_ERROR_CODES = [
  /** Not a saved game at all: not a JSON object. */
  'NOT_A_STATE',
  /** Saved by another engine version, whose rules may differ. */
  'ENGINE_VERSION',
  /** Saved with another scenario, or another version (hash) of this one. */
  'SCENARIO_VERSION',
  /** A field is missing, unknown, of the wrong type, out of range or names an unknown id. */
  'MALFORMED_STATE',
  /** Every field is well formed but they disagree (with each other or with the calendar). */
  'INCONSISTENT_STATE',
] as const;

export type RestoreErrorCode = (typeof RESTORE_ERROR_CODES)[number];

export interface RestoreError {
  readonly code: RestoreErrorCode;
  readonly message: string;
  readonly problems: readonly Problem[];
}

const SHOWN = 3;

export function restoreError(
  code: RestoreErrorCode,
  summary: string,
  problems: readonly Problem[],
): RestoreError {
  const listed = problems.slice(0, SHOWN).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
  const detail = listed.length > 0 ? ` (${listed.join('; ')}${more})` : '';
  return { code, message: `${summary}${detail}`, problems };
}
