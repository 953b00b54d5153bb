// Builds the game once, serves it on a free loopback port and opens it in Debian's Chromium.
// Several browser test files run at once in separate workers: the first builds dist/ under a lock
// directory, the others wait for it and reuse the build while no input is newer than it.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const LOCK = join(ROOT, 'node_modules', '.e2e-build.lock');
const STAMP = join(ROOT, 'dist', '.e2e-built');
/** What the page's build reads: a change to any of them makes the shared build stale. */
const INPUTS = [
  'src',
  'scenarios',
  'index.html',
  'public',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 5 * 60_000;

export interface Served {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) <= built);
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) {
      rmSync(LOCK, { recursive: true, force: true });
    }
    return false;
  }
}

/** Builds dist/ unless a build newer than every input is there; one builder at a time. */
export async function buildGameOnce(): Promise<void> {
  const deadline = Date.now() + 2 * STALE_LOCK_MS;
  while (!tryLock()) {
    if (Date.now() > deadline) throw new Error(`the build lock ${LOCK} was never released`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (buildIsFresh()) return;
    await build({ root: ROOT, logLevel: 'warn' });
    writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** `extraArgs`: more switches, for the benchmark (V8's flags, say). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * The built game on a free port. With E2E_BASE_URL set, the tests use that server instead (for
 * example `npm run dev`, or `npm start` on port 4173) and build nothing.
 */
export async function serveBuiltGame(): Promise<Served> {
  const external = process.env.E2E_BASE_URL;
  if (external) {
    const browser = await launchChromium();
    return { url: external, browser, close: () => browser.close() };
  }
  await buildGameOnce();
  const server: PreviewServer = await preview({
    root: ROOT,
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
