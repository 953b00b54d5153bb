// Numbers and dates as each language writes them, through Intl: 15,000 and "June 7" in English,
// 15.000 and "7 de junio" in Spanish. Formatters are built once per language and option set.
import type { LocalText } from '../../scenario/schema';

type Lang = keyof LocalText;

// Spanish as Spain writes numbers (15.000), which is what the game's Spanish interface promises; es-MX
// would write 15,000.
const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// Keyed by the caller's own short name for its options: a table redraw formats hundreds of numbers.
function numberFormat(lang: Lang, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${name}`;
  let f = numberFormats.get(key);
  if (!f) {
    // Four-digit numbers grouped too (1.500), which es-ES leaves ungrouped by default.
    f = new Intl.NumberFormat(LOCALES[lang], {
      useGrouping: 'always',
      ...options,
    } as Intl.NumberFormatOptions);
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  return numberFormat(lang, `n${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/** A share (0.25) as a percentage ("25%", "25 %"). */
export function formatPercent(lang: Lang, share: number, maximumFractionDigits = 0): string {
  return numberFormat(lang, `p${maximumFractionDigits}`, { style: 'percent', maximumFractionDigits }).format(
    share,
  );
}

/**
 * Billions of US dollars, short: "$4.2B" in English, "4,2 mil M US$" in Spanish (Intl's Spanish
 * compact form counts in millions, "4.200 M US$", which reads as a different order of magnitude).
 */
export function formatBillions(lang: Lang, billions: number): string {
  if (lang === 'es') return `${formatNumber(lang, billions, 1)} mil M US$`;
  return numberFormat(lang, 'billions', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    compactDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(billions * 1e9);
}

/** An ISO day (2019-06-07) as "June 7" / "7 de junio"; `withYear` adds the year. */
export function formatDate(lang: Lang, iso: string, withYear = false): string {
  const key = `${lang}|${withYear}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dateFormats.set(key, f);
  }
  return f.format(new Date(`${iso}T12:00:00Z`));
}

/** An ISO day's month, as a sentence writes it: "May" / "mayo". */
export function formatMonth(lang: Lang, iso: string): string {
  const key = `${lang}|month`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f.format(new Date(`${iso}T12:00:00Z`));
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** Names as a sentence lists them: "A, B and C" / "A, B y C". */
export function formatList(lang: Lang, items: readonly string[]): string {
  let f = listFormats.get(lang);
  if (!f) {
    f = new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' });
    listFormats.set(lang, f);
  }
  return f.format(items);
}
