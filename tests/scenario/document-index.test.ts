import { describe, expect, it } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import { indexDocument, Locator } from '../../src/scenario/document-index';

const COUNT = 2000;

/**
 * A map of COUNT keys (one repeated at the end), whose entries count how often they are read. A scan
 * per key would read about COUNT² / 2 entries; one pass reads each a small number of times.
 */
function countedMap() {
  const lines = Array.from({ length: COUNT }, (_, i) => `key${i}: ${i}`);
  const doc = parseDocument(`${lines.join('\n')}\nkey0: again\n`, { uniqueKeys: false });
  const map = doc.contents;
  if (!isMap(map)) throw new Error('expected a map');
  const reads = { count: 0 };
  map.items = new Proxy(map.items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { doc, reads };
}

describe('the document index', () => {
  it('finds repeated keys reading each entry of a map a bounded number of times', () => {
    const { doc, reads } = countedMap();
    const index = indexDocument(doc);
    expect(index.duplicateKeys.map((d) => d.key.value)).toEqual(['key0']);
    expect(reads.count).toBeLessThanOrEqual(3 * (COUNT + 1));
  });

  it('locates every key of a large map reading each entry a bounded number of times', () => {
    const { doc, reads } = countedMap();
    const locator = new Locator(doc, (offset) => ({ line: offset, col: 1 }), new Map());
    const lines = new Set<number>();
    for (let i = 0; i < COUNT; i++) lines.add(locator.find([`key${i}`], 'key').line);
    expect(lines.size).toBe(COUNT);
    expect(reads.count).toBeLessThanOrEqual(3 * (COUNT + 1));
  });
});
