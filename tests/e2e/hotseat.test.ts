// Two people on one device in the built page: each brief read alone, a cover between turns that
// hides the whole table, and a game from the title to the debrief by accessible names.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { servedGame } from './support/served';
import { expectNoErrors, expectWebGL, openGame, visibleText } from './support/session';
import { beginButton, button, debriefHeading, isOver, mouseDriver } from './support/table';

const served = servedGame();

const take = (page: Page) => page.getByRole('button', { name: /^I am .*: show my side$/ });

/** Whether the cover is up; if so, checks it hides the table, and takes the device for `who`. */
async function passIfAsked(page: Page, expected?: string): Promise<string | null> {
  if (!(await take(page).isVisible())) return null;
  const name = (await visibleText(take(page))).replace(/^I am (.*): show my side$/, '$1');
  if (expected) expect(name).toBe(expected);
  expect(await page.locator('#hud').isVisible(), 'the table behind the cover').toBe(false);
  await take(page).click();
  // The page redraws on the next frame: the cover is gone once it has.
  await take(page).waitFor({ state: 'hidden' });
  return name;
}

describe('hotseat', () => {
  it('plays a game between two people from the title to the debrief', async () => {
    const game = await openGame(served(), { test: 'hotseat' });
    const { page } = game;
    await button(page, 'New game').click();
    await page.getByRole('radio', { name: /second person/ }).check();
    await page.getByLabel('Meeting timer').selectOption({ label: '10 minutes' });
    await game.shot('setup-hotseat');
    await button(page, 'Start').click();

    // Each side's brief, behind its own cover: never both on screen.
    await take(page).waitFor({ state: 'visible' });
    await game.shot('handoff');
    await expectAccessible(page, 'handoff cover');
    const first = await passIfAsked(page);
    await beginButton(page).waitFor({ state: 'visible' });
    const firstBrief = await visibleText(page.locator('#hud'));
    await beginButton(page).click();
    await take(page).waitFor({ state: 'visible' });
    const second = await passIfAsked(page);
    expect(second).not.toBe(first);
    await beginButton(page).waitFor({ state: 'visible' });
    expect(await visibleText(page.locator('#hud'))).not.toBe(firstBrief);
    await beginButton(page).click();

    let handoffs = 0;
    let turns = 0;
    for (let guard = 0; guard < 200; guard++) {
      if (await isOver(page, mouseDriver)) break;
      if (await passIfAsked(page)) {
        handoffs++;
        continue;
      }
      const propose = button(page, 'Propose');
      if (!(await propose.isVisible()) || !(await propose.isEnabled())) {
        await page.waitForTimeout(100);
        continue;
      }
      if (turns === 1) {
        await expectWebGL(page);
        expect(await page.getByText(/\d+:\d\d left/).isVisible(), 'the meeting clock').toBe(true);
        expect(await button(page, 'What would it take?').isEnabled()).toBe(false);
        await game.shot('negotiation-hotseat');
      }
      const accept = button(page, 'Accept');
      turns++;
      if (turns >= 4 && (await accept.isEnabled())) await accept.click();
      else await propose.click();
      await page.waitForTimeout(50);
    }
    await debriefHeading(page).waitFor({ state: 'visible' });
    expect(handoffs).toBeGreaterThan(1);
    await game.shot('debrief-hotseat');
    expectNoErrors(game);
    await game.close();
  }, 240_000);
});
