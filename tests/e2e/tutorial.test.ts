// The tutorial in the built page: "How to play" on the title starts it, and its hints walk the
// player through the offer builder, "What would it take?", proposing, accepting and the debrief.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { servedGame } from './support/served';
import { expectNoErrors, expectWebGL, openGame, visibleText } from './support/session';
import { beginButton, button, debriefHeading, mouseDriver, playToEnd } from './support/table';

const served = servedGame();

describe('the tutorial', () => {
  it('starts from How to play and shows its hints step by step, to the debrief', async () => {
    const game = await openGame(served(), { test: 'tutorial' });
    const { page } = game;
    await button(page, 'How to play').click();
    await beginButton(page).waitFor({ state: 'visible' });
    await beginButton(page).click();
    await button(page, 'Propose').waitFor({ state: 'visible' });
    await expectWebGL(page);
    const hint = page.locator('#hint-heading');
    await hint.waitFor({ state: 'visible' });
    expect(await visibleText(hint)).toMatch(/^TUTORIAL · HINT 1 OF \d+$/i);
    await game.shot('tutorial-hint-1');
    await expectAccessible(page, 'tutorial');

    // The first hint goes once the draft changes: the next is "What would it take?".
    const select = page.locator('#offer-panel select').first();
    const options = await select.locator('option').count();
    await select.selectOption({ index: options - 1 });
    await page.waitForFunction(
      () => !/hint 1 of/i.test(document.querySelector('#hint-heading')?.textContent ?? ''),
    );
    const whatItTakes = await visibleText(page.locator('#hint-text'));
    await button(page, 'What would it take?').click();
    await page.waitForFunction(
      (before) => (document.querySelector('#hint-text')?.textContent ?? '') !== before,
      whatItTakes,
    );
    await game.shot('tutorial-hint-3');
    await playToEnd(page, mouseDriver);
    await debriefHeading(page).waitFor({ state: 'visible' });
    await page.locator('#hint-heading').waitFor({ state: 'visible' });
    await game.shot('tutorial-debrief');
    await button(page, 'Hide hints').click();
    await page.locator('#hint-heading').waitFor({ state: 'detached' });
    expectNoErrors(game);
    await game.close();
  }, 240_000);
});
