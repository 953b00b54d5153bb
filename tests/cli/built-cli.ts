// The command line as it ships: built once per test file with the project's `--mode cli` build,
// into a directory of its own (so a test never runs a stale dist/, nor races a developer's build),
// then run as plain JavaScript in a real process. The directory is laid out as the package is,
// dist/cli/ beside a copy of scenarios/, because the program finds the shipped scenarios from its
// own place.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
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
  /** The build's package directory: `dist/cli/main.js` and `scenarios/` are in it. */
  root: string;
  /** Runs the program from the project's directory. */
  run(...args: string[]): Run;
  /** Runs the program from another working directory. */
  runIn(cwd: string, ...args: string[]): Run;
  remove(): void;
}

export function buildCli(): BuiltCli {
  const root = mkdtempSync(join(tmpdir(), 'dd-cli-build-'));
  const dir = join(root, 'dist/cli');
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  cpSync(join(ROOT, 'scenarios'), join(root, 'scenarios'), { recursive: true });
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
  const runIn = (cwd: string, ...args: string[]): Run => {
    const r = spawnSync(process.execPath, [entry, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return {
    entry,
    root,
    run: (...args) => runIn(ROOT, ...args),
    runIn,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
