// The classroom kit in the built page: class results from several replays (files and a link), a
// dropped scenario with errors and one without, the printed guide and briefs, projector mode.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeReplay } from '../../src/replay/format';
import { sharePayload } from '../../src/replay/share-link';
import { cutShort, playedGame, replayOf } from '../replay/games';
import { JUNE_2019, loadRules } from '../support/scenarios';
import { expectAccessible } from './support/axe';
import { servedGame } from './support/served';
import { expectNoErrors, openGame, visibleText } from './support/session';
import { button } from './support/table';

const served = servedGame();
const rules = loadRules();

function replayFiles(): string[] {
  const lineups: (readonly [string, string])[] = [
    ['pragmatist', 'pragmatist'],
    ['hardliner', 'sovereigntist'],
    ['historical', 'historical'],
    ['random', 'pragmatist:hard'],
  ];
  return lineups.map((lineup, i) => {
    const path = join(tmpdir(), `class-${i + 1}.replay.json`);
    writeFileSync(path, encodeReplay(replayOf(rules, playedGame(rules, lineup, 20 + i), lineup)));
    return path;
  });
}

describe('classroom', () => {
  it('shows the class results of several replays, names a bad one, and exports CSV', async () => {
    const game = await openGame(served(), { test: 'class-results' });
    const { page } = game;
    await button(page, 'Classroom').click();
    await page.getByRole('heading', { name: 'Classroom', exact: true }).waitFor({ state: 'visible' });
    await game.shot('classroom');
    await expectAccessible(page, 'classroom');
    await button(page, 'Class results').click();
    const bad = join(tmpdir(), 'group-7.json');
    writeFileSync(bad, '{"header": {"format": "deadline-diplomacy-replay"');
    await page.locator('#class-choose-input').setInputFiles([...replayFiles(), bad]);
    const table = page.locator('.class-table').first();
    await table.waitFor({ state: 'visible' });
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await page.locator('.class-chart .mark').count()).toBe(5);
    expect(await visibleText(page.getByRole('alert'))).toMatch(
      /1 could not be added:\s+group-7\.json: The file stops in the middle/,
    );

    const short = replayOf(rules, cutShort(rules, playedGame(rules, ['random', 'random'], 3), 4), [
      'random',
      'random',
    ]);
    await page.getByLabel('Share links, one per line').fill(`${served().url}#r=${sharePayload(short)}`);
    await button(page, 'Add links').click();
    await page.waitForFunction(
      () => document.querySelectorAll('.class-table')[0]?.querySelectorAll('tbody tr').length === 5,
    );
    expect(await visibleText(page.locator('.class-part h2'))).toBe(
      '5 games of June 2019: Tariffs at the border',
    );
    await game.shot('class-results');
    await expectAccessible(page, 'class results');

    const [file] = await Promise.all([page.waitForEvent('download'), button(page, 'Download CSV').click()]);
    const path = join(tmpdir(), 'class.csv');
    await file.saveAs(path);
    const csv = readFileSync(path, 'utf8').trim().split(/\r?\n/);
    expect(csv).toHaveLength(6);
    expect(csv[0]).toMatch(/^scenario,/);
    expect(csv.join('\n')).not.toMatch(/class-\d|group-7/);
    expectNoErrors(game);
    await game.close();
  }, 180_000);

  it('checks a dropped scenario: errors at their lines, a good variant added and chosen', async () => {
    const game = await openGame(served(), { test: 'dropped-scenario' });
    const { page } = game;
    await button(page, 'New game').click();
    const bad = join(tmpdir(), 'broken.yaml');
    writeFileSync(bad, 'id: broken\ntitle: { en: Broken }\nsides: 3\n');
    await page.locator('#setup-scenario-open-input').setInputFiles(bad);
    const alert = page.locator('#setup-scenario-problem');
    await alert.waitFor({ state: 'visible' });
    const text = await visibleText(alert);
    expect(text).toMatch(/^broken\.yaml is not a scenario this game can play: \d+ problems?/);
    expect(text).toMatch(/broken\.yaml:\d+:\d+ \S+: /);
    await game.shot('dropped-scenario-errors');
    await expectAccessible(page, 'setup with a bad scenario');

    const notScenario = join(tmpdir(), 'photo.yaml');
    writeFileSync(notScenario, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await page.locator('#setup-scenario-open-input').setInputFiles(notScenario);
    await page.waitForFunction(() =>
      /photo\.yaml/.test(document.querySelector('#setup-scenario-problem')?.textContent ?? ''),
    );

    const variant = join(tmpdir(), 'june-2019-variant.yaml');
    writeFileSync(
      variant,
      readFileSync(JUNE_2019, 'utf8')
        .replace(/^id: june-2019$/m, 'id: june-2019-classroom')
        .replace(/^(title:\s*\{\s*en:\s*)([^,]+)/m, '$1Classroom variant'),
    );
    await page.locator('#setup-scenario-open-input').setInputFiles(variant);
    await page.waitForFunction(
      () =>
        (document.querySelector('#setup-scenario') as HTMLSelectElement | null)?.value ===
        'june-2019-classroom',
    );
    expect(await page.locator('#setup-scenario-problem').count()).toBe(0);
    await button(page, 'Start').click();
    await page
      .getByRole('button', { name: /^Begin/ })
      .first()
      .waitFor({ state: 'visible' });
    expectNoErrors(game);
    await game.close();
  }, 120_000);

  it('prints the guide and the briefs (never on screen), and has a projector mode', async () => {
    const game = await openGame(served(), { test: 'classroom-print' });
    const { page } = game;
    await button(page, 'Classroom').click();
    await page.getByRole('heading', { name: /A 50-minute class/ }).waitFor({ state: 'visible' });
    expect(await page.locator('.brief-page').first().isVisible(), 'a brief on screen').toBe(false);
    await page.evaluate(() => {
      window.print = () => {};
    });
    await button(page, 'Print the briefs').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.brief-page').count()).toBe(2);
    expect(await page.locator('.brief-page').first().isVisible(), 'the briefs on paper').toBe(true);
    expect(await page.locator('#guide-heading').isVisible(), 'the guide is not on the briefs’ paper').toBe(
      false,
    );
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

    // The guide and the briefs follow the scenario the teacher picks: its people, its deadline, the
    // legislature that decides something in it.
    const guide = page.locator('.guide');
    expect(await visibleText(guide)).toMatch(/Mike Pence \(United States\) and Marcelo Ebrard \(Mexico\)/);
    expect(await visibleText(guide)).toMatch(/deadline of June 10, 2019/);
    await page.getByLabel('Scenario for this class').selectOption('guatemala-2019');
    await page.locator('.guide-scenario', { hasText: 'Guatemala' }).waitFor({ state: 'visible' });
    const text = await visibleText(guide);
    expect(text).toMatch(/Kevin McAleenan \(United States\) and Enrique Degenhart \(Guatemala\)/);
    expect(text).toMatch(/deadline of August 1, 2019/);
    expect(text).toMatch(/legislature \(Constitutional Court and Congress\)/);
    expect(text).not.toMatch(/June 10|Pence/);
    expect(await page.locator('.brief-page h2').allTextContents()).toEqual([
      'Private brief: Kevin McAleenan, United States',
      'Private brief: Enrique Degenhart, Guatemala',
    ]);
    await game.shot('classroom-guatemala');
    await expectAccessible(page, 'classroom, Guatemala');

    const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await page.getByLabel('Projector mode (large type)').check();
    await page.waitForFunction(
      (was) => Number.parseFloat(getComputedStyle(document.body).fontSize) > was,
      before,
    );
    await game.shot('classroom-projector');
    expect(await size()).toBeGreaterThan(before * 1.2);
    expectNoErrors(game);
    await game.close();
  }, 120_000);
});
