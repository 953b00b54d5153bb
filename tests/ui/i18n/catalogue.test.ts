// Every interface text, in every area, in both languages: none missing, none left in English on a
// Spanish screen, the same placeholders in both, and none left unfilled by `say`.
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/ui/i18n/catalogue';
import { LANGS, say } from '../../../src/ui/i18n/texts';

/**
 * Texts that are rightly the same in English and Spanish: words both languages write alike,
 * proper names, abbreviations. Keyed by the text itself, so an area adding one says so here.
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set([
  'no',
  'Total',
  'PNG',
  'OK',
  'Ebrard',
  'Pence',
  'Deadline Diplomacy',
  // Place names on the map: the same in both languages.
  'Washington',
  'Tijuana',
  'Ciudad Juárez',
  'Nuevo Laredo',
  'Matamoros',
  'Tapachula',
  'Tenosique',
  'San Salvador',
  'Tegucigalpa',
  'San Pedro Sula',
  'Monterrey',
  'San Diego',
  'Nogales',
  'Tucson',
  'El Paso',
  'Piedras Negras',
  'Del Rio',
  'Laredo',
  'Reynosa',
  'Brownsville',
  'Ciudad Hidalgo',
  'Tecún Umán',
]);

/** A text with no word outside its placeholders (a range, a figure) reads the same in both. */
function wordless(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\w+\}/g, ''));
}

const entries = Object.entries(catalogue()).flatMap(([area, texts]) =>
  Object.entries(texts).map(([key, text]) => ({ id: `${area}.${key}`, text })),
);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

describe('the interface catalogue', () => {
  it('finds the areas by glob, the debrief among them', () => {
    expect(Object.keys(catalogue())).toContain('debrief');
    expect(entries.length).toBeGreaterThan(20);
  });

  it('has every entry in English and Spanish, none blank', () => {
    const missing = entries
      .filter(({ text }) => LANGS.some((lang) => !(text[lang] ?? '').trim()))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });

  it('never shows the English text as the Spanish one, except for texts both languages share', () => {
    const same = entries
      .filter(
        ({ text }) =>
          text.en.trim() === text.es.trim() && !SAME_IN_BOTH.has(text.en.trim()) && !wordless(text.en),
      )
      .map((e) => `${e.id}: ${text(e.text.en)}`);
    expect(same).toEqual([]);
  });

  it('names the same placeholders in both languages', () => {
    const differ = entries
      .filter(({ text }) => placeholders(text.en).join(',') !== placeholders(text.es).join(','))
      .map((e) => e.id);
    expect(differ).toEqual([]);
  });

  it('fills every placeholder an entry names, leaving none behind', () => {
    for (const { id, text } of entries) {
      const vars = Object.fromEntries(
        placeholders(text.en).map((name, i) => [name, i % 2 === 0 ? 'X' : 15000]),
      );
      for (const lang of LANGS) {
        const filled = say(lang, text, vars);
        expect(filled, `${id} (${lang})`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('leaves a placeholder visible when its value is not given, rather than a blank', () => {
    expect(say('en', { en: 'Offer {n}', es: 'Oferta {n}' })).toBe('Offer {n}');
    expect(say('es', { en: 'Offer {n}', es: 'Oferta {n}' }, { n: 15000 })).toBe('Oferta 15.000');
  });
});

function text(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
