// The built page in a real Chromium: it renders, switches language, and its engine computes the
// same state hash as Node does for the same game.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playMatch } from '../../src/ai/match';
import { createPlayer } from '../../src/ai/registry';
import { loadRules } from '../support/scenarios';
import { MX, US } from '../support/sides';
import { type Served, serveBuiltGame } from './browser';

let served: Served;

beforeAll(async () => {
  served = await serveBuiltGame();
}, 180_000);

afterAll(async () => {
  await served?.close();
});

describe('the first page', () => {
  it('replays the June 2019 talks with the same engine fingerprint as Node', async () => {
    const rules = loadRules();
    const players = {
      us: createPlayer({ kind: 'history' }, { scenario: rules.scenario, side: US, seed: 2019 }),
      mx: createPlayer({ kind: 'history' }, { scenario: rules.scenario, side: MX, seed: 2019 }),
    };
    const expected = rules.stateHash(playMatch(rules, players, 2019).state);

    const page = await served.browser.newPage({ locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(served.url);
    const hash = await page.locator('[data-state-hash]').getAttribute('data-state-hash');
    expect(hash).toBe(expected);
    expect(await page.locator('h1').textContent()).toBe('Deadline Diplomacy');
    expect(await page.locator('ol.log li').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to Spanish', async () => {
    const page = await served.browser.newPage({ locale: 'en-US' });
    await page.goto(served.url);
    await page.getByRole('button', { name: 'Español' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid=fingerprint]').textContent()).toContain('Huella del motor');
    await page.close();
  });

  it('plays the talks again with the AI negotiators a visitor chooses', async () => {
    const rules = loadRules();
    const players = {
      us: createPlayer(
        { kind: 'persona', persona: 'hardliner', difficulty: 'hard' },
        { scenario: rules.scenario, side: US, seed: 2019 },
      ),
      mx: createPlayer(
        { kind: 'persona', persona: 'pragmatist', difficulty: 'easy' },
        { scenario: rules.scenario, side: MX, seed: 2019 },
      ),
    };
    const expected = rules.stateHash(playMatch(rules, players, 2019).state);

    const page = await served.browser.newPage({ locale: 'en-US' });
    await page.goto(served.url);
    await page.getByLabel('United States').selectOption('hardliner:hard');
    await page.getByLabel('Mexico').selectOption('pragmatist:easy');
    expect(await page.locator('[data-state-hash]').getAttribute('data-state-hash')).toBe(expected);
    expect(await page.locator('ol.log').textContent()).toContain('We propose');
    await page.close();
  });
});
