// Replays in the built page: a game exported from the debrief opens again from the title and steps
// through every view; a short game's share link opens the viewer; a bad file is named and refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { servedGame } from './support/served';
import { expectNoErrors, expectWebGL, type GamePage, openGame, visibleText } from './support/session';
import {
  announced,
  awaitAnnouncement,
  awaitTurn,
  button,
  debriefHeading,
  mouseDriver,
  playToEnd,
  reachTable,
} from './support/table';

const served = servedGame();

/** Clicks `name` and returns the file the page hands the browser to save. */
async function download(page: Page, name: string): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const path = join(tmpdir(), `e2e-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

async function openReplayFile(game: GamePage, path: string): Promise<void> {
  const { page } = game;
  await button(page, 'Replays').click();
  await page.getByRole('heading', { name: 'Open a replay' }).waitFor({ state: 'visible' });
  await page.locator('#replay-choose-input').setInputFiles(path);
}

const position = (page: Page) => visibleText(page.locator('#replay-position'));

/** Two frames: the viewer has drawn what the last command changed. */
const drawn = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** The viewer redraws on the next frame: waits until its position line reads `wanted`. */
async function positionBecomes(page: Page, wanted: RegExp): Promise<void> {
  await page
    .waitForFunction(
      (source) => new RegExp(source).test(document.querySelector('#replay-position')?.textContent ?? ''),
      wanted.source,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(`the replay's position stays "${await position(page)}", not ${wanted}`);
    });
}

describe('replays', () => {
  it('exports a finished game from the debrief and steps through it again in every view', async () => {
    const game = await openGame(served(), { test: 'replay-export-open' });
    const { page } = game;
    await reachTable(page, mouseDriver, 'Ebrard');
    await playToEnd(page, mouseDriver);
    await debriefHeading(page).waitFor({ state: 'visible' });
    const exported = await download(page, 'Export replay');
    expect(exported.fileName).toMatch(/^june-2019-2019-\d\d-\d\d-seed-\d+\.replay\.json$/);
    const file = JSON.parse(exported.text);
    expect(file.header.players.mx).toEqual({ kind: 'person' });
    const path = join(tmpdir(), exported.fileName);
    writeFileSync(path, exported.text);

    await button(page, 'Back to title').first().click();
    await openReplayFile(game, path);
    await page.getByRole('heading', { name: 'Replay', exact: true }).waitFor({ state: 'visible' });
    await expectWebGL(page);
    expect(await position(page)).toMatch(/^The start/);
    expect(new URL(page.url()).hash).toBe('#round=1');
    await game.shot('replay-start');
    await expectAccessible(page, 'replay viewer');

    // Step forward: the move is read out and shown; the keyboard's arrows step too.
    const before = await announced(page);
    await button(page, 'Step forward').click();
    await awaitAnnouncement(page, before, 'Step forward');
    await positionBecomes(page, /^Move 1 of \d+/);
    expect((await visibleText(page.locator('#replay-move'))).length).toBeGreaterThan(10);
    await page.locator('#replay-forward').focus();
    await page.keyboard.press('ArrowRight');
    await positionBecomes(page, /^Move 2 of /);
    await button(page, 'Step back').click();
    await positionBecomes(page, /^Move 1 of /);

    // Jump to a round: the address says which, replaced in place (no new history entries).
    const historyBefore = await page.evaluate(() => history.length);
    const rounds = await page.locator('#replay-round option').count();
    expect(rounds).toBeGreaterThan(2);
    await page.getByLabel('Round').selectOption({ index: 2 });
    await positionBecomes(page, /meeting 3$/);
    expect(new URL(page.url()).hash).toBe('#round=3');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    // Each view: one side's shows only what it saw; everything shows more, and both briefs.
    await button(page, 'To the end').click();
    await positionBecomes(page, /^Move (\d+) of \1 /);
    const lines = async () => page.locator('.replay-log li').count();
    const all = await lines();
    await page.getByLabel('View').selectOption({ label: 'What Mike Pence saw' });
    await drawn(page);
    const pence = await lines();
    await game.shot('replay-view-pence');
    await page.getByLabel('View').selectOption({ label: 'What Marcelo Ebrard saw' });
    await drawn(page);
    const ebrard = await lines();
    // Each side's private steps (its consultations, its intelligence) are missing from the other's.
    expect(Math.max(pence, ebrard)).toBeLessThanOrEqual(all);
    expect(Math.min(pence, ebrard)).toBeLessThan(all);
    await page.getByText('Briefs', { exact: true }).click();
    await drawn(page);
    expect(await page.locator('.replay-briefs h4').count()).toBe(1);
    await page.getByLabel('View').selectOption({ index: 2 });
    await drawn(page);
    expect(await page.locator('.replay-briefs h4').count()).toBe(2);
    await game.shot('replay-view-everything');

    // Play, then pause.
    await button(page, 'To the start').click();
    await page.getByLabel('Speed').selectOption({ label: '4 moves a second' });
    await button(page, 'Play').click();
    await page.waitForFunction(() =>
      /^Move [3-9]/.test(document.querySelector('#replay-position')?.textContent ?? ''),
    );
    await button(page, 'Pause').click();
    const paused = await position(page);
    await page.waitForTimeout(700);
    expect(await position(page)).toBe(paused);

    // A whole game is too long for a link: the viewer says to share the file.
    await button(page, 'Share link').click();
    await page.getByText(/share the replay file instead/).waitFor({ state: 'visible' });
    expectNoErrors(game);
    await game.close();
  }, 240_000);

  it('shares a short game as a link that opens the viewer where it stood', async () => {
    const game = await openGame(served(), { test: 'replay-share-link' });
    const { page } = game;
    await reachTable(page, mouseDriver, 'Pence');
    if (await awaitTurn(page, mouseDriver)) throw new Error('the game ended at once');
    const before = await announced(page);
    await button(page, 'Propose').click();
    await awaitAnnouncement(page, before, 'Propose');
    await awaitTurn(page, mouseDriver);
    await button(page, 'Menu').click();
    const exported = await download(page, 'Export replay');
    const path = join(tmpdir(), `short-${exported.fileName}`);
    writeFileSync(path, exported.text);
    await button(page, 'Save and quit').click();
    await openReplayFile(game, path);
    await button(page, 'To the end').click();
    await positionBecomes(page, /^Move (\d+) of \1 /);
    const meeting = (await position(page)).match(/meeting \d+$/)?.[0] ?? 'no meeting';
    await button(page, 'Share link').click();
    const link = await page.locator('#replay-link-out').inputValue();
    expect(link).toMatch(/#r=1\.[A-Za-z0-9_-]+/);
    expect(link.length).toBeLessThanOrEqual(2000);

    const viewer = await game.context.newPage();
    await viewer.goto(link);
    await viewer.getByRole('heading', { name: 'Replay', exact: true }).waitFor({ state: 'visible' });
    expect(await visibleText(viewer.locator('#replay-position'))).toMatch(new RegExp(`${meeting}$`));
    await expectWebGL(viewer);
    await viewer.screenshot({ path: join(tmpdir(), 'replay-from-link.png') });
    await viewer.goto(`${served().url}#r=1.broken`);
    await viewer.getByRole('alert').waitFor({ state: 'visible' });
    expect(await visibleText(viewer.getByRole('alert'))).toMatch(
      /link cannot be opened: The link is damaged/,
    );
    expectNoErrors(game);
    await game.close();
  }, 180_000);

  it('names a bad replay file and what is wrong with it, and keeps the title working', async () => {
    const game = await openGame(served(), { test: 'replay-bad-file' });
    const { page } = game;
    await button(page, 'New game').waitFor({ state: 'visible' });
    const path = join(tmpdir(), 'not-a-replay.json');
    writeFileSync(
      path,
      '{\n  "header": {\n    "format": "deadline-diplomacy-replay",\n    "formatVersion": 1,\n    "engineVersion": "1.0.0",\n    "seed": "x"\n  }\n}\n',
    );
    await openReplayFile(game, path);
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    const text = await visibleText(alert);
    expect(text).toMatch(/^not-a-replay\.json cannot be opened: The replay file is damaged or was edited/);
    expect(text).toMatch(/not-a-replay\.json:6:13 header\.seed: expected a whole number/);
    await game.shot('replay-bad-file');
    await expectAccessible(page, 'replays');
    await button(page, 'Back to title').click();
    await button(page, 'New game').waitFor({ state: 'visible' });
    expectNoErrors(game);
    await game.close();
  }, 120_000);
});
