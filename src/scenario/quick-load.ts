// The fast path for the common case, a valid file. js-yaml parses ten times faster than the `yaml`
// package but keeps no source positions, so it is only trusted to say "valid": any doubt (a parse
// error, a schema or reference problem, an alias) sends the file down the slow path, which
// re-reads it with positions and reports every problem by line and column.
import { CORE_SCHEMA, load } from 'js-yaml';
import { checkReferences } from './references';
import { type Scenario, ScenarioSchema } from './schema';

/** Aliases can make a small file expand enormously; the slow path guards against that. */
const ALIAS = /[\s[{,:-]\*[^\s,\]}]/;

export function quickLoad(text: string): Scenario | null {
  if (ALIAS.test(text)) return null;
  let data: unknown;
  try {
    // The core schema matches YAML 1.2 as the `yaml` package reads it: no timestamps, so dates stay strings.
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return null;
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return null;
  return checkReferences(parsed.data, () => 1).length === 0 ? parsed.data : null;
}
