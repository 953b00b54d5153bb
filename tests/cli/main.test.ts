// The command line as a person runs it: the built JavaScript in real processes, real files, exit
// codes and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltCli, buildCli, ROOT } from './built-cli';

const SCENARIO = 'scenarios/june-2019.yaml';

let built: BuiltCli;
beforeAll(() => {
  built = buildCli();
});
afterAll(() => built.remove());

const cli = (...args: string[]) => built.run(...args);
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('the built program', () => {
  it('is what package.json names as the bin: an executable Node script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'deadline-diplomacy': 'dist/cli/main.js' });
    expect(readFileSync(built.entry, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(built.entry).mode & 0o111).toBe(0o111);
    const direct = spawnSync(built.entry, ['help'], { cwd: ROOT, encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain('Usage:');
  });

  it('prints the usage for help, --help and no arguments, and exits 0', () => {
    for (const args of [['help'], ['--help'], []]) {
      const r = cli(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Deadline Diplomacy: command line\n\nUsage:\n/);
      expect(r.stdout).toContain('Exit codes: 0 success, 1 invalid scenario or replay, 2 bad arguments');
      for (const command of ['replay record', 'replay verify', 'class-report', '--replays <dir>'])
        expect(r.stdout).toContain(command);
    }
  });

  // `help` must start fast: what it loads up front is the entry and its static imports, which
  // must not pull in the scenario loader (yaml, zod), the engine or the AI.
  it('loads less than 50 kB of JavaScript before running a command', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/^import [^;]*?from "(\.[^"]+)"/gm))
        visit(join(dirname(file), m[1] as string));
    };
    visit(built.entry);
    const bytes = [...seen].reduce((sum, file) => sum + statSync(file).size, 0);
    expect(bytes).toBeLessThan(50_000);
    expect([...seen].some((file) => readFileSync(file, 'utf8').includes('LineCounter'))).toBe(false);
  });

  it('gives exit 2 and the usage for an unknown command', () => {
    const r = cli('launch');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown command "launch"\n\nDeadline Diplomacy: command line/);
  });
});

describe('npm run cli', () => {
  it('builds when the build is missing or stale, then runs it', () => {
    const npm = process.env.npm_execpath;
    const [command, args] = npm?.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
    const r = spawnSync(command, [...args, 'run', '-s', 'cli', '--', 'help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:');
  });
});

describe('validate', () => {
  it('accepts the flagship scenario with its id and hash prefix', () => {
    const r = cli('validate', SCENARIO);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok june-2019 [0-9a-f]{12}\n$/);
  });

  it('reports every problem as file:line:col path: message and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: Bad Id\nformatVersion: 2\ncolour: red\n');
    const r = cli('validate', file);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines)
      expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ \\S+: .+`));
    expect(r.stderr).toContain(`${file}:3:1 colour: unknown key "colour"`);
    noStackTrace(r.stderr);
  });

  it('exits 2 for a file that does not exist, as a read-failed problem', () => {
    const r = cli('validate', 'scenarios/nope.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('scenarios/nope.yaml:1:1 (root): could not read the file: no such file\n');
  });

  it('exits with the worst status over several files, reporting each', () => {
    const r = cli('validate', SCENARIO, 'scenarios/nope.yaml');
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^ok june-2019 /);
    expect(r.stderr).toContain('no such file');
  });
});

describe('simulate', () => {
  const args = [
    'simulate',
    '--scenario',
    SCENARIO,
    '--us',
    'random',
    '--mx',
    'random',
    '--seeds',
    '1..150',
    '--json',
  ];

  it('prints the same JSON byte for byte on every run, whatever the order of the flags', () => {
    const a = cli(...args);
    const b = cli(
      'simulate',
      '--json',
      '--seeds',
      '1..150',
      '--mx',
      'random',
      '--scenario',
      SCENARIO,
      '--us',
      'random',
    );
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(out.summary.games).toBe(150);
    expect(Object.keys(out.summary.outcomes).sort()).toEqual(['deal', 'no-deal', 'ongoing', 'walkout']);
    expect(Object.keys(out.summary.meanScore)).toEqual(['us', 'mx']);
    expect(out.games).toHaveLength(150);
    expect(out.games[0]).toEqual({
      seed: 1,
      outcome: expect.any(String),
      historical: expect.any(Boolean),
      rounds: expect.any(Number),
      agreementRound: null,
      finalTariff: expect.any(Number),
      score: { us: expect.any(Number), mx: expect.any(Number) },
      deal: null,
      finalHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it('ends history against history in the historical deal', () => {
    const r = cli(
      'simulate',
      '--scenario',
      SCENARIO,
      '--us',
      'history',
      '--mx',
      'history',
      '--seeds',
      '1..20',
      '--json',
    );
    const out = JSON.parse(r.stdout);
    expect(out.summary.outcomes.deal).toBe(20);
    expect(out.summary.historicalDeals).toBe(20);
  });

  it('prints a readable summary table without --json, sides named by the scenario', () => {
    const r = cli('simulate', '--scenario', SCENARIO, '--us', 'history', '--mx', 'random', '--seeds', '1..5');
    expect(r.status).toBe(0);
    const [title, ...rows] = r.stdout.trimEnd().split('\n');
    expect(title).toMatch(
      /^june-2019 \([0-9a-f]{12}\): United States history vs Mexico random, seeds 1\.\.5$/,
    );
    expect(rows.map((row) => row.slice(0, 25))).toEqual([
      '  games                  ',
      '  deals                  ',
      '    of which historical  ',
      '  walk-outs              ',
      '  no deal by the end     ',
      '  mean round of agreement',
      '  mean final tariff      ',
      '  mean score US          ',
      '  mean score MX          ',
    ]);
    expect(r.stdout).toMatch(/mean score US\s+\d+\.\d\d\n/);
  });

  it('takes a player for each side of a scenario whose sides are not us and mx', () => {
    const other = 'tests/engine/fixtures/other-sides.yaml';
    const r = cli(
      'simulate',
      '--scenario',
      other,
      '--south',
      'random',
      '--north',
      'history',
      '--seeds',
      '1..3',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('United States history vs Mexico random, seeds 1..3');
    expect(r.stdout).toMatch(/mean score NORTH\s+\d+\.\d\d\n/);
    const wrong = cli('simulate', '--scenario', other, '--us', 'random', '--mx', 'random', '--seeds', '1..3');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('the sides of small are --north (United States), --south (Mexico)');
  });

  it.each([
    [['--us', 'robot', '--mx', 'random'], '--us: unknown player "robot" for us (players: random, history, '],
    [['--us', 'random', '--mx', 'hardliner'], '--mx: unknown player "hardliner" for mx'],
    [['--us', 'Robot!', '--mx', 'random'], '--us: "Robot!" is not a player name'],
    [['--us', 'random', '--mx', 'pragmatist:expert'], '--mx: unknown difficulty "expert"'],
    [['--us', 'random:hard', '--mx', 'random'], '--us: "random" takes no difficulty'],
    [
      ['--us', 'random', '--mx', 'random', '--gt', 'random'],
      'error: unknown option "--gt": the sides of june-2019 are --us (United States), --mx (Mexico)',
    ],
    [
      ['--us', 'random'],
      'error: simulate needs --mx: a player for each side of june-2019, --us (United States), --mx (Mexico)',
    ],
    [[], 'error: simulate needs --us: a player for each side of june-2019'],
  ])('gives usage and exit 2 for bad players or sides %#', (players, message) => {
    const r = cli('simulate', '--scenario', SCENARIO, '--seeds', '1..2', ...players);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage:');
    noStackTrace(r.stderr);
  });

  it.each([
    [['--us', 'random', '--mx', 'random', '--seeds', '5..1', '--scenario', SCENARIO], 'reversed'],
    [['--us', 'random', '--mx', 'random', '--seeds', '1..2', '--scenario', 'missing.yaml'], 'no such file'],
    [['--us', 'random', '--mx', 'random', '--seeds', '1..2'], 'simulate needs --scenario'],
  ])('gives usage and exit 2 for bad arguments %#', (extra, message) => {
    const r = cli('simulate', ...extra);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage:');
    noStackTrace(r.stderr);
  });

  it('exits 1, without the usage, for a scenario file that is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dd-cli-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: Bad Id\n');
    const r = cli('simulate', '--scenario', file, '--us', 'random', '--mx', 'random', '--seeds', '1');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:1:`);
    expect(r.stderr).not.toContain('Usage:');
  });
});

describe('tournament --gauntlet', () => {
  it('plays every persona at every difficulty against every human-like player, in JSON', () => {
    const r = cli('tournament', '--scenario', SCENARIO, '--seeds', '1', '--gauntlet', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      scenario: 'june-2019',
      seeds: { from: 1, to: 1 },
      difficulties: ['easy', 'medium', 'hard'],
    });
    expect(out.rows).toHaveLength(6 * 3 * 6);
    expect(out.rows[0]).toMatchObject({
      persona: 'hardliner:easy',
      seat: 'us',
      strategy: 'stubborn',
      games: 1,
    });
    expect(Object.keys(out.rows[0])).toEqual([
      'persona',
      'seat',
      'strategy',
      'games',
      'dealRate',
      'meanAgreementRound',
      'walkouts',
      'meanScore',
      'retractions',
      'worseForBoth',
      'walkoutsWithRatifiableDeal',
      'meanAiPressureMoves',
    ]);
    expect(out.rows.at(-1)).toMatchObject({ persona: 'historical:hard', seat: 'mx', strategy: 'lowball' });
  });

  it('prints a table at one difficulty, a row per persona and player', () => {
    const r = cli(
      'tournament',
      '--scenario',
      SCENARIO,
      '--seeds',
      '1..2',
      '--gauntlet',
      '--difficulty',
      'medium',
    );
    expect(r.status).toBe(0);
    const [title, header, ...rest] = r.stdout.trimEnd().split('\n');
    expect(title).toMatch(/^june-2019 \([0-9a-f]{12}\): gauntlet at medium, seeds 1\.\.2 \(2 games a row\)$/);
    expect(header?.split(/\s{2,}/)).toEqual([
      'AI seat',
      'persona',
      'player',
      'deals',
      'round',
      'AI walks',
      'player walks',
      'score AI',
      'score player',
      'retractions',
      'in seeds',
      'with cause',
      'worse for both',
      'walks, deal there',
      'AI pressure',
    ]);
    const rows = rest.slice(0, rest.indexOf(''));
    expect(rows).toHaveLength(36);
    expect(rows[0]).toMatch(/^United States\s+hardliner:medium\s+stubborn\s/);
    expect(rows.at(-1)).toMatch(/^Mexico\s+historical:medium\s+lowball\s/);
  });

  it('gives usage and exit 2 for a bad difficulty', () => {
    const r = cli(
      'tournament',
      '--scenario',
      SCENARIO,
      '--seeds',
      '1',
      '--gauntlet',
      '--difficulty',
      'brutal',
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown difficulty "brutal"');
    expect(r.stderr).toContain('--gauntlet');
  });
});

describe('tournament', () => {
  it('plays every pair of contenders and reports them keyed by side id', () => {
    const r = cli('tournament', '--scenario', SCENARIO, '--seeds', '1..2', '--difficulty', 'easy', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ scenario: 'june-2019', seeds: { from: 1, to: 2 }, difficulty: 'easy' });
    expect(out.rows).toHaveLength(16);
    expect(out.rows[0]).toMatchObject({ players: { us: 'random', mx: 'random' }, games: 2 });
    expect(Object.keys(out.rows[0].meanScore)).toEqual(['us', 'mx']);
    expect(out.rows.at(-1).players).toEqual({ us: 'historical:easy', mx: 'historical:easy' });
  });

  it('prints a table with a column for each side, named by the scenario', () => {
    const r = cli('tournament', '--scenario', SCENARIO, '--seeds', '1');
    expect(r.status).toBe(0);
    const [title, header, ...rows] = r.stdout.trimEnd().split('\n');
    expect(title).toMatch(/^june-2019 \([0-9a-f]{12}\): tournament at medium, seeds 1\.\.1$/);
    expect(header?.split(/\s{2,}/)).toEqual([
      'United States',
      'Mexico',
      'deals',
      'by Jun 10',
      'round',
      'score US',
      'score MX',
      'to Pareto',
      'to Nash',
      'historical',
      'walk-outs',
    ]);
    expect(rows).toHaveLength(16);
  });

  it.each([
    [['--seeds', '1..2', '--scenario', SCENARIO, '--us', 'random'], 'unknown option "--us"'],
    [['--seeds', '1..2', '--scenario', SCENARIO, '--difficulty', 'brutal'], 'unknown difficulty "brutal"'],
  ])('gives usage and exit 2 for bad arguments %#', (extra, message) => {
    const r = cli('tournament', ...extra);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage:');
  });
});
