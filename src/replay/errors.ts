// Everything that can be wrong with a replay, each with its own code, so the viewer, the class
// report and the command line can say what happened and nothing crashes on a bad file.

export const REPLAY_ERROR_CODES = [
  'REPLAY_EMPTY',
  'REPLAY_TOO_LARGE',
  'REPLAY_NOT_JSON',
  'REPLAY_TRUNCATED',
  'REPLAY_NOT_A_REPLAY',
  'REPLAY_FORMAT_VERSION',
  'REPLAY_ENGINE_VERSION',
  'REPLAY_MALFORMED',
  'REPLAY_UNKNOWN_SCENARIO',
  'REPLAY_SCENARIO_CHANGED',
  'REPLAY_ACTION_OUT_OF_PLACE',
  'REPLAY_ACTION_REFUSED',
  'REPLAY_CHECKPOINT',
  'REPLAY_FINAL',
  'REPLAY_LINK_MALFORMED',
  'REPLAY_LINK_VERSION',
  'REPLAY_LINK_TOO_LONG',
] as const;
export type ReplayErrorCode = (typeof REPLAY_ERROR_CODES)[number];

/** One problem in the file, where a person can find it: `line:col path: message`. */
export interface ReplayProblem {
  readonly path: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export interface ReplayError {
  readonly code: ReplayErrorCode;
  /** A sentence a person can act on; `formatReplayError` puts the file's name before it. */
  readonly message: string;
  /** Field by field, for a malformed file (at most the first few; `message` says how many). */
  readonly problems: readonly ReplayProblem[];
}

export function replayError(
  code: ReplayErrorCode,
  message: string,
  problems: readonly ReplayProblem[] = [],
): ReplayError {
  return { code, message, problems };
}

/** `file: CODE: message`, then each problem as `file:line:col path: message`. */
export function formatReplayError(source: string, error: ReplayError): string {
  const lines = [`${source}: ${error.code}: ${error.message}`];
  for (const p of error.problems) lines.push(`${source}:${p.line}:${p.col} ${p.path}: ${p.message}`);
  return lines.join('\n');
}
