// A scenario file with its side ids renamed, structurally: the sides' own `id:`, every `side:`,
// `by:` and `opener:` that names a side, and every per-side key. For the tests that nothing below
// the scenario file assumes its sides are "us" and "mx".
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Renames = Readonly<Record<string, string>>;

const SIDE_FIELDS = new Set(['side', 'by', 'opener']);

/** `isSide`: the value is one entry of the top-level `sides` list, whose `id` names a side. */
function rename(value: unknown, names: Renames, field: string | null, isSide: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => rename(v, names, null, field === 'sides'));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const namesSide = SIDE_FIELDS.has(k) || (isSide && k === 'id');
      out[names[k] ?? k] = namesSide && typeof v === 'string' ? (names[v] ?? v) : rename(v, names, k, false);
    }
    return out;
  }
  return value;
}

/** The scenario at `path` as JSON text (which the loader reads too), its sides renamed. */
export function renamedScenarioText(path: string, names: Renames): string {
  return JSON.stringify(rename(parse(readFileSync(path, 'utf8')), names, null, false), null, 2);
}
