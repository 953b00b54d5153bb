// How the command line ends: the exit codes it documents, and the one way it reports bad arguments.
import { USAGE, type UsageError } from './args';

export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Says what is wrong, then how to call the command line; exit 2. */
export function usageFailure(error: UsageError): ExitCode {
  process.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
  return EXIT.usage;
}
