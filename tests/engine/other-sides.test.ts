// Sides named by the scenario: the engine and the AI play a scenario whose sides are not "us" and
// "mx" exactly as they play june-2019, and nothing in the code below the scenario file names them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playMatch } from '../../src/ai/match';
import { createPlayer, type PlayerSpec } from '../../src/ai/registry';
import { createRules, type Rules } from '../../src/engine';
import { parseScenario } from '../../src/scenario/load';
import { sideIds } from '../../src/scenario/sides';
import { refusal } from '../support/apply';
import { renamedScenarioText } from '../support/renamed-sides';
import { JUNE_2019, loadRules as loadJune } from '../support/scenarios';
import { fixturePath, loadRules } from './fixture';

const NAMES = { us: 'north', mx: 'south' } as const;

/** One game: `first` plays the scenario's first side, `second` its second. */
function play(rules: Rules, first: PlayerSpec, second: PlayerSpec, seed: number) {
  const [a, b] = sideIds(rules.scenario);
  const scenario = rules.scenario;
  const players = {
    [a]: createPlayer(first, { scenario, side: a, seed }),
    [b]: createPlayer(second, { scenario, side: b, seed }),
  };
  return playMatch(rules, players, seed).state;
}

function renamedJune(): Rules {
  const loaded = parseScenario(renamedScenarioText(JUNE_2019, NAMES), 'june-renamed.json');
  if (!loaded.ok) throw new Error(loaded.error.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return createRules(loaded.value.scenario, loaded.value.hash);
}

describe('a scenario whose sides are "north" and "south"', () => {
  const rules = loadRules('other-sides.yaml');
  const [north, south] = sideIds(rules.scenario);

  it('loads with the sides in file order, the opener as data', () => {
    expect([north, south]).toEqual(['north', 'south']);
    expect(rules.newGame({ seed: 1 }).turn.side).toBe('south');
  });

  it('plays random games to the end, keyed by its own side ids everywhere', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const state = play(rules, { kind: 'random' }, { kind: 'random' }, seed);
      expect(state.phase).toBe('over');
      expect(Object.keys(state.offersMade)).toEqual(['north', 'south']);
      expect(Object.keys(rules.analyse(state).score)).toEqual(['north', 'south']);
      expect(rules.observe(state, south).side).toBe('south');
      const back = rules.restoreState(JSON.parse(JSON.stringify(state)));
      expect(back.ok && rules.stateHash(back.value)).toBe(rules.stateHash(state));
    }
  });

  it('refuses the side ids of another scenario, naming its own', () => {
    const error = refusal(rules.validate(rules.newGame({ seed: 1 }), { type: 'wait', side: 'mx' }));
    expect(error?.code).toBe('UNKNOWN_SIDE');
    expect(error?.message).toBe('side must be "north" or "south", not "mx"');
  });

  it('reports a per-side record that still names "us"', () => {
    const text = readFileSync(fixturePath('other-sides.yaml'), 'utf8').replace(
      'weight: { north: 0.4, south: 0.2713',
      'weight: { us: 0.4, south: 0.2713',
    );
    const loaded = parseScenario(text, 'o.yaml');
    expect(loaded.ok).toBe(false);
    const messages = loaded.ok ? [] : loaded.error.problems.map((p) => p.message);
    expect(messages).toContain('unknown side "us": the sides are "north" and "south"');
  });
});

describe('june-2019 with its sides renamed', () => {
  const renamed = renamedJune();
  const june = loadJune();

  it('plays the record to the June 7 deal, and the AI plays exactly as it does under "us" and "mx"', () => {
    for (const [a, b] of [
      [{ kind: 'history' }, { kind: 'history' }],
      [
        { kind: 'persona', persona: 'pragmatist', difficulty: 'hard' },
        { kind: 'persona', persona: 'sovereigntist', difficulty: 'easy' },
      ],
    ] as const) {
      for (let seed = 1; seed <= 5; seed++) {
        const there = play(renamed, a, b, seed);
        const here = play(june, a, b, seed);
        expect(there.outcome.kind).toBe(here.outcome.kind);
        expect(there.log.length).toBe(here.log.length);
        expect(Object.values(renamed.analyse(there).score)).toEqual(Object.values(june.analyse(here).score));
        if (a.kind === 'history') expect(there.outcome).toMatchObject({ kind: 'deal', historical: true });
      }
    }
  });
});

describe('the code below the scenario file', () => {
  it('never names a side "us" or "mx"', () => {
    const root = fileURLToPath(new URL('../../src', import.meta.url));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const found: string[] = [];
    for (const part of ['engine', 'ai', 'scenario', 'cli']) {
      for (const file of files(join(root, part))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            // Comments may name june-2019's sides; code may not.
            const code = line.replace(/\/\/.*$/, '').replace(/^\s*(\/\*\*|\*).*$/, '');
            if (/['"`](us|mx)['"`]/.test(code))
              found.push(`${file.slice(root.length)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(found).toEqual([]);
  });
});
