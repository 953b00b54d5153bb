import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rules } from '../../src/engine';
import { classGame, classResults, classResultsOf } from '../../src/replay/class-results';
import type { ReplayFile, ReplayPlayer } from '../../src/replay/format';
import { recordReplay } from '../../src/replay/record';
import { type VerifiedReplay, verifyReplay } from '../../src/replay/verify';
import { bySide, type SideId, sideIds } from '../../src/scenario/sides';
import { loadRules } from '../support/scenarios';
import { cutShort, playedGame, replayOf } from './games';

const rules = loadRules();
const other = loadRules(fileURLToPath(new URL('../engine/fixtures/other-sides.yaml', import.meta.url)));
const [US, MX] = sideIds(rules.scenario);

function verified(file: ReplayFile, by: Rules = rules): VerifiedReplay {
  const r = verifyReplay(file, (id) => (id === by.scenario.id ? by : null));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const game = (lineup: readonly [string, string], seed: number, by: Rules = rules) =>
  verified(replayOf(by, playedGame(by, lineup, seed), lineup), by);

/** A game whose first side was played by a person (here the history player stands in for one). */
function withPerson(seed: number): VerifiedReplay {
  const state = playedGame(rules, ['history', 'pragmatist:hard'], seed);
  const players: Record<string, ReplayPlayer> = {
    [US]: { kind: 'person' },
    [MX]: { kind: 'ai', player: 'pragmatist:hard' },
  };
  return verified(recordReplay(rules, { players, settings: { mode: 'vs-ai' } }, state));
}

/** Seeds until `pick` finds a game of the kind wanted: which seeds end how is the AI's business. */
function firstGame(lineup: readonly [string, string], pick: (g: VerifiedReplay) => boolean): VerifiedReplay {
  for (let seed = 1; seed < 200; seed++) {
    const g = game(lineup, seed);
    if (pick(g)) return g;
  }
  throw new Error(`no such game for ${lineup.join(' vs ')}`);
}

const outcomeOf = (g: VerifiedReplay) =>
  (g.states[g.states.length - 1] as VerifiedReplay['states'][number]).outcome;
const deal = firstGame(['history', 'history'], (g) => outcomeOf(g).kind === 'deal');
const walkout = firstGame(['random', 'random'], (g) => outcomeOf(g).kind === 'walkout');
const noDeal = firstGame(['stubborn', 'stubborn'], (g) => outcomeOf(g).kind === 'no-deal');

describe('a row per game', () => {
  it('reads a deal: the meeting counted from 1, both scores, the distances of the final analysis', () => {
    const { row } = classGame(deal);
    const last = deal.states[deal.states.length - 1] as VerifiedReplay['states'][number];
    const analysis = rules.analyse(last);
    const outcome = last.outcome;
    if (outcome.kind !== 'deal') throw new Error('expected a deal');
    expect(row).toEqual({
      scenarioId: 'june-2019',
      sides: [US, MX],
      players: { [US]: 'history', [MX]: 'history' },
      outcome: 'deal',
      walkoutBy: null,
      historical: true,
      agreementRound: outcome.round + 1,
      score: analysis.score,
      point: analysis.agreed,
      toFrontier: analysis.distance?.frontier,
      toNash: analysis.distance?.nash,
    });
  });

  it('reads a walk-out: who left, no meeting of agreement, no distances, the point of no deal', () => {
    const { row } = classGame(walkout);
    const last = walkout.states[walkout.states.length - 1] as VerifiedReplay['states'][number];
    const outcome = last.outcome;
    if (outcome.kind !== 'walkout') throw new Error('expected a walk-out');
    expect(row).toMatchObject({
      outcome: 'walkout',
      walkoutBy: outcome.by,
      historical: false,
      agreementRound: null,
      toFrontier: null,
      toNash: null,
    });
    expect(row.point).toEqual(rules.analyse(last).reservation);
  });

  it('reads a game with no deal by the end, and a game the replay stops in', () => {
    expect(classGame(noDeal).row).toMatchObject({
      outcome: 'no-deal',
      walkoutBy: null,
      agreementRound: null,
    });
    const whole = playedGame(rules, ['random', 'random'], 3);
    const part = verified(replayOf(rules, cutShort(rules, whole, 6), ['random', 'random']));
    expect(classGame(part).row).toMatchObject({ outcome: 'ongoing', agreementRound: null, toFrontier: null });
  });

  it('names players as the replay records them: a person is "person", nothing more', () => {
    const { row } = classGame(withPerson(4));
    expect(row.players).toEqual({ [US]: 'person', [MX]: 'pragmatist:hard' });
    expect(JSON.stringify(row)).not.toMatch(/seed|\.json/);
  });
});

describe('the results of a class', () => {
  const games = [deal, walkout, noDeal, withPerson(4), withPerson(5), game(['random', 'history'], 9)];
  const results = classResultsOf(games);
  const [part] = results.scenarios;
  if (!part) throw new Error('expected one scenario');

  it('keeps every row in the order given, and one part for the one scenario', () => {
    expect(results.rows).toEqual(games.map((g) => classGame(g).row));
    expect(results.scenarios).toHaveLength(1);
    expect(part).toMatchObject({
      scenarioId: 'june-2019',
      scenarioHash: rules.scenarioHash,
      sides: [US, MX],
      sideNames: { [US]: { en: 'United States' }, [MX]: { en: 'Mexico' } },
    });
    expect(part.rows).toEqual(results.rows);
  });

  it('counts the games of each player of each side, sorted by name', () => {
    const [us, mx] = part.groups;
    expect(us?.side).toBe(US);
    expect(mx?.side).toBe(MX);
    expect(us?.byPlayer.map((g) => g.player)).toEqual(['history', 'person', 'random', 'stubborn']);
    expect(mx?.byPlayer.map((g) => g.player)).toEqual(['history', 'pragmatist:hard', 'random', 'stubborn']);
    const person = us?.byPlayer.find((g) => g.player === 'person');
    const rows = results.rows.filter((r) => bySide(r.players, US) === 'person');
    const mean = (side: SideId) =>
      Math.round((rows.reduce((s, r) => s + bySide(r.score, side), 0) / 2) * 100) / 100;
    expect(person).toMatchObject({
      opponent: null,
      games: 2,
      meanScore: mean(US),
      meanOpponentScore: mean(MX),
    });
    for (const side of part.groups) {
      for (const g of [...side.byPlayer, ...side.byOpponent]) {
        expect(g.deals + g.walkouts + g.noDeals + g.unfinished).toBe(g.games);
        expect(g.walkedOut).toBeLessThanOrEqual(g.walkouts);
        expect(g.historicalDeals).toBeLessThanOrEqual(g.deals);
      }
      expect(side.byPlayer.reduce((n, g) => n + g.games, 0)).toBe(games.length);
      expect(side.byOpponent.reduce((n, g) => n + g.games, 0)).toBe(games.length);
    }
  });

  it('counts walk-outs against the side that walked out, and deals with their mean meeting', () => {
    const row = classGame(walkout).row;
    const leaver = row.walkoutBy as SideId;
    const groups = part.groups.find((g) => g.side === leaver);
    expect(groups?.byPlayer.find((g) => g.player === 'random')).toMatchObject({ walkouts: 1, walkedOut: 1 });
    const history = part.groups[0]?.byOpponent.find(
      (g) => g.player === 'history' && g.opponent === 'history',
    );
    expect(history).toMatchObject({
      games: 1,
      deals: 1,
      historicalDeals: 1,
      meanAgreementRound: classGame(deal).row.agreementRound,
    });
  });

  it('pairs players by opponent', () => {
    const us = part.groups[0];
    expect(us?.byOpponent.map((g) => `${g.player} vs ${g.opponent}`)).toEqual([
      'history vs history',
      'person vs pragmatist:hard',
      'random vs history',
      'random vs random',
      'stubborn vs stubborn',
    ]);
  });

  it('gives the same tables whatever order the files came in', () => {
    const reversed = classResultsOf([...games].reverse());
    expect(reversed.scenarios[0]?.groups).toEqual(part.groups);
    expect(reversed.rows).toEqual([...results.rows].reverse());
  });

  it('carries the Pareto frontier, in order and without repeats, and the historical point', () => {
    const analysis = rules.analyse(rules.newGame({ seed: 1 }));
    expect(part.historical).toEqual(analysis.historical);
    const xs = part.frontier.map((p) => bySide(p, US));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const keys = part.frontier.map((p) => `${bySide(p, US)} ${bySide(p, MX)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(
      new Set(analysis.frontier.map((f) => `${bySide(f.utility, US)} ${bySide(f.utility, MX)}`)),
    );
  });

  it('keeps each scenario apart, with its own sides', () => {
    const small = game(['random', 'history'], 2, other);
    const mixed = classResults([classGame(deal), classGame(small), classGame(walkout)]);
    expect(mixed.rows.map((r) => r.scenarioId)).toEqual(['june-2019', 'small', 'june-2019']);
    expect(mixed.scenarios.map((s) => [s.scenarioId, s.sides, s.rows.length])).toEqual([
      ['june-2019', [US, MX], 2],
      ['small', sideIds(other.scenario), 1],
    ]);
    expect(Object.keys(mixed.rows[1]?.score ?? {})).toEqual(['north', 'south']);
  });

  it('is empty for no games', () => {
    expect(classResults([])).toEqual({ rows: [], scenarios: [] });
  });
});
