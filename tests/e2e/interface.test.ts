// The built page's interface: the Spanish screens carry no English catalogue text and format dates
// and numbers for Spain; "What would it take?" answers the person; the table is drawn again at the
// new scale when the window grows; axe finds nothing serious on any screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { JUNE_2019, loadScenario } from '../support/scenarios';
import { expectAccessible } from './support/axe';
import { englishIn, entries, spanishOf } from './support/catalogue';
import { servedGame } from './support/served';
import { expectNoErrors, expectWebGL, openGame, visibleText } from './support/session';
import {
  announced,
  awaitAnnouncement,
  awaitTurn,
  beginButton,
  button,
  debriefHeading,
  isOver,
  issueControls,
  mouseDriver,
  playToEnd,
  reachTable,
  sideChoice,
  useSuggestion,
} from './support/table';

const { scenario } = loadScenario(JUNE_2019);
const served = servedGame();

/** The language switch on the title: a select labelled "Language", or a button or radio "Español". */
async function chooseSpanish(page: Page): Promise<void> {
  const select = page.getByLabel(/^(Language|Idioma)$/).first();
  if ((await select.count()) > 0 && (await select.evaluate((el) => el.tagName === 'SELECT'))) {
    await select.selectOption({ label: 'Español' });
    return;
  }
  await page
    .getByRole('button', { name: 'Español', exact: true })
    .or(page.getByRole('radio', { name: 'Español', exact: true }))
    .first()
    .click();
}

const SPANISH_DATE = /\b\d{1,2} de (?:mayo|junio|julio|agosto|septiembre|octubre|noviembre)\b/;

describe('the Spanish interface', () => {
  it('shows no English catalogue text, and formats dates and numbers for Spain', async () => {
    expect(entries().length, 'entries in the interface catalogue').toBeGreaterThan(20);
    const game = await openGame(served(), { test: 'spanish' });
    const { page } = game;
    await button(page, 'New game').waitFor({ state: 'visible' });
    await chooseSpanish(page);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    const newGame = button(page, spanishOf('New game'));
    await newGame.waitFor({ state: 'visible' });
    await game.shot('title');
    expect(englishIn(await visibleText(page.locator('body'))), 'English on the Spanish title').toEqual([]);

    await page.reload();
    await newGame.waitFor({ state: 'visible' }).catch(() => {
      throw new Error('the language did not persist across a reload');
    });
    await newGame.click();
    await sideChoice(page, 'Ebrard').click();
    await game.shot('setup');
    expect(englishIn(await visibleText(page.locator('body'))), 'English on the Spanish setup').toEqual([]);
    await button(page, spanishOf('Start')).click();
    const begin = page
      .getByRole('button', { name: new RegExp(`^${spanishOf(/^Begin/).split(/\s/)[0]}`) })
      .first();
    await begin.waitFor({ state: 'visible' });
    await game.shot('brief');
    expect(englishIn(await visibleText(page.locator('body'))), 'English on the Spanish brief').toEqual([]);
    await begin.click();
    await button(page, spanishOf('Propose')).waitFor({ state: 'visible' });
    await issueControls(page, scenario.issues, 'es');
    await expectWebGL(page);
    await game.shot('negotiation');
    const table = await visibleText(page.locator('body'));
    expect(englishIn(table), 'English on the Spanish table').toEqual([]);
    expect(table, 'a date like "7 de junio"').toMatch(SPANISH_DATE);
    expect(table, 'a number grouped like 15.000').toMatch(/\b\d{1,3}(?:\.\d{3})+\b/);
    expect(table.match(/\b\d{1,3},\d{3}\b/g) ?? [], 'numbers grouped the English way').toEqual([]);
    expectNoErrors(game);
    await game.close();
  }, 180_000);
});

/**
 * A proposal that closes a round leaves the proposer to open the next one (the initiative
 * alternates): the person then waits, and the counterpart answers the offer still on the table.
 */
async function letThemAnswer(page: Page): Promise<void> {
  if (await awaitTurn(page, mouseDriver)) return;
  if (await button(page, 'Accept').isEnabled()) return;
  const before = await announced(page);
  await button(page, 'Wait').click();
  await awaitAnnouncement(page, before, 'Wait');
}

describe('"What would it take?"', () => {
  it('answers the person, and the suggested package is accepted when proposed', async () => {
    const game = await openGame(served(), { test: 'what-would-it-take', seed: 5 });
    const { page } = game;
    await reachTable(page, mouseDriver, 'Ebrard');
    await expectWebGL(page);
    await awaitTurn(page, mouseDriver);
    const hud = page.locator('#hud');
    // Early on, the person's own best package is too far for any small change: the counterpart says
    // so. The talks then go on (the draft reloads from its counter-offer) until it names a change
    // or takes the draft as it stands; either way, the package it named is then proposed.
    let before = await announced(page);
    let named = false;
    for (let attempt = 0; attempt < 4 && !named; attempt++) {
      const shownBefore = await visibleText(hud);
      before = await announced(page);
      await button(page, 'What would it take?').click();
      await awaitAnnouncement(page, before, '"What would it take?"');
      await expect
        .poll(() => visibleText(hud), { message: 'the answer shown on the table' })
        .not.toBe(shownBefore);
      await game.shot(`answer-${attempt + 1}`);
      const answer = (await announced(page)).slice(before.length);
      const suggested = (await useSuggestion(page).count()) > 0 && (await useSuggestion(page).isVisible());
      if (suggested) {
        await useSuggestion(page).click();
        named = true;
      } else if (/would accept it/i.test(answer)) {
        named = true;
      } else {
        expect(answer, 'an answer that says why no small change would do').toMatch(
          /too far|nothing|not now|will not do|no (?:deal|package)/i,
        );
        before = await announced(page);
        await button(page, 'Propose').click();
        await awaitAnnouncement(page, before, 'Propose');
        await letThemAnswer(page);
        if (await isOver(page, mouseDriver)) break;
        await awaitTurn(page, mouseDriver);
      }
    }
    expect(named, 'the counterpart named what it would take within four meetings').toBe(true);
    before = await announced(page);
    await button(page, 'Propose').click();
    await awaitAnnouncement(page, before, 'Propose');
    await letThemAnswer(page);
    await expect
      .poll(
        async () =>
          (await isOver(page, mouseDriver)) || /accept/i.test((await announced(page)).slice(before.length)),
        {
          message: 'the counterpart accepts what it said it would take',
          timeout: 20_000,
        },
      )
      .toBe(true);
    await game.shot('accepted');
    expectNoErrors(game);
    await game.close();
  }, 180_000);
});

describe('the table after a resize', () => {
  it('draws its canvases again at the scale they are shown, and the game goes on', async () => {
    const game = await openGame(served(), { test: 'resize' });
    const { page } = game;
    await reachTable(page, mouseDriver, 'Ebrard');
    await awaitTurn(page, mouseDriver);
    const ready = page.locator('#world[data-state=ready]');
    await ready.waitFor({ state: 'attached' });
    // The meters' tooltips come with the world's layout, before any move is made.
    await expect.poll(() => page.locator('#tips .meter-tip').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    // The still layer covers the canvas art, 872 stage pixels wide: 872 backing pixels at 1280×720.
    const stillWidth = () =>
      page.locator('#world .world-still canvas').evaluate((c) => (c as HTMLCanvasElement).width);
    expect(await stillWidth()).toBe(872);
    const before = await visibleText(page.locator('#hud'));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(stillWidth, { timeout: 15_000 }).toBe(1308);
    await ready.waitFor({ state: 'attached' });
    await game.shot('negotiation-1920');
    expect(await visibleText(page.locator('#hud'))).toBe(before);
    await expectWebGL(page);
    expectNoErrors(game);
    await game.close();
  }, 120_000);
});

describe('accessibility', () => {
  it('axe finds no serious or critical violation on any screen', async () => {
    const game = await openGame(served(), { test: 'axe', seed: 3 });
    const { page } = game;
    await button(page, 'New game').waitFor({ state: 'visible' });
    await game.shot('title');
    await expectAccessible(page, 'title');
    await button(page, 'New game').click();
    await sideChoice(page, 'Pence').click();
    await game.shot('setup');
    await expectAccessible(page, 'setup');
    await button(page, 'Start').click();
    await beginButton(page).waitFor({ state: 'visible' });
    await game.shot('brief');
    await expectAccessible(page, 'brief');
    await beginButton(page).click();
    await button(page, 'Propose').waitFor({ state: 'visible' });
    await awaitTurn(page, mouseDriver);
    await expectWebGL(page);
    await game.shot('negotiation');
    await expectAccessible(page, 'negotiation');

    await page.keyboard.press('Escape');
    const menu = page.getByRole('dialog').first();
    // The page redraws once per frame: give Escape a moment before trying the button instead.
    const opened = await menu
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (!opened)
      await page
        .getByRole('button', { name: /^(Pause|Menu)\b/i })
        .first()
        .click();
    await menu.waitFor({ state: 'visible' }).catch(() => {
      throw new Error('neither Escape nor a "Pause"/"Menu" button opens the pause menu (a dialog)');
    });
    await game.shot('pause-menu');
    await expectAccessible(page, 'pause menu');
    await menu.getByRole('button', { name: /^Resume\b/i }).click();
    await menu.waitFor({ state: 'hidden' });

    // Walking out is open only from mid-talks, so the person plays on to the end.
    await playToEnd(page, mouseDriver);
    await expect.poll(() => isOver(page, mouseDriver), { timeout: 20_000 }).toBe(true);
    const toDebrief = page.getByRole('button', { name: /debrief/i }).first();
    if ((await toDebrief.count()) > 0 && (await toDebrief.isVisible())) await toDebrief.click();
    await debriefHeading(page).waitFor({ state: 'visible' });
    await game.shot('debrief');
    await expectAccessible(page, 'debrief');
    expectNoErrors(game);
    await game.close();
  }, 180_000);
});
