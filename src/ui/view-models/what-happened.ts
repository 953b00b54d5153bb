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
  /** The comparison with another scenario of the library, with its own sources, when it has one. */
  readonly comparison: {
    readonly scenario: string;
    readonly title: string;
    readonly paragraphs: readonly string[];
    readonly sources: readonly string[];
  } | null;
}

const SOURCES = /\s*(?:Sources|Fuentes):\s*(.+)$/s;

export function whatHappenedView(scenario: Scenario, lang: Lang): WhatHappenedView {
  const h = scenario.historical;
  const account = withSources(h.text[lang]);
  // The block's note is written in English only: a Spanish screen keeps to the account's own list.
  if (h.source && lang === 'en') account.sources.push(h.source.trim().replace(/\s+/g, ' '));
  const c = h.comparison;
  return {
    date: h.date,
    title: h.title[lang],
    ...account,
    comparison: c ? { scenario: c.scenario, title: c.title[lang], ...withSources(c.text[lang]) } : null,
  };
}

function withSources(text: string): { paragraphs: string[]; sources: string[] } {
  const found = SOURCES.exec(text);
  const body = found ? text.slice(0, found.index) : text;
  return {
    paragraphs: body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0),
    sources: found?.[1] ? splitSources(found[1]) : [],
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
