// `class-report <file-or-dir>... --out <dir>`: every replay verified, the good ones tabulated into
// class-results.csv and drawn into class-report.html; a bad one named on stderr and left out, and
// the report written all the same (exit 1 then, so a script notices).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../replay/class-csv';
import { classReportHtml } from '../replay/class-report-html';
import { type ClassGame, classGame, classResults } from '../replay/class-results';
import type { Command } from './args';
import { EXIT, type ExitCode } from './exit';
import { writeOutputFile } from './output-file';
import { describeFailure, exitFor, verifyReplayFile } from './replay-file';
import { scenarioFailure } from './rules-file';
import { scenarioLibrary, warnAboutScenarios } from './scenario-library';

export const CSV_NAME = 'class-results.csv';
export const HTML_NAME = 'class-report.html';

export function runClassReport(
  command: Extract<Command, { kind: 'class-report' }>,
  shippedScenarios: URL,
): ExitCode {
  const library = scenarioLibrary(shippedScenarios, command.scenario);
  if (!library.ok) return scenarioFailure(library.error);
  warnAboutScenarios(library.value);
  let status: ExitCode = EXIT.ok;
  let leftOut = 0;
  // Each replay is reduced to its row as soon as it is verified: its states are not kept.
  const games: ClassGame[] = [];
  for (const path of replayPaths(command.inputs)) {
    const verified = verifyReplayFile(path, library.value);
    if (verified.ok) {
      games.push(classGame(verified.value));
      continue;
    }
    process.stderr.write(`${describeFailure(path, verified.error, library.value)}\n`);
    status = Math.max(status, exitFor(verified.error)) as ExitCode;
    leftOut++;
  }
  const results = classResults(games);
  const csv = join(command.out, CSV_NAME);
  const html = join(command.out, HTML_NAME);
  for (const [path, text] of [
    [csv, toCsv(results.rows)],
    [html, classReportHtml(results, { leftOut })],
  ] as const) {
    const written = writeOutputFile(path, text);
    if (!written.ok) {
      process.stderr.write(`${written.error.message}\n`);
      return EXIT.usage;
    }
  }
  const skipped = leftOut > 0 ? ` (${leftOut} replay file${leftOut === 1 ? '' : 's'} left out)` : '';
  process.stdout.write(`wrote ${csv} and ${html}: ${games.length} games${skipped}\n`);
  return status;
}

/** Names in the order a person reads them: `june-2019-2.json` before `june-2019-10.json`. */
const byName = new Intl.Collator('en', { numeric: true }).compare;

/** Files as given; a directory stands for the *.json files directly in it, in name order. */
function replayPaths(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (!isDirectory(input)) return [input];
    return readdirSync(input)
      .filter((name) => name.endsWith('.json'))
      .sort(byName)
      .map((name) => join(input, name));
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    // Not there or not readable: left to the replay reader, which says which.
    return false;
  }
}
