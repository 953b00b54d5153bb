// The way through the game shared by the keyboard and the mouse tests: the same controls, found by
// their accessible names, used through a Driver (keys or clicks). The strategy at the table is a
// sensible person's: ask "What would it take?", take the suggestion, propose it; accept the
// counterpart's offer once a few rounds have gone by; walk out if the talks lead nowhere.
import type { Locator, Page } from 'playwright-core';
import { chooseByKeyboard, expectFocusKept, type OptionWanted, optionIndex, pressControl } from './keyboard';

export interface Driver {
  press(target: Locator, what: string): Promise<void>;
  choose(select: Locator, option: OptionWanted, what: string): Promise<void>;
  /** Called once a move and its answers are shown. */
  settled(after: string): Promise<void>;
}

export const keyboardDriver = (page: Page): Driver => ({
  press: (target, what) => pressControl(page, target, what),
  choose: (select, option, what) => chooseByKeyboard(page, select, option, what),
  settled: (after) => expectFocusKept(page, after),
});

export const mouseDriver: Driver = {
  async press(target, what) {
    await target.waitFor({ state: 'visible' }).catch(() => {
      throw new Error(`no visible ${what} on this screen`);
    });
    await target.click();
  },
  async choose(select, option, what) {
    await select.waitFor({ state: 'visible' }).catch(() => {
      throw new Error(`no visible ${what} on this screen`);
    });
    const index = await optionIndex(select, option);
    if (index < 0) throw new Error(`${what} has no option "${option.label}" (value "${option.id}")`);
    await select.selectOption({ index });
  },
  async settled() {},
};

export const button = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('button', { name, exact: typeof name === 'string' });

/** A side choice: a radio or a toggle button whose name contains the negotiator's name. */
export const sideChoice = (page: Page, negotiator: string): Locator =>
  page
    .getByRole('radio', { name: new RegExp(negotiator) })
    .or(page.getByRole('button', { name: new RegExp(negotiator) }))
    .first();

export const debriefHeading = (page: Page): Locator =>
  page.getByRole('heading', { name: 'Debrief', exact: true });

/** The brief's way to the table: a button whose name starts "Begin". */
export const beginButton = (page: Page): Locator => page.getByRole('button', { name: /^Begin/ }).first();

/** The control that turns the counterpart's answer into the draft ("Use these terms" or so). */
export const useSuggestion = (page: Page): Locator =>
  page.getByRole('button', { name: /^(Use|Apply)\b/i }).first();

/** Everything announced so far in the polite live region. */
export async function announced(page: Page): Promise<string> {
  const log = page.locator('#announcer[role=log]');
  if ((await log.count()) === 0) throw new Error('no #announcer with role "log" on the page');
  return (await log.textContent()) ?? '';
}

/** Title → setup (side) → brief → the table, through the named controls. */
export async function reachTable(
  page: Page,
  drive: Driver,
  negotiator: string,
  shot?: (screen: string) => Promise<void>,
) {
  await button(page, 'New game')
    .waitFor({ state: 'visible' })
    .catch(() => {
      throw new Error('the title has no visible "New game" button');
    });
  await shot?.('title');
  await drive.press(button(page, 'New game'), '"New game" button');
  await drive.press(sideChoice(page, negotiator), `side choice naming ${negotiator}`);
  await shot?.('setup');
  await drive.press(button(page, 'Start'), '"Start" button');
  await beginButton(page)
    .waitFor({ state: 'visible' })
    .catch(() => {
      throw new Error('the brief has no button whose name starts "Begin"');
    });
  await shot?.('brief');
  await drive.press(beginButton(page), 'the brief\'s "Begin…" button');
  await button(page, 'Propose')
    .waitFor({ state: 'visible' })
    .catch(() => {
      throw new Error('the table has no visible "Propose" button');
    });
}

/** Over: the debrief is showing, or a button leads to it (which this presses). */
export async function isOver(page: Page, drive: Driver): Promise<boolean> {
  if (await debriefHeading(page).isVisible()) return true;
  const toDebrief = page.getByRole('button', { name: /debrief/i }).first();
  if ((await toDebrief.count()) > 0 && (await toDebrief.isVisible())) {
    await drive.press(toDebrief, 'the button to the debrief');
    await debriefHeading(page)
      .waitFor({ state: 'visible' })
      .catch(() => {
        throw new Error('the button to the debrief shows no heading "Debrief"');
      });
    return true;
  }
  return false;
}

/** Waits until the person may act (Propose enabled) or the game is over; returns whether over. */
export async function awaitTurn(page: Page, drive: Driver, timeoutMs = 30_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await isOver(page, drive)) return true;
    const propose = button(page, 'Propose');
    if ((await propose.count()) > 0 && (await propose.isEnabled())) return false;
    await page.waitForTimeout(100);
  }
  throw new Error('neither the person\'s turn ("Propose" enabled) nor the end of the game came');
}

/**
 * Waits until the live region says other than `before` (a move or a reply was announced), then
 * until it has been quiet for a moment, so that the AI's answer to a move is in before going on.
 */
export async function awaitAnnouncement(page: Page, before: string, what: string, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last = before;
  let quietSince = 0;
  while (Date.now() < until) {
    const now = await announced(page);
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (now !== before && Date.now() - quietSince >= QUIET_MS) {
      // Changed, not grown: the region keeps its last lines only, so a full one stays as long.
      return;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(
    last !== before
      ? `the announcements after ${what} never stopped`
      : `nothing new was announced in #announcer after ${what}`,
  );
}

/** How long the live region must stay unchanged for a move and its answers to count as done. */
const QUIET_MS = 400;

export async function confirmIfAsked(page: Page, drive: Driver, name: RegExp): Promise<void> {
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog')).first();
  if ((await dialog.count()) === 0 || !(await dialog.isVisible())) return;
  await drive.press(dialog.getByRole('button', { name }).first(), 'the confirmation button');
}

export interface Played {
  proposals: number;
  asked: number;
  accepted: boolean;
  walkedOut: boolean;
}

/** Plays the person's side to the end of the game; `shot` is called on the first table screen. */
export async function playToEnd(
  page: Page,
  drive: Driver,
  shot?: (screen: string) => Promise<void>,
): Promise<Played> {
  const played: Played = { proposals: 0, asked: 0, accepted: false, walkedOut: false };
  for (let turn = 0; turn < 40; turn++) {
    if (await awaitTurn(page, drive)) return played;
    if (turn === 0) await shot?.('negotiation');
    const accept = button(page, 'Accept');
    if (turn >= 3 && (await accept.count()) > 0 && (await accept.isEnabled())) {
      const before = await announced(page);
      await drive.press(accept, '"Accept" button');
      played.accepted = true;
      await awaitAnnouncement(page, before, 'Accept');
      continue;
    }
    if (turn >= 8) {
      await drive.press(button(page, 'Walk out'), '"Walk out" button');
      await confirmIfAsked(page, drive, /walk out|confirm|yes/i);
      played.walkedOut = true;
      continue;
    }
    let before = await announced(page);
    await drive.press(button(page, 'What would it take?'), '"What would it take?" button');
    played.asked++;
    await awaitAnnouncement(page, before, '"What would it take?"');
    await drive.settled('"What would it take?"');
    if ((await useSuggestion(page).count()) > 0 && (await useSuggestion(page).isVisible())) {
      await drive.press(useSuggestion(page), 'the button that uses the suggested terms');
    }
    before = await announced(page);
    await drive.press(button(page, 'Propose'), '"Propose" button');
    played.proposals++;
    await awaitAnnouncement(page, before, 'Propose');
    if (!(await isOver(page, drive))) await drive.settled('Propose and the answer');
  }
  throw new Error('the game did not end in 40 turns of the person');
}

/** The labelled control of each issue, by the issue's name in `lang`; fails naming the missing ones. */
export async function issueControls(
  page: Page,
  issues: readonly { id: string; label: { en: string; es: string } }[],
  lang: 'en' | 'es' = 'en',
): Promise<Map<string, Locator>> {
  const controls = new Map<string, Locator>();
  const missing: string[] = [];
  for (const issue of issues) {
    const control = page.getByLabel(issue.label[lang], { exact: true }).first();
    if ((await control.count()) === 0) missing.push(issue.label[lang]);
    controls.set(issue.id, control);
  }
  if (missing.length > 0) throw new Error(`no control labelled with these issues: ${missing.join('; ')}`);
  return controls;
}
