// A variant in a few lines: a scenario file that says `extends: <scenario-id>` and writes only
// what differs. Its objects are merged into the base's key by key; its lists of entries with ids
// are merged by id (an entry with a base entry's id changes that entry; a new id is added at the
// end); `remove:` takes entries out by id; anything else replaces the base's value. What comes out
// is checked like any scenario, and every problem in it can be traced back to the variant's own
// line, or said to come from the base.
import type { PathSegment } from './problem';
import type { Scenario } from './schema';

/** What the loader learns when it asks for a base by id. */
export type BaseLookup =
  | { readonly kind: 'found'; readonly scenario: Scenario }
  | { readonly kind: 'unknown'; readonly known: readonly string[] }
  /** The ids from the first file to the one that extends a file already on the way. */
  | { readonly kind: 'cycle'; readonly chain: readonly string[] }
  | { readonly kind: 'invalid'; readonly file: string };

export type BaseResolver = (id: string) => BaseLookup;

/** The keys of a variant file that are instructions to the loader, not part of the scenario. */
export const VARIANT_KEYS = ['extends', 'remove'] as const;

export interface VariantProblem {
  readonly path: readonly PathSegment[];
  readonly message: string;
}

export interface MergedVariant {
  readonly data: Record<string, unknown>;
  readonly problems: readonly VariantProblem[];
  /** The variant file's path for a path of the merged scenario, or null when it came from the base. */
  readonly origin: (path: readonly PathSegment[]) => PathSegment[] | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How entries of a list are told apart: personas by side and id (both sides have a pragmatist). */
function keyOf(listPath: string, entry: unknown): string | null {
  if (!isObject(entry) || typeof entry.id !== 'string') return null;
  return listPath === 'personas' ? `${String(entry.side)}:${entry.id}` : entry.id;
}

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

export function mergeVariant(base: Scenario, variant: Json): MergedVariant {
  const problems: VariantProblem[] = [];
  // For each merged list (by its path in the merged scenario), where each of its entries stands in
  // the variant's list (-1: the base's entry, untouched).
  const lists = new Map<string, number[]>();
  const removed = removals(base as unknown as Json, variant.remove, problems);
  const rest: Json = {};
  for (const [k, v] of Object.entries(variant))
    if (!(VARIANT_KEYS as readonly string[]).includes(k)) rest[k] = v;

  const merge = (b: unknown, v: unknown, path: string): unknown => {
    if (isObject(b) && isObject(v)) {
      const out: Json = { ...b };
      for (const [k, value] of Object.entries(v)) out[k] = merge(b[k], value, at(path, k));
      return out;
    }
    if (
      Array.isArray(b) &&
      Array.isArray(v) &&
      b.every((e) => keyOf(path, e) !== null) &&
      v.every((e) => keyOf(path, e) !== null)
    ) {
      const drop = removed.get(path) ?? new Set<string>();
      const given = new Map(v.map((e, i) => [keyOf(path, e) as string, i]));
      const out: unknown[] = [];
      const from: number[] = [];
      for (const e of b) {
        const key = keyOf(path, e) as string;
        if (drop.has(key)) continue;
        const index = given.get(key);
        out.push(index === undefined ? e : merge(e, v[index], at(path, out.length)));
        from.push(index ?? -1);
      }
      const known = new Set(b.map((e) => keyOf(path, e)));
      v.forEach((e, i) => {
        if (known.has(keyOf(path, e))) return;
        out.push(e);
        from.push(i);
      });
      lists.set(path, from);
      return out;
    }
    return v;
  };

  const merged = merge(base, rest, '') as Json;
  // Lists the variant did not write still lose what `remove` names.
  for (const [list, ids] of removed) {
    if (lists.has(list)) continue;
    const entries = merged[list];
    if (!Array.isArray(entries)) continue;
    const kept = entries.filter((e) => !ids.has(keyOf(list, e) ?? ''));
    merged[list] = kept;
    lists.set(
      list,
      kept.map(() => -1),
    );
  }
  const note = isObject(rest.variant) ? rest.variant : {};
  merged.variant = { ...note, base: base.id };

  const origin = (path: readonly PathSegment[]): PathSegment[] | null => {
    const out: PathSegment[] = [];
    let node: unknown = variant;
    let merged = '';
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as PathSegment;
      if (typeof segment === 'number') {
        const from = lists.get(merged);
        const index = from ? from[segment] : segment;
        if (index === undefined || index < 0 || !Array.isArray(node)) return null;
        out.push(index);
        node = node[index];
        merged = at(merged, segment);
        continue;
      }
      // `variant.base` is the loader's, written from `extends:`.
      if (i === 0 && segment === 'variant' && path[1] === 'base') return ['extends'];
      if (!isObject(node) || !(segment in node)) return null;
      out.push(segment);
      node = node[segment];
      merged = at(merged, segment);
    }
    return out;
  };
  return { data: merged, problems, origin };
}

/** `remove: { events: [id, …], personas: ["us:hardliner"] }`, checked against the base. */
function removals(base: Json, remove: unknown, problems: VariantProblem[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (remove === undefined) return out;
  if (!isObject(remove)) {
    problems.push({
      path: ['remove'],
      message: 'expected a map of lists to the ids they lose, like { events: [senate-lunch] }',
    });
    return out;
  }
  for (const [list, ids] of Object.entries(remove)) {
    const entries = base[list];
    if (!Array.isArray(entries) || !entries.every((e) => keyOf(list, e) !== null)) {
      problems.push({
        path: ['remove', list],
        message: `the base has no list of entries with ids called "${list}"`,
      });
      continue;
    }
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      problems.push({ path: ['remove', list], message: 'expected a list of ids' });
      continue;
    }
    const known = new Set(entries.map((e) => keyOf(list, e)));
    const set = new Set<string>();
    ids.forEach((id, i) => {
      if (known.has(id)) set.add(id);
      else {
        const hint = list === 'personas' ? ' (personas are named "<side>:<id>", like "us:hardliner")' : '';
        problems.push({
          path: ['remove', list, i],
          message: `the base has no ${list} entry "${id}" to remove${hint}`,
        });
      }
    });
    out.set(list, set);
  }
  return out;
}
