// The interface catalogue seen from the tests: find an English text's Spanish, and find English
// catalogue text on a screen that should be all Spanish.
import { catalogue } from '../../../src/ui/i18n/catalogue';

interface Entry {
  key: string;
  en: string;
  es: string;
}

export function entries(): Entry[] {
  return Object.entries(catalogue()).flatMap(([area, texts]) =>
    Object.entries(texts).map(([key, text]) => ({ key: `${area}.${key}`, en: text.en, es: text.es })),
  );
}

/** The Spanish of the catalogue text whose English matches; fails clearly when there is none. */
export function spanishOf(english: string | RegExp): string {
  const found = entries().find((e) => (typeof english === 'string' ? e.en === english : english.test(e.en)));
  if (!found) throw new Error(`the interface catalogue has no English text ${String(english)}`);
  return found.es;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The catalogue's English texts found in `visible`: each entry whose English differs from its
 * Spanish, placeholders matching anything, and at least one word of four letters to go on.
 */
/** Names that read the same in both languages: the game's own, and the negotiators'. */
const PROPER_NAMES = ['Deadline Diplomacy'];

export function englishIn(shown: string): string[] {
  const visible = PROPER_NAMES.reduce((text, name) => text.split(name).join(' '), shown);
  const found: string[] = [];
  for (const entry of entries()) {
    if (entry.en === entry.es) continue;
    const parts = entry.en.split(/\{\w+\}/);
    if (!parts.some((part) => /[A-Za-z]{4,}/.test(part))) continue;
    const pattern = new RegExp(
      `(?<![A-Za-z])${parts.map((p) => escapeRegExp(p.trim())).join('.*?')}(?![A-Za-z])`,
    );
    if (pattern.test(visible)) found.push(`${entry.key}: "${entry.en}"`);
  }
  return found;
}
