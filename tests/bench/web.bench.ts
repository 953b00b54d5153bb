// `npm run bench:web`: the production build under `vite preview`, in headless Chromium, as JSON.
// Figures, not tests: each is printed beside the target. A measurement that cannot run
// (a control missing, a timeout) is reported with its error and the others still run.
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../e2e/browser';
import {
  announced,
  awaitAnnouncement,
  awaitTurn,
  button,
  mouseDriver,
  playToEnd,
  reachTable,
} from '../e2e/support/table';
import { lostAndRestored } from './web/context-loss';
import { installProbes } from './web/probes';

// Run from the project root (npm run sets it).
const ROOT = resolve('.');
const DIST = resolve('dist');
const COLD_LOADS = 5;
const FPS_SECONDS = 10;
const GAMES = 10;
const AI_MOVES = 4;
const AI_RUNS = 5;
const SETTINGS_KEY = 'deadline-diplomacy/settings/v1';
/** V8 interprets only: no baseline (Sparkplug) or optimised (Maglev, TurboFan) code. */
const NO_JIT = '--no-sparkplug --no-maglev --no-turbofan';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

async function measure<T>(body: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await body();
  } catch (e) {
    return { error: e instanceof Error ? (e.message.split('\n')[0] ?? String(e)) : String(e) };
  }
}

async function freshPage(
  browser: Browser,
  settings: object | null,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  if (settings) {
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('bench-seeded')) localStorage.setItem(key as string, value as string);
        sessionStorage.setItem('bench-seeded', '1');
      },
      [SETTINGS_KEY, JSON.stringify(settings)],
    );
  }
  await installProbes(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** ms from navigation until the first "New game" button is enabled and the topmost thing at its centre. */
function titleInteractive(page: Page): Promise<number> {
  return page
    .waitForFunction(
      () => {
        for (const b of document.querySelectorAll('button')) {
          const name = b.getAttribute('aria-label') ?? b.textContent?.trim();
          if (name !== 'New game' || b.disabled) continue;
          const box = b.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          if (top && (top === b || b.contains(top))) return performance.now();
        }
        return false;
      },
      undefined,
      { polling: 'raf', timeout: 20_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>)
    .catch(() => {
      throw new Error('no enabled, clickable "New game" button within 20 s of navigation');
    });
}

interface JsLoaded {
  files: string[];
  gzipBytes: number;
  /** Loaded but not built (a server other than this build's): left out of the bytes. */
  notInDist: string[];
}

/** Gzipped bytes of the built JS files the page had fetched by `untilMs` (from dist/, gzip level 9). */
async function jsBefore(page: Page, untilMs: number): Promise<JsLoaded> {
  const urls = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= until && new URL(e.name).pathname.endsWith('.js'))
        .map((e) => new URL(e.name).pathname),
    untilMs,
  );
  const files = [...new Set(urls)];
  const missing = files.filter((path) => !existsSync(resolve(DIST, `.${path}`)));
  const gzipBytes = files
    .filter((path) => !missing.includes(path))
    .reduce((sum, path) => sum + gzipSync(readFileSync(resolve(DIST, `.${path}`)), { level: 9 }).length, 0);
  return { files, gzipBytes, notInDist: missing };
}

async function titleFigures(browser: Browser, url: string) {
  const times: number[] = [];
  let js: JsLoaded = { files: [], gzipBytes: 0, notInDist: [] };
  for (let i = 0; i < COLD_LOADS; i++) {
    const { context, page } = await freshPage(browser, null);
    await page.goto(url, { waitUntil: 'commit' });
    const t = await titleInteractive(page);
    times.push(t);
    if (i === 0) js = await jsBefore(page, t);
    await context.close();
  }
  return {
    interactive: { medianMs: round(median(times)), runsMs: times.map((t) => round(t)), target: '<= 1500 ms' },
    javascript: {
      gzipKB: round(js.gzipBytes / 1024),
      files: js.files,
      ...(js.notInDist.length > 0 ? { notInDist: js.notInDist } : {}),
      target: '<= 450 KB gzipped before the title is interactive',
    },
  };
}

async function cdpFigures(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const metrics = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const on = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) return Number.NaN;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    return listeners.length;
  };
  return {
    heapMB: round(heap.usedSize / 2 ** 20, 2),
    listeners: metric('JSEventListeners'),
    windowListeners: await on('window'),
    documentListeners: await on('document'),
    domNodes: metric('Nodes'),
  };
}

/**
 * One whole game from the title and back: the person plays it out (walking out opens only
 * mid-talks), then the debrief, then the title.
 */
async function shortGame(page: Page, side: string): Promise<void> {
  await reachTable(page, mouseDriver, side);
  await playToEnd(page, mouseDriver);
  const toDebrief = page.getByRole('button', { name: /debrief/i }).first();
  if ((await toDebrief.count()) > 0 && (await toDebrief.isVisible())) await toDebrief.click();
  const back = page.getByRole('button', { name: /title|main menu|new game/i }).first();
  await back.click().catch(() => {
    throw new Error('the debrief has no button back to the title ("Title", "Main menu" or "New game")');
  });
  await button(page, 'New game').waitFor({ state: 'visible' });
}

async function heapFigures(browser: Browser, url: string) {
  const { context, page } = await freshPage(browser, { lang: 'en', motion: 'reduced', aiPauseMs: 0 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await shortGame(page, 'Ebrard');
  const afterOne = await cdpFigures(cdp);
  // The heap after every game, so a leak (a steady climb) shows apart from warming up (a curve
  // that flattens: the engine's optimised code and the browser's caches).
  const byGame = [afterOne.heapMB];
  for (let game = 2; game <= GAMES; game++) {
    await shortGame(page, game % 2 === 0 ? 'Pence' : 'Ebrard');
    if (game < GAMES) {
      await cdp.send('HeapProfiler.collectGarbage');
      byGame.push(round((await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20, 2));
    }
  }
  const afterTen = await cdpFigures(cdp);
  byGame.push(afterTen.heapMB);
  await context.close();
  return {
    afterOneGame: afterOne,
    afterTenGames: afterTen,
    heapGrowthPercent: round((afterTen.heapMB / afterOne.heapMB - 1) * 100),
    heapByGameMB: byGame,
    listenerGrowth: afterTen.listeners - afterOne.listeners,
    target: 'heap after 10 games within 10% of after 1; listener count flat',
  };
}

async function tableFigures(browser: Browser, url: string) {
  // The game's own pace and motion: the AI's pause and every animation, as a person sees them.
  const { context, page } = await freshPage(browser, { lang: 'en', motion: 'full', aiPauseMs: 600 });
  await page.goto(url);
  await reachTable(page, mouseDriver, 'Ebrard');
  await awaitTurn(page, mouseDriver);

  const fps = await measure(async () => {
    const frames = await page.evaluate(
      (seconds) =>
        new Promise<number[]>((done) => {
          const stamps: number[] = [];
          const tick = (t: number) => {
            stamps.push(t);
            if (t - (stamps[0] ?? t) < seconds * 1000) requestAnimationFrame(tick);
            else done(stamps);
          };
          requestAnimationFrame(tick);
        }),
      FPS_SECONDS,
    );
    const start = frames[0] ?? 0;
    const perSecond = Array.from({ length: FPS_SECONDS }, () => 0);
    for (const t of frames) {
      const s = Math.floor((t - start) / 1000);
      if (s < FPS_SECONDS) perSecond[s] = (perSecond[s] ?? 0) + 1;
    }
    return { median: median(perSecond), perSecond, target: 'median >= 55 fps over 10 s' };
  });

  const contextLoss = await measure(() => lostAndRestored(page));
  await context.close();
  return { fps, contextLoss };
}

/** One table, fresh: the longest task and frame while the person proposes and the AI answers. */
async function aiMoveRun(browser: Browser, url: string) {
  const { context, page } = await freshPage(browser, { lang: 'en', motion: 'full', aiPauseMs: 600 });
  try {
    await page.goto(url);
    await reachTable(page, mouseDriver, 'Ebrard');
    await awaitTurn(page, mouseDriver);
    // The world loads lazily with the table: its start is not an AI move.
    await page.locator('#world[data-state=ready]').waitFor({ state: 'attached' });
    await page.waitForTimeout(1000);
    await page.evaluate(() => window.__bench?.reset());
    for (let move = 0; move < AI_MOVES; move++) {
      if (await awaitTurn(page, mouseDriver)) break;
      const before = await announced(page);
      await button(page, 'Propose').click();
      await awaitAnnouncement(page, before, 'Propose');
    }
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(() => window.__bench?.read());
    if (!seen) throw new Error('the probes did not load');
    return seen;
  } finally {
    await context.close();
  }
}

/**
 * Several fresh tables, since one run on a shared machine says little: the median of their
 * longest tasks, and every run's figures beside it.
 */
async function aiMoveFigures(browser: Browser, url: string) {
  const runs = [];
  for (let i = 0; i < AI_RUNS; i++) runs.push(await aiMoveRun(browser, url));
  return {
    medianLongestTaskMs: round(median(runs.map((r) => r.longestTask))),
    runs: runs.map((r) => ({
      longestTaskMs: round(r.longestTask),
      longTasks: r.longTasks,
      longestFrameMs: round(r.longestFrame),
    })),
    target: `no task over 50 ms while AI moves are shown (${AI_MOVES} proposals and their answers, ${AI_RUNS} fresh tables)`,
  };
}

// BENCH_BASE_URL measures a server already running instead (its JS is still gzipped from dist/).
const server = process.env.BENCH_BASE_URL
  ? null
  : await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server
  ? `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`
  : (process.env.BENCH_BASE_URL ?? '');
const browser = await launchChromium();
const title = await measure(() => titleFigures(browser, url));
const table = await measure(() => tableFigures(browser, url));
const aiMoves = await measure(() => aiMoveFigures(browser, url));
const heap = await measure(() => heapFigures(browser, url));
const version = browser.version();
await browser.close();
// The same ten games with V8's compilers off: what the heap then gains is the game's own objects
// (a leak), apart from the compiled code that builds up as more of it runs hot game after game.
const interpreted = await launchChromium([`--js-flags=${NO_JIT}`]);
const heapNoJit = await measure(() => heapFigures(interpreted, url));
await interpreted.close();
await server?.close();

const results = {
  title,
  table,
  aiMoves,
  repeatedGames: heap,
  repeatedGamesWithoutCompiledCode: { v8Flags: NO_JIT, ...heapNoJit },
  method: `production build under vite preview; headless Chromium (${version}), software WebGL; title: median of ${COLD_LOADS} cold loads; gzip level 9 of the dist files fetched before the title was interactive`,
};
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
