// `validate <file>...`: one line per good file, every problem of a bad one.
import { formatProblem } from '../scenario/problem';
import { EXIT, type ExitCode } from './exit';
import { failureCode } from './rules-file';
import { loadScenarioFile } from './scenario-file';

export function runValidate(files: readonly string[]): ExitCode {
  let status: ExitCode = EXIT.ok;
  for (const file of files) {
    const result = loadScenarioFile(file);
    if (result.ok) {
      process.stdout.write(`ok ${result.value.scenario.id} ${result.value.hash.slice(0, 12)}\n`);
      continue;
    }
    for (const p of result.error.problems) process.stderr.write(`${formatProblem(p)}\n`);
    const code = failureCode(result.error.problems) === 'unreadable' ? EXIT.usage : EXIT.invalid;
    status = Math.max(status, code) as ExitCode;
  }
  return status;
}
