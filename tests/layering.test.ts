// The import rules of DESIGN.md, checked over every file in src/: imports point one way
// (engine ← ai ← store ← ui), nothing imports from ui/, only ui/phaser/ imports Phaser, only cli/
// imports Node built-ins, and the page's own code never pulls in a YAML parser or zod directly
// (the shipped scenarios come compiled; the parser loads only when a teacher drops a file in).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface SourceFile {
  /** Relative to the project, with forward slashes: `src/engine/rules.ts`. */
  readonly path: string;
  readonly text: string;
}

interface Violation {
  readonly file: string;
  readonly imports: string;
  readonly rule: string;
}

/** Layers a layer must not import from. Layers absent here (scenario, replay) are checked below. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  engine: ['ai', 'store', 'ui', 'cli'],
  ai: ['store', 'ui', 'cli'],
  store: ['ui', 'cli'],
  scenario: ['ai', 'store', 'ui', 'cli'],
  replay: ['ai', 'store', 'ui', 'cli'],
};

const PARSERS = new Set(['yaml', 'js-yaml', 'zod']);
const BUILTINS = new Set(builtinModules);

/** Every module specifier a file names: static imports and re-exports, bare imports, import(). */
function importsOf(text: string): string[] {
  // Comments go first, so that a sentence quoting an import is not one; `://` in a string is kept.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) if (match[1] !== undefined) found.push(match[1]);
  }
  return found;
}

/** `src/<layer>/…` → layer; files directly in src/ (result.ts) are shared by all. */
function layerOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

function isNodeBuiltin(spec: string): boolean {
  if (spec.startsWith('node:')) return true;
  const name = spec.split('/')[0] ?? spec;
  return BUILTINS.has(name) || BUILTINS.has(spec);
}

function layeringViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const { path, text } of files) {
    const from = layerOf(path);
    for (const spec of importsOf(text)) {
      const bare = spec.split('?')[0] ?? spec;
      const relative = bare.startsWith('.');
      const target = relative ? posix.normalize(posix.join(posix.dirname(path), bare)) : undefined;
      const to = target === undefined ? undefined : layerOf(target);
      const add = (rule: string) => violations.push({ file: path, imports: spec, rule });
      if (from !== undefined && to !== undefined && FORBIDDEN[from]?.includes(to)) {
        add(`${from}/ must not import from ${to}/`);
      } else if (to === 'ui' && from !== 'ui') {
        add('nothing outside ui/ imports from ui/');
      }
      if (!relative) {
        const name = bare.startsWith('@')
          ? bare.split('/').slice(0, 2).join('/')
          : (bare.split('/')[0] ?? bare);
        if (name === 'phaser' && !path.startsWith('src/ui/phaser/'))
          add('only src/ui/phaser/ imports Phaser');
        if (isNodeBuiltin(bare) && from !== 'cli') add('only src/cli/ imports Node built-ins');
        if (PARSERS.has(name) && (from === 'ui' || from === 'store')) {
          add(`${from}/ must not import ${name}: the page gets scenarios compiled at build time`);
        }
      }
    }
  }
  return violations;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(posix.join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) {
      files.push({ path, text: readFileSync(posix.join(ROOT, path), 'utf8') });
    }
  }
  return files;
}

describe('layering of src/', () => {
  it('follows every import rule of DESIGN.md', () => {
    const files = sourceFiles('src');
    expect(files.length).toBeGreaterThan(50);
    expect(layeringViolations(files)).toEqual([]);
  });
});

describe('the layering check', () => {
  const check = (path: string, text: string) => layeringViolations([{ path, text }]).map((v) => v.rule);

  it('finds imports in every form, and none in comments', () => {
    const text = [
      "import { a } from './a';",
      "import type {\n  B,\n} from '../b';",
      "export * from './c';",
      "import './d.css';",
      "const e = await import('./e');",
      "// import { f } from './f';",
      "/* import g from './g'; */",
      "const url = 'https://example.org/x'; import h from './h';",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['../b', './a', './c', './d.css', './e', './h']);
  });

  it('keeps the engine, the AI and the store off the layers above them', () => {
    expect(check('src/engine/rules.ts', "import { x } from '../ai/negotiator';")).toEqual([
      'engine/ must not import from ai/',
    ]);
    expect(check('src/engine/rules.ts', "import type { S } from '../store/contract';")).toEqual([
      'engine/ must not import from store/',
    ]);
    expect(check('src/ai/bidding.ts', "import { s } from '../store/session-store';")).toEqual([
      'ai/ must not import from store/',
    ]);
    expect(check('src/ai/bidding.ts', "import { c } from '../cli/args';")).toEqual([
      'ai/ must not import from cli/',
    ]);
    expect(check('src/store/saves.ts', "import { t } from '../ui/theme';")).toEqual([
      'store/ must not import from ui/',
    ]);
    expect(check('src/ai/bidding.ts', "import { rules } from '../engine';")).toEqual([]);
    expect(check('src/store/saves.ts', "import { p } from '../ai/player';")).toEqual([]);
  });

  it('lets nothing outside ui/ import from ui/', () => {
    expect(check('src/cli/main.ts', "import { t } from '../ui/theme';")).toEqual([
      'nothing outside ui/ imports from ui/',
    ]);
    expect(check('src/result.ts', "import { t } from './ui/theme';")).toEqual([
      'nothing outside ui/ imports from ui/',
    ]);
    expect(check('src/ui/dom/panel.ts', "import { t } from '../theme';")).toEqual([]);
  });

  it('keeps Phaser in src/ui/phaser/', () => {
    expect(check('src/ui/dom/panel.ts', "import * as Phaser from 'phaser';")).toEqual([
      'only src/ui/phaser/ imports Phaser',
    ]);
    expect(check('src/engine/x.ts', "import Phaser from 'phaser';")).toEqual([
      'only src/ui/phaser/ imports Phaser',
    ]);
    expect(check('src/ui/phaser/scenes/map.ts', "import * as Phaser from 'phaser';")).toEqual([]);
  });

  it('keeps Node built-ins in src/cli/', () => {
    expect(check('src/engine/x.ts', "import { readFileSync } from 'node:fs';")).toEqual([
      'only src/cli/ imports Node built-ins',
    ]);
    expect(check('src/scenario/x.ts', "import { join } from 'path';")).toEqual([
      'only src/cli/ imports Node built-ins',
    ]);
    expect(check('src/ui/x.ts', "import { promises } from 'fs/promises';")).toEqual([
      'only src/cli/ imports Node built-ins',
    ]);
    expect(check('src/cli/build/x.ts', "import { readFileSync } from 'node:fs';")).toEqual([]);
  });

  it('keeps the YAML parsers and zod out of the page and the store', () => {
    expect(check('src/ui/title.ts', "import { parse } from 'yaml';")).toHaveLength(1);
    expect(check('src/ui/title.ts', "import { load } from 'js-yaml';")).toHaveLength(1);
    expect(check('src/store/saves.ts', "import { z } from 'zod';")).toHaveLength(1);
    expect(check('src/store/saves.ts', "import { z } from 'zod/mini';")).toHaveLength(1);
    expect(check('src/scenario/schema.ts', "import { z } from 'zod';")).toEqual([]);
  });
});
