// The fast path for the common case, a valid file. js-yaml parses ten times faster than the `yaml`
// package but keeps no source positions, so it is only trusted to say "valid": any doubt (a parse
// error, a schema or reference problem, an alias) sends the file down the slow path, which
// re-reads it with positions and reports every problem by line and column.
import { CORE_SCHEMA, load } from 'js-yaml';
import { err, ok, type Result } from '../result';
import { checkReferences } from './references';
import { type Scenario, ScenarioSchema } from './schema';

/** Why the fast path gave up; the slow path finds and places the actual problems. */
export interface QuickLoadDoubt {
  readonly code: 'aliases' | 'not-yaml' | 'schema' | 'references';
}

/** Aliases can make a small file expand enormously; the slow path guards against that. */
const ALIAS = /[\s[{,:-]\*[^\s,\]}]/;

export function quickLoad(text: string): Result<Scenario, QuickLoadDoubt> {
  if (ALIAS.test(text)) return err({ code: 'aliases' });
  let data: unknown;
  try {
    // The core schema matches YAML 1.2 as the `yaml` package reads it: no timestamps, so dates stay strings.
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return err({ code: 'not-yaml' });
  }
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) return err({ code: 'schema' });
  if (checkReferences(parsed.data, () => 1).length > 0) return err({ code: 'references' });
  return ok(parsed.data);
}
