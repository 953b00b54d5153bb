import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rules } from '../../src/engine';
import { classReportHtml, escapeHtml } from '../../src/replay/class-report-html';
import { classResultsOf } from '../../src/replay/class-results';
import { recordReplay } from '../../src/replay/record';
import { type VerifiedReplay, verifyReplay } from '../../src/replay/verify';
import { sideIds } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';
import { playedGame } from './games';

const rules = loadRules();
const other = loadRules(fileURLToPath(new URL('../engine/fixtures/other-sides.yaml', import.meta.url)));
const HOSTILE = '<script>alert("x")</script>&amp;';

function game(lineup: readonly [string, string], seed: number, by: Rules = rules, names = lineup) {
  const [a, b] = sideIds(by.scenario);
  const file = recordReplay(
    by,
    {
      players: { [a]: { kind: 'ai', player: names[0] }, [b]: { kind: 'ai', player: names[1] } },
      settings: { mode: 'simulated' },
    },
    playedGame(by, lineup, seed),
  );
  const r = verifyReplay(file, (id) => (id === by.scenario.id ? by : null));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const games: VerifiedReplay[] = [
  ...[1, 2, 3, 4, 5, 6].map((seed) => game(['random', 'random'], seed)),
  game(['history', 'history'], 1),
  game(['stubborn', 'pragmatist'], 2),
];
const results = classResultsOf(games);
const html = classReportHtml(results);

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
const svgOf = (page: string) =>
  page.slice(page.indexOf('<svg viewBox'), page.indexOf('</svg>', page.indexOf('<svg viewBox')));

describe('the class report page', () => {
  it('is one self-contained HTML document: inline style, no scripts, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import|https?:|\/\/[a-z]/i);
  });

  it('draws every game as a mark over the Pareto frontier, with the historical deal marked', () => {
    const svg = svgOf(html);
    const marks =
      count(svg, /<circle class="(deal|ongoing)"/g) +
      count(svg, /<rect class="no-deal"/g) +
      count(svg, /<path class="walkout"/g);
    expect(marks).toBe(games.length);
    const frontier = /<polyline class="frontier" points="([^"]+)"/.exec(svg);
    expect(frontier?.[1]?.split(' ')).toHaveLength(results.scenarios[0]?.frontier.length ?? -1);
    expect(count(svg, /<path class="historical"/g)).toBe(1);
    expect(svg).toContain('historical deal');
  });

  it('keeps every mark inside the plot, the frontier going right and down', () => {
    const svg = svgOf(html);
    const xy = [...svg.matchAll(/<circle class="\w+" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(xy.length).toBeGreaterThan(0);
    for (const [x, y] of xy) {
      expect(x).toBeGreaterThanOrEqual(64);
      expect(x).toBeLessThanOrEqual(464);
      expect(y).toBeGreaterThanOrEqual(16);
      expect(y).toBeLessThanOrEqual(416);
    }
    const points = (/points="([^"]+)"/.exec(svg)?.[1] ?? '').split(' ').map((p) => p.split(',').map(Number));
    for (let i = 1; i < points.length; i++) {
      expect(points[i]?.[0]).toBeGreaterThanOrEqual(points[i - 1]?.[0] as number);
      expect(points[i]?.[1]).toBeGreaterThanOrEqual(points[i - 1]?.[1] as number);
    }
  });

  it("labels the axes with the sides' names", () => {
    expect(html).toContain('United States: value of the terms (0 to 1)</text>');
    expect(html).toContain('Mexico: value of the terms (0 to 1)</text>');
  });

  it('has the table of games and the tables by player and by opponent for each side', () => {
    expect(html).toContain('<caption>Every game of june-2019</caption>');
    const games = html.slice(html.indexOf('<caption>Every game of june-2019</caption>'));
    expect(count(games.slice(0, games.indexOf('</table>')), /<tr>/g)).toBe(1 + 8);
    for (const caption of [
      'United States, by player',
      'Mexico, by player',
      'United States, by Mexico&#39;s player',
      'Mexico, by United States&#39;s player',
    ])
      expect(html).toContain(`<caption>${caption}</caption>`);
    expect(html).toContain('<td class="name">stubborn</td><td class="name">pragmatist</td>');
  });

  it('escapes what a replay says: a player name cannot add markup', () => {
    const page = classReportHtml(classResultsOf([game(['random', 'random'], 1, rules, [HOSTILE, 'random'])]));
    expect(page).not.toContain('<script');
    expect(page).toContain(escapeHtml(HOSTILE));
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('gives each scenario its own chart and tables, named by its own sides', () => {
    const page = classReportHtml(
      classResultsOf([games[0] as VerifiedReplay, game(['random', 'history'], 3, other)]),
    );
    expect(count(page, /<section>/g)).toBe(2);
    expect(count(page, /<svg viewBox/g)).toBe(2);
    expect(page).toContain('<h2>small ');
    expect(page).toContain('2 games of 2 scenarios.');
  });

  it('says how many files were left out, never which', () => {
    expect(classReportHtml(results, { leftOut: 2 })).toContain(
      '2 replay files could not be verified and are left out.',
    );
    expect(classReportHtml(results, { leftOut: 1 })).toContain(
      '1 replay file could not be verified and is left out.',
    );
  });

  it('still makes a page for no games', () => {
    const page = classReportHtml(classResultsOf([]), { leftOut: 3 });
    expect(page).toContain('There are no games to show.');
    expect(page).not.toContain('<svg viewBox');
  });

  it('is the same page for the same games', () => {
    expect(classReportHtml(classResultsOf(games))).toBe(html);
  });
});
