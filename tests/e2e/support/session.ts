// One browser page of the game as the tests open it: a fixed seed, settings written in the game's
// own storage format before the first load, every page error and console error collected, and
// screenshots of each screen kept under tests/e2e/artifacts/<test>/<screen>.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Served } from '../browser';

export const SETTINGS_KEY = 'deadline-diplomacy/settings/v1';
export const SAVE_KEY = 'deadline-diplomacy/save/v1';
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

/** Fast, still settings: the AI's moves shown at once, no tweens. */
export const FAST_SETTINGS = { lang: 'en', motion: 'reduced', aiPauseMs: 0 } as const;

export interface GameOptions {
  /** The name of the artifacts folder. */
  test: string;
  seed?: number;
  /** Written to the settings key before the first load only (a reload keeps what the game saved). */
  settings?: Readonly<Record<string, unknown>>;
  /** Raw text written to the save key before the first load. */
  save?: string;
  locale?: string;
}

export interface GamePage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors so far. */
  errors: string[];
  shot(screen: string): Promise<void>;
  close(): Promise<void>;
}

export async function openGame(served: Served, options: GameOptions): Promise<GamePage> {
  const context = await served.browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 720 },
  });
  const seeded: Record<string, string> = {
    [SETTINGS_KEY]: JSON.stringify(options.settings ?? FAST_SETTINGS),
  };
  if (options.save !== undefined) seeded[SAVE_KEY] = options.save;
  // sessionStorage survives a reload in the same tab, so the seeding happens on the first load only.
  await context.addInitScript((entries: Record<string, string>) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    sessionStorage.setItem('e2e-seeded', '1');
  }, seeded);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const dir = join(ARTIFACTS, options.test);
  mkdirSync(dir, { recursive: true });
  await page.goto(`${served.url}?seed=${options.seed ?? 2019}`);
  return {
    page,
    context,
    errors,
    async shot(screen: string) {
      await page.screenshot({ path: join(dir, `${screen}.png`) });
    },
    async close() {
      await context.close();
    },
  };
}

/**
 * Phaser draws with WebGL: every canvas of the world already holds a WebGL context. A canvas has
 * one kind of context for its life, so asking for '2d' returns null once WebGL owns it, and asking
 * for the WebGL kind it has returns that context instead of making one.
 */
export async function expectWebGL(page: Page): Promise<void> {
  const canvases = page.locator('#world canvas');
  await canvases
    .first()
    .waitFor({ state: 'attached', timeout: 15_000 })
    .catch(() => {
      throw new Error('no canvas under #world: Phaser has not started');
    });
  const kinds = await canvases.evaluateAll((nodes) =>
    nodes.map((node) => {
      const c = node as HTMLCanvasElement;
      const layer = c.parentElement?.className ?? '?';
      if (c.getContext('2d')) return `${layer}: a 2D canvas`;
      const gl = c.getContext('webgl2') ?? c.getContext('webgl');
      if (!gl) return `${layer}: no context`;
      if (gl.isContextLost()) return `${layer}: a lost WebGL context`;
      return gl instanceof WebGL2RenderingContext ? 'webgl2' : 'webgl';
    }),
  );
  for (const kind of kinds) expect(['webgl2', 'webgl'], `a world canvas has ${kind}`).toContain(kind);
}

export function expectNoErrors(game: GamePage): void {
  expect(game.errors, 'errors logged by the page').toEqual([]);
}

/** The text a person sees in `target`: innerText, which leaves out what CSS hides. */
export async function visibleText(target: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the test is about what is shown, so layout matters
  return target.innerText();
}
