// Driving the game by keyboard alone: Tab until a control is focused, then Enter, Space or arrows.
// The controls are found by their accessible names (what a screen reader says), exactly as the
// mouse tests find them; only the way of reaching and using them differs.
import type { Locator, Page } from 'playwright-core';

/** Far more Tab stops than any screen has: a control not reached by then is not reachable. */
const MAX_TABS = 150;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.tagName.toLowerCase()} "${name}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus. Radio buttons are reached as a group:
 * Tab stops on the group's checked radio, and the arrows then move to `target`.
 */
export async function tabTo(page: Page, target: Locator, what: string, backwards = false): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
    throw new Error(`no visible ${what} on this screen`);
  });
  const isRadio = await target.evaluate(
    (el) => el.getAttribute('role') === 'radio' || (el as HTMLInputElement).type === 'radio',
  );
  const seen: string[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(target)) return expectFocusRing(page, what);
    if (isRadio && (await inSameRadioGroup(target))) {
      for (let j = 0; j < 12 && !(await isFocused(target)); j++) await page.keyboard.press('ArrowDown');
      if (await isFocused(target)) return expectFocusRing(page, what);
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    seen.push(await focusedDescription(page));
  }
  throw new Error(
    `${what} is never focused by ${backwards ? 'Shift+Tab' : 'Tab'}; stops: ${seen.slice(0, 40).join(', ')}`,
  );
}

/** The focused element shows it: an outline or a box shadow, on itself or on its label. */
async function expectFocusRing(page: Page, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return false;
    const shows = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== 'none';
    };
    return shows(el) || shows(el.closest('label')) || shows(el.parentElement);
  });
  if (!ring) throw new Error(`${what} has the focus but no visible focus ring (outline or box shadow)`);
}

/** After a move and its answers, the focus is still on something, not dropped to the page. */
export async function expectFocusKept(page: Page, after: string): Promise<void> {
  const where = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body || !el.isConnected ? null : el.tagName;
  });
  if (!where) throw new Error(`the focus was lost (back on the page itself) after ${after}`);
}

async function inSameRadioGroup(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === el) return false;
    const radio = (node: Element) =>
      node.getAttribute('role') === 'radio' || (node as HTMLInputElement).type === 'radio';
    if (!radio(active)) return false;
    const group = (node: Element) =>
      (node as HTMLInputElement).name || node.closest('[role=radiogroup]') || node.parentElement;
    return group(active) === group(el);
  });
}

/** Tab to a control and activate it: Enter for buttons and links, Space for the rest. */
export async function pressControl(page: Page, target: Locator, what: string): Promise<void> {
  await tabTo(page, target, what);
  const kind = await target.evaluate((el) => el.tagName.toLowerCase() + (el.getAttribute('role') ?? ''));
  await page.keyboard.press(kind === 'button' || kind.startsWith('a') ? 'Enter' : 'Space');
}

/**
 * Chooses `optionLabel` in a labelled select (or radio group) with the arrow keys only: Home, then
 * ArrowDown until the wanted option is the value.
 */
export async function chooseByKeyboard(
  page: Page,
  control: Locator,
  option: OptionWanted,
  what: string,
): Promise<void> {
  const tag = await control.evaluate((el) => el.tagName.toLowerCase());
  if (tag !== 'select') throw new Error(`${what} is a <${tag}>, expected a labelled <select>`);
  const wanted = await optionIndex(control, option);
  if (wanted < 0) throw new Error(`${what} has no option "${option.label}" (value "${option.id}")`);
  await tabTo(page, control, what);
  await page.keyboard.press('Home');
  for (let i = 0; i < 20; i++) {
    const index = await control.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    if (index === wanted) return;
    await page.keyboard.press(index < wanted ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`${what}: the arrows never reach "${option.label}"`);
}

/** An option of an issue, known by its id (the value, if the select uses ids) or its label. */
export interface OptionWanted {
  id: string;
  label: string;
}

/** The index of the option whose value is the id or whose text contains the label; -1 if none. */
export async function optionIndex(control: Locator, option: OptionWanted): Promise<number> {
  return control.evaluate(
    (el, o) =>
      [...(el as HTMLSelectElement).options].findIndex((x) => x.value === o.id || x.text.includes(o.label)),
    option,
  );
}
