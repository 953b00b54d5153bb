// The scenario tests' base file and the helpers that break it on purpose: minimal.yaml with exact
// text replacements, and the problems a rejected load reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { LoadResult } from '../../src/scenario/load';
import type { ScenarioProblem } from '../../src/scenario/problem';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
export const MINIMAL = fixture('minimal.yaml');

/** minimal.yaml with exact text replacements; each `from` must occur exactly once. */
export function mutate(...replacements: [from: string, to: string][]): string {
  let text = MINIMAL;
  for (const [from, to] of replacements) {
    expect(text.split(from).length - 1, `"${from}" must occur once in minimal.yaml`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

export function problemsOf(result: LoadResult): readonly ScenarioProblem[] {
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.error.problems;
}

/** The fields a test pins down; messages are checked separately where their wording matters. */
export const where = (p: ScenarioProblem) => ({ code: p.code, line: p.line, col: p.col, path: p.path });
