// The ids a scenario defines, looked up by the rules that check references to them, and the one
// wording for an id that is not among them.
import type { Scenario, ScenarioConsultation, ScenarioIssue, ScenarioMeter, ScenarioMove } from './schema';

export interface DefinedIds {
  readonly meters: ReadonlyMap<string, ScenarioMeter>;
  readonly issues: ReadonlyMap<string, ScenarioIssue>;
  readonly moves: ReadonlyMap<string, ScenarioMove>;
  readonly consultations: ReadonlyMap<string, ScenarioConsultation>;
  readonly winsets: ReadonlySet<string>;
}

export function definedIds(scenario: Scenario): DefinedIds {
  return {
    meters: firstById(scenario.meters),
    issues: firstById(scenario.issues),
    moves: firstById(scenario.moves),
    consultations: firstById(scenario.consultations),
    winsets: new Set(scenario.winsets.map((w) => w.id)),
  };
}

// First definition wins, so a duplicate (reported on its own) does not also cause reference noise.
function firstById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/** `unknown meter "x" (known: a, b)`. Listing what does exist turns most typos into a one-glance fix. */
export function unknown(what: string, id: string, known: Iterable<string>, owner = ''): string {
  const ids = [...known];
  const name = `unknown ${what} "${id}"${owner === '' ? '' : ` in ${owner}`}`;
  if (ids.length === 0) return `${name}: there are none`;
  const list = ids.length <= 12 ? ids.join(', ') : `${ids.slice(0, 12).join(', ')}, …`;
  return `${name} (known: ${list})`;
}
