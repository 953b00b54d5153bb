import { chmodSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';

// `vite build --mode cli`: the command line as one Node program in dist/cli, run as plain
// JavaScript (`node dist/cli/main.js`, or the `deadline-diplomacy` bin). Dependencies are bundled
// in, so a command loads a few files rather than resolving hundreds in node_modules; every command
// but `help` is its own dynamic chunk, so `help` loads none of yaml, zod, the engine or the AI.
const CLI_OUT = 'dist/cli';

/** The bin must be executable when run directly, not only when npm links it. */
function executableEntry(): Plugin {
  return {
    name: 'cli-executable-entry',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry)
          chmodSync(join(options.dir ?? CLI_OUT, file.fileName), 0o755);
      }
    },
  };
}

/**
 * The web build empties dist/ as Vite would, except for the command line's build in dist/cli:
 * building the page (the browser tests do) must not delete the bin. Builds elsewhere (another
 * --outDir, or an explicit --emptyOutDir) are left to Vite.
 */
function keepCliBuild(): Plugin {
  let active = false;
  let outDir = '';
  let cliDir = '';
  return {
    name: 'keep-cli-build',
    apply: 'build',
    config(config) {
      active = (config.build?.outDir ?? 'dist') === 'dist' && config.build?.emptyOutDir === undefined;
      return active ? { build: { emptyOutDir: false } } : undefined;
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      cliDir = resolve(config.root, CLI_OUT);
    },
    buildStart() {
      if (!active || !existsSync(outDir)) return;
      for (const entry of readdirSync(outDir)) {
        const path = join(outDir, entry);
        if (path !== cliDir) rmSync(path, { recursive: true, force: true });
      }
    },
  };
}

const cli = defineConfig({
  plugins: [executableEntry()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: CLI_OUT,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

/**
 * The shipped scenarios and the region's map, made at build time (src/cli/build), so the page loads
 * JSON rather than a YAML parser, zod, map data and projection code. Loaded only for the web build.
 */
async function webPlugins(): Promise<Plugin[]> {
  const { module } = await runnerImport<typeof import('./src/cli/build/web-plugins')>(
    './src/cli/build/web-plugins.ts',
  );
  return module.webPlugins();
}

const web = () =>
  defineConfig({
    base: './',
    plugins: [keepCliBuild(), webPlugins()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      rolldownOptions: {
        output: {
          // Phaser in a chunk of its own: it changes far less often than the game, so browsers keep
          // it cached across releases, and it never drags the game's own modules into its chunk.
          codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
        },
      },
    },
    test: {
      include: ['tests/**/*.test.ts'],
      environment: 'node',
      // A guard against hangs, not a speed bar: the quality bars play thousands of games, and these
      // machines are shared, so a busy run may take several times as long as a quiet one.
      testTimeout: 600_000,
    },
  });

export default defineConfig(({ mode }) => (mode === 'cli' ? cli : web()));
