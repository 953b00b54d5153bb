// The command line as it ships: built once per test file with the project's `--mode cli` build,
// into a directory of its own (so a test never runs a stale dist/, nor races a developer's build),
// then run as plain JavaScript in a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface BuiltCli {
  /** The entry point, as `bin` names it in package.json but inside this build's directory. */
  entry: string;
  run(...args: string[]): Run;
  remove(): void;
}

export function buildCli(): BuiltCli {
  const dir = mkdtempSync(join(tmpdir(), 'dd-cli-build-'));
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const build = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', 'cli', '--logLevel', 'warn', '--outDir', dir],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`the CLI build failed:\n${build.stdout}\n${build.stderr}`);
  const entry = join(dir, 'main.js');
  return {
    entry,
    run: (...args) => {
      const r = spawnSync(process.execPath, [entry, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
