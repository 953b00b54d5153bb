// Every scenario of the library besides the flagship (which games.test.ts plays), chosen on the
// setup screen by its title and played from the title to the debrief, by accessible names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFiles } from '../../src/cli/build/scenarios-plugin';
import { scenarioSet } from '../../src/scenario/scenario-set';
import { expectAccessible } from './support/axe';
import { servedGame } from './support/served';
import { expectNoErrors, expectWebGL, openGame, visibleText } from './support/session';
import { beginButton, button, debriefHeading, mouseDriver, playToEnd, sideChoice } from './support/table';

const served = servedGame();
const files = scenarioFiles(new URL('../../scenarios/', import.meta.url).pathname);
const set = scenarioSet(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
const library = files.flatMap((file) => {
  const r = set.load(file);
  return r.ok && r.value.scenario.id !== 'june-2019' ? [r.value.scenario] : [];
});

describe('the scenario library in the browser', () => {
  it.each(library.map((s) => [s.id, s] as const))(
    'plays %s from the title to the debrief',
    async (id, scenario) => {
      const game = await openGame(served(), { test: `library-${id}` });
      const { page } = game;
      await button(page, 'New game').click();
      await page.locator('#setup-scenario').selectOption({ label: scenario.title.en });
      await page.waitForFunction(
        (want) => (document.querySelector('#setup-scenario') as HTMLSelectElement | null)?.value === want,
        id,
      );
      if (scenario.variant) {
        expect(await visibleText(page.locator('#setup-scenario-summary'))).toContain(
          scenario.variant.about.en.split('. ')[0] ?? '',
        );
      }
      // The second side, named by its negotiator (Ebrard, Degenhart, …), as a player would find it.
      const second = scenario.sides[1].negotiator.name;
      await sideChoice(page, second).click();
      await game.shot('setup');
      await expectAccessible(page, `setup (${id})`);
      await button(page, 'Start').click();
      await beginButton(page).waitFor({ state: 'visible' });
      const delegation = scenario.sides[1].delegation ?? [];
      if (delegation.length > 0) {
        // The brief tells the player who sits beside them.
        const names = await visibleText(page.locator('.brief .delegation'));
        for (const person of delegation) expect(names).toContain(person.name);
      }
      await game.shot('brief');
      await beginButton(page).click();
      await button(page, 'Propose').waitFor({ state: 'visible' });
      await expectWebGL(page);
      await page.locator('#world[data-state="ready"]').waitFor({ state: 'attached' });
      await game.shot('table');
      await playToEnd(page, mouseDriver, game.shot);
      await debriefHeading(page).waitFor({ state: 'visible' });
      await game.shot('debrief');
      // What really happened, and the comparison with June 2019 where the scenario writes one.
      const history = page.getByRole('heading', { name: scenario.historical.title.en, exact: true });
      await history.scrollIntoViewIfNeeded();
      await game.shot('history');
      const comparison = scenario.historical.comparison;
      if (comparison) {
        const heading = page.getByRole('heading', { name: comparison.title.en, exact: true });
        await heading.scrollIntoViewIfNeeded();
        expect(await heading.isVisible()).toBe(true);
        await game.shot('comparison');
      }
      expectNoErrors(game);
      await game.close();
    },
    240_000,
  );
});
