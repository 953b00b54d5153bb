// What the replay viewer and the class results both need: a replay's failure as a notice a person
// reads (the sentence, and each problem at its line), and the rules of a scenario by its id.
import type { Rules } from '../engine';
import { formatReplayError, type ReplayError } from '../replay/errors';
import type { RulesFor } from '../replay/verify';
import type { ReplayNotice, ScenarioEntry } from './contract';
import { sentence } from './sentence';

export function replayNotice(source: string, error: ReplayError): ReplayNotice {
  const [, ...details] = formatReplayError(source, error).split('\n');
  return { code: error.code, message: sentence(error.message), source, details };
}

/** The rules of the session's scenario of that id, for `verifyReplay`. */
export function rulesById(
  scenarios: () => readonly ScenarioEntry[],
  rulesFor: (entry: ScenarioEntry) => Rules,
): RulesFor {
  return (id) => {
    const entry = scenarios().find((e) => e.id === id);
    return entry ? rulesFor(entry) : null;
  };
}
