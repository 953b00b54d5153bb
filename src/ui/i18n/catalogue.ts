// Every area's texts in one table, for the checks that no text lacks a language and that no
// English text shows on a Spanish screen. The areas are found by the bundler, so adding a file
// under ./areas is all it takes.
import type { LocalText } from '../../scenario/schema';

const modules = import.meta.glob<Record<string, Record<string, LocalText>>>('./areas/*.ts', { eager: true });

/** area name -> key -> text */
export function catalogue(): Record<string, Record<string, LocalText>> {
  const all: Record<string, Record<string, LocalText>> = {};
  for (const [path, mod] of Object.entries(modules)) {
    const area = path.replace(/^.*\/(.+)\.ts$/, '$1');
    const entries: Record<string, LocalText> = {};
    for (const exported of Object.values(mod)) Object.assign(entries, exported);
    all[area] = entries;
  }
  return all;
}
