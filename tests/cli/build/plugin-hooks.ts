// Runs a Vite plugin's resolveId and load hooks outside Vite, with a context that records watched
// files and turns this.error into a thrown Error, as Vite does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

export interface Loaded {
  readonly code: string;
  readonly watched: readonly string[];
}

type Hook = (this: unknown, ...args: unknown[]) => unknown;

function hook(plugin: Plugin, name: 'resolveId' | 'load'): Hook {
  const h: unknown = plugin[name];
  const fn = typeof h === 'object' && h !== null && 'handler' in h ? h.handler : h;
  if (typeof fn !== 'function') throw new Error(`${plugin.name} has no ${name} hook`);
  return fn as Hook;
}

export async function loadVirtual(plugin: Plugin, id: string): Promise<Loaded> {
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolved = await hook(plugin, 'resolveId').call(context, id, undefined, {});
  if (typeof resolved !== 'string') throw new Error(`${plugin.name} does not resolve ${id}`);
  const code = await hook(plugin, 'load').call(context, resolved);
  if (typeof code !== 'string') throw new Error(`${plugin.name} loads nothing for ${resolved}`);
  return { code, watched };
}

/** Imports generated module text as the browser would: a standalone ES module. */
export async function importModule(code: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'virtual-module-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
}
