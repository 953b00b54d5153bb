// Interface text: every entry is a LocalText, so a string without its Spanish (or English) is a
// type error where it is written, not a blank on screen. Each screen or widget keeps its own texts
// in ./areas/<area>.ts; catalogue.ts gathers them for the tests that check every language.
import type { LocalText } from '../../scenario/schema';
import { formatNumber } from './formats';

export type Lang = keyof LocalText;
export { LANGS } from '../../store/contract';

/** Declares an area's texts; `{name}` marks a value filled in by `say`. */
export function texts<const T extends Record<string, LocalText>>(entries: T): T {
  return entries;
}

/** The text in `lang`, with each `{name}` replaced; numbers are formatted for the language. */
export function say(
  lang: Lang,
  text: LocalText,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
