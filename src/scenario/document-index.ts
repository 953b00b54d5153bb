// Where things are in a parsed YAML document: one pass that indexes anchors, aliases and repeated
// keys, and a locator that turns a data path back into a line and column.
import {
  type Alias,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  visit,
  type YAMLMap,
} from 'yaml';
import type { PathSegment } from './problem';

/**
 * The yaml package resolves each alias by scanning every anchor and alias before it, so conversion
 * time grows with aliases × anchors. A hand-written scenario uses a handful; this bound keeps a
 * hostile 1 MB file to seconds rather than minutes.
 */
export const MAX_ALIASES = 1000;

export interface DocumentIndex {
  /** The node each alias stands for: the latest anchor of that name before it, as YAML defines. */
  aliasTargets: Map<Alias, Node>;
  unresolved: Alias[];
  /** Offset of the first alias, where an over-expansion is reported. */
  firstAlias: number | undefined;
  /** Offset of the first alias past MAX_ALIASES. */
  aliasOverLimit: number | undefined;
  /** Scalar keys repeated within one map (YAML compares their values strictly: 1 and "1" differ). */
  duplicateKeys: { key: Scalar; first: number }[];
}

export function indexDocument(doc: Document): DocumentIndex {
  const anchors = new Map<string, Node>();
  const index: DocumentIndex = {
    aliasTargets: new Map(),
    unresolved: [],
    firstAlias: undefined,
    aliasOverLimit: undefined,
    duplicateKeys: [],
  };
  let aliases = 0;
  // visit() walks in document order and sees a collection before its children, matching the
  // order in which YAML makes anchors available.
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      index.firstAlias ??= node.range?.[0];
      aliases++;
      if (aliases === MAX_ALIASES + 1) index.aliasOverLimit = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (target === undefined) index.unresolved.push(node);
      else index.aliasTargets.set(node, target);
      return;
    }
    if (isNode(node) && node.anchor !== undefined) anchors.set(node.anchor, node);
    if (isMap(node)) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const first = seen.get(pair.key.value);
        if (first === undefined) seen.set(pair.key.value, pair.key.range?.[0] ?? 0);
        else index.duplicateKeys.push({ key: pair.key, first });
      }
    }
  });
  return index;
}

/** Finds where a data path was written, using the parsed document's nodes and their source ranges. */
export class Locator {
  // Looking a key up by scanning the map would make a file with many bad keys quadratic.
  private readonly keyIndex = new Map<YAMLMap, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly position: (offset: number) => { line: number; col: number },
    private readonly aliasTargets: ReadonlyMap<Alias, Node>,
  ) {}

  /**
   * The position of the deepest node along `path` that exists. With `at: 'key'` and a path that
   * ends at a map entry, the position of that key. A value that is a map or list is reported at
   * its key (the line that names it), as is an empty value, which has no text of its own.
   */
  find(path: readonly PathSegment[], at: 'key' | 'value'): { line: number; col: number } {
    let node: unknown = this.doc.contents;
    let key: unknown = null;
    let complete = true;
    for (const segment of path) {
      const target = this.deref(node);
      if (isMap(target)) {
        const pair = this.pairs(target).get(String(segment));
        if (pair === undefined) {
          complete = false;
          break;
        }
        key = pair.key;
        node = pair.value;
      } else if (isSeq(target) && typeof segment === 'number' && segment < target.items.length) {
        key = null;
        node = target.items[segment];
      } else {
        complete = false;
        break;
      }
    }
    const keyStart = startOf(key);
    if (at === 'key' && complete && keyStart !== undefined) return this.position(keyStart);
    const valueStart = startOf(node);
    const preferKey =
      keyStart !== undefined &&
      (valueStart === undefined ||
        isCollection(this.deref(node)) ||
        (isScalar(node) && node.value === null && (node.source ?? '') === ''));
    const offset = preferKey ? keyStart : (valueStart ?? keyStart);
    return offset === undefined ? { line: 1, col: 1 } : this.position(offset);
  }

  private pairs(map: YAMLMap): Map<string, Pair> {
    let index = this.keyIndex.get(map);
    if (index === undefined) {
      index = new Map();
      for (const pair of map.items) {
        const text = keyText(pair.key);
        // The last entry wins, as in the object toJS() builds (keys 1 and "1" are distinct in YAML).
        if (text !== undefined) index.set(text, pair);
      }
      this.keyIndex.set(map, index);
    }
    return index;
  }

  private deref(node: unknown): unknown {
    // Aliases may point at aliases; the bound guards against a loop.
    for (let i = 0; i < 100 && isAlias(node); i++) node = this.aliasTargets.get(node);
    return node;
  }
}

// How the yaml package names a scalar key in the JS object it builds: null becomes "", others String().
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  return undefined;
}

function startOf(node: unknown): number | undefined {
  if (node !== null && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
