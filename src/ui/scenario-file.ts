// A scenario file a teacher drops on the setup screen, checked by the project's own loader (the
// same messages as `npm run cli -- validate`). Imported only when a file arrives, so the title
// screen carries neither the YAML parser nor zod.

import { err, ok, type Result } from '../result';
import { parseScenario } from '../scenario/load';
import { formatProblem } from '../scenario/problem';
import type { ScenarioEntry, ScenarioNotice } from '../store/contract';

/** Problems listed one by one; the rest are counted. */
const SHOWN = 12;

/** `known`: the scenarios a dropped variant may extend (the shipped ones, and any dropped before). */
export function loadDroppedScenario(
  text: string,
  fileName: string,
  known: readonly ScenarioEntry[],
): Result<ScenarioEntry, ScenarioNotice> {
  const loaded = parseScenario(text, fileName, (id) => {
    const base = known.find((e) => e.id === id);
    return base
      ? { kind: 'found', scenario: base.scenario }
      : { kind: 'unknown', known: known.map((e) => e.id) };
  });
  if (loaded.ok) {
    const { scenario, hash } = loaded.value;
    return ok({ id: scenario.id, hash, title: scenario.title, scenario });
  }
  const problems = loaded.error.problems;
  const n = problems.length;
  const more = n > SHOWN ? ` (the first ${SHOWN} are listed)` : '';
  return err({
    code: 'SCENARIO_INVALID',
    message: `${fileName} is not a scenario this game can play: ${n} problem${n === 1 ? '' : 's'}${more}.`,
    source: fileName,
    details: problems.slice(0, SHOWN).map(formatProblem),
  });
}
