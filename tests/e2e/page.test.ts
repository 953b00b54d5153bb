// The built page in a real Chromium: the title screen loads without an error and without Phaser,
// it switches to Spanish, and New game leads to the setup screen with both negotiators.
import { describe, expect, it } from 'vitest';
import { servedGame } from './support/served';

const served = servedGame();

describe('the title screen', () => {
  it('loads with its buttons, no error, and neither Phaser nor the world', async () => {
    const page = await served().browser.newPage({ locale: 'en-US' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(served().url);
    await page.getByRole('button', { name: 'New game' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('Deadline Diplomacy');
    expect(await page.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.endsWith('.js')),
    );
    expect(scripts.filter((n) => /phaser|world/i.test(n))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to Spanish, and the page says so', async () => {
    const page = await served().browser.newPage({ locale: 'en-US' });
    await page.goto(served().url);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Nueva partida' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.getByRole('button', { name: 'New game' }).count()).toBe(0);
    await page.close();
  });

  it('opens the setup screen with both negotiators as side choices', async () => {
    const page = await served().browser.newPage({ locale: 'en-US' });
    await page.goto(served().url);
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await page.getByRole('radio', { name: /Ebrard/ }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: /Pence/ }).count()).toBe(1);
    await page.close();
  });
});
