// Whole games in the built page against the AI, title to debrief: as Ebrard by keyboard alone, and
// as Pence with the mouse. Both find every control by its accessible name.
import { describe, expect, it } from 'vitest';
import { JUNE_2019, loadScenario } from '../support/scenarios';
import { servedGame } from './support/served';
import { expectNoErrors, expectWebGL, openGame } from './support/session';
import {
  type Driver,
  debriefHeading,
  issueControls,
  keyboardDriver,
  mouseDriver,
  playToEnd,
  reachTable,
} from './support/table';

const { scenario } = loadScenario(JUNE_2019);
const served = servedGame();

/** An opening draft a person might choose: Ebrard offers the 6,000 troops of June 5. */
function opening(side: 'Ebrard' | 'Pence'): { issue: string; option: string } {
  return side === 'Ebrard'
    ? { issue: 'guard-size', option: 'troops-6000' }
    : { issue: 'guard-size', option: 'troops-10000' };
}

async function wholeGame(
  test: string,
  negotiator: 'Ebrard' | 'Pence',
  drive: (game: Awaited<ReturnType<typeof openGame>>) => Driver,
) {
  const game = await openGame(served(), { test, seed: 7 });
  const { page } = game;
  const driver = drive(game);
  await reachTable(page, driver, negotiator, game.shot);
  await expectWebGL(page);
  const controls = await issueControls(page, scenario.issues);
  const first = opening(negotiator);
  const issue = scenario.issues.find((i) => i.id === first.issue);
  const option = issue?.options.find((o) => o.id === first.option);
  const control = controls.get(first.issue);
  if (!issue || !option || !control) throw new Error(`the scenario has no ${first.issue}=${first.option}`);
  await driver.choose(control, { id: option.id, label: option.label.en }, `the "${issue.label.en}" control`);
  const played = await playToEnd(page, driver, game.shot);
  await expect.poll(() => debriefHeading(page).isVisible()).toBe(true);
  await game.shot('debrief');
  expect(played.asked, 'times "What would it take?" was asked').toBeGreaterThan(0);
  expectNoErrors(game);
  await game.close();
}

// The timeouts are hang guards, not speed bars: a whole game by keyboard takes about three and a
// half minutes on a busy 2-core machine (every control is reached by Tab).
describe('a whole game against the AI', () => {
  it('as Ebrard, by keyboard alone', async () => {
    await wholeGame('ebrard-keyboard', 'Ebrard', (game) => keyboardDriver(game.page));
  }, 600_000);

  it('as Pence, with the mouse', async () => {
    await wholeGame('pence-mouse', 'Pence', () => mouseDriver);
  }, 600_000);
});
