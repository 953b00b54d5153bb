// "What really happened": the scenario's own account of the historical outcome, with its sources.
// The account ends with its sources in a sentence ("Sources: …" / "Fuentes: …"); they are split
// off into a list, and the block's `source:` note, where it has one, is added to it.
import type { Scenario } from '../../scenario/schema';
import type { Lang } from '../i18n/texts';

export interface WhatHappenedView {
  readonly date: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly sources: readonly string[];
}

const SOURCES = /\s*(?:Sources|Fuentes):\s*(.+)$/s;

export function whatHappenedView(scenario: Scenario, lang: Lang): WhatHappenedView {
  const h = scenario.historical;
  const text = h.text[lang];
  const found = SOURCES.exec(text);
  const body = found ? text.slice(0, found.index) : text;
  const sources = found?.[1] ? splitSources(found[1]) : [];
  // The block's note is written in English only: a Spanish screen keeps to the account's own list.
  if (h.source && lang === 'en') sources.push(h.source.trim().replace(/\s+/g, ' '));
  return {
    date: h.date,
    title: h.title[lang],
    paragraphs: body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    sources,
  };
}

/** "A; B and C, Jun 7 2019; D." → ["A", "B and C, Jun 7 2019", "D"] */
function splitSources(text: string): string[] {
  return text
    .replace(/\.\s*$/, '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
