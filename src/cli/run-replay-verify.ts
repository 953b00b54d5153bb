// `replay verify <file>...`: each replay re-run by the engine from its seed, a line per file.
import type { Command } from './args';
import { EXIT, type ExitCode } from './exit';
import { describeFailure, exitFor, verifyReplayFile } from './replay-file';
import { scenarioFailure } from './rules-file';
import { scenarioLibrary, warnAboutScenarios } from './scenario-library';

export function runReplayVerify(
  command: Extract<Command, { kind: 'replay-verify' }>,
  shippedScenarios: URL,
): ExitCode {
  const library = scenarioLibrary(shippedScenarios, command.scenario);
  if (!library.ok) return scenarioFailure(library.error);
  warnAboutScenarios(library.value);
  let status: ExitCode = EXIT.ok;
  for (const path of command.files) {
    const verified = verifyReplayFile(path, library.value);
    if (verified.ok) {
      const { file } = verified.value;
      // The line begins as the issue wrote it; the file's name closes it, to tell several apart.
      process.stdout.write(`verified ${file.actions.length} actions ${file.final.hash} ${path}\n`);
      continue;
    }
    process.stderr.write(`${describeFailure(path, verified.error, library.value)}\n`);
    status = Math.max(status, exitFor(verified.error)) as ExitCode;
  }
  return status;
}
