// Saves in the built page: a game reloaded and continued stands where it stood; a damaged save is
// named on the title with a way to discard it alone, and the settings survive it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedGame } from './support/served';
import {
  expectNoErrors,
  expectWebGL,
  FAST_SETTINGS,
  openGame,
  SAVE_KEY,
  SETTINGS_KEY,
  visibleText,
} from './support/session';
import { announced, awaitAnnouncement, awaitTurn, button, mouseDriver, reachTable } from './support/table';

const served = servedGame();

const DATE = /\b(?:May|June|July|August|September|October|November) \d{1,2}\b/;

/** What the table shows of where the game stands: its date, its round, the length of its log. */
async function standing(page: Page): Promise<{ date: string; round: string | null; logItems: number }> {
  const drawer = page.getByRole('button', { name: /log/i, expanded: false }).first();
  if ((await drawer.count()) > 0 && (await drawer.isVisible())) await drawer.click();
  const hud = page.locator('#hud');
  if ((await hud.count()) === 0) throw new Error('no #hud on the table');
  const text = await visibleText(hud);
  const date = text.match(DATE)?.[0];
  if (!date) throw new Error(`the table shows no date as text (#hud says: ${text.slice(0, 300)})`);
  const round = text.match(/\bround \d+/i)?.[0] ?? null;
  return { date, round, logItems: await hud.locator('li').count() };
}

describe('saves', () => {
  it('continues a reloaded game exactly where it stood', async () => {
    const game = await openGame(served(), { test: 'save-continue', seed: 11 });
    const { page } = game;
    await reachTable(page, mouseDriver, 'Ebrard', game.shot);
    for (let move = 0; move < 2; move++) {
      if (await awaitTurn(page, mouseDriver)) throw new Error('the game ended before the reload');
      const before = await announced(page);
      await button(page, 'Propose').click();
      await awaitAnnouncement(page, before, 'Propose');
    }
    await awaitTurn(page, mouseDriver);
    const saved = await standing(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY), 'the autosave').not.toBeNull();

    await page.reload();
    const resume = button(page, 'Continue');
    await resume.waitFor({ state: 'visible' });
    expect(await resume.isEnabled(), '"Continue" after a reload').toBe(true);
    await game.shot('title-with-save');
    await resume.click();
    await button(page, 'Propose').waitFor({ state: 'visible' });
    await expectWebGL(page);
    await game.shot('negotiation-continued');
    expect(await standing(page)).toEqual(saved);
    expectNoErrors(game);
    await game.close();
  }, 180_000);

  it.each([
    ['junk', 'not a save {'],
    ['an incompatible version', JSON.stringify({ version: 999, state: { nonsense: true } })],
  ])(
    'names a save that is %s and discards it alone',
    async (kind, save) => {
      const game = await openGame(served(), { test: `save-broken-${kind.replace(/\W+/g, '-')}`, save });
      const { page } = game;
      await button(page, 'New game').waitFor({ state: 'visible' });
      const problem = page
        .getByText(/save/i)
        .filter({
          hasText: /cannot|can't|could not|couldn't|damaged|corrupt|broken|unreadable|incompatible|not be/i,
        })
        .first();
      await problem.waitFor({ state: 'visible' }).catch(() => {
        throw new Error('the title shows no message that the save cannot be loaded');
      });
      await game.shot('title-broken-save');
      const resume = button(page, 'Continue');
      if ((await resume.count()) > 0)
        expect(await resume.isEnabled(), '"Continue" with a broken save').toBe(false);

      await button(page, /discard/i)
        .first()
        .click();
      await expect.poll(() => problem.isVisible()).toBe(false);
      expect(await page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toBeNull();
      const settings = await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY);
      expect(JSON.parse(settings ?? 'null'), 'the settings after the discard').toMatchObject(FAST_SETTINGS);
      await page.reload();
      await button(page, 'New game').waitFor({ state: 'visible' });
      expect(await problem.isVisible(), 'the message after a reload').toBe(false);
      await reachTable(page, mouseDriver, 'Pence');
      await expectWebGL(page);
      expectNoErrors(game);
      await game.close();
    },
    120_000,
  );
});
