// The command line as a person runs it: real processes, real files, exit codes and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCENARIO = 'scenarios/june-2019.yaml';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

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

  it('exits 2 for a file that does not exist', () => {
    const r = cli('validate', 'scenarios/nope.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('scenarios/nope.yaml:1:1');
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

  it('prints the same JSON byte for byte on every run', () => {
    const a = cli(...args);
    const b = cli(...args);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const out = JSON.parse(a.stdout);
    expect(out.summary.games).toBe(150);
    expect(Object.keys(out.summary.outcomes).sort()).toEqual(['deal', 'no-deal', 'ongoing', 'walkout']);
    expect(out.summary.meanScore).toEqual({ us: expect.any(Number), mx: expect.any(Number) });
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

  it('prints a readable summary table without --json', () => {
    const r = cli('simulate', '--scenario', SCENARIO, '--us', 'history', '--mx', 'random', '--seeds', '1..5');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('US history vs Mexico random, seeds 1..5');
    expect(r.stdout).toMatch(/mean score US\s+\d+\.\d\d/);
  });

  it.each([
    [
      ['--us', 'robot', '--mx', 'random', '--seeds', '1..2', '--scenario', SCENARIO],
      'unknown player "robot"',
    ],
    [
      ['--us', 'random', '--mx', 'hardliner', '--seeds', '1..2', '--scenario', SCENARIO],
      'unknown player "hardliner" for mx',
    ],
    [['--us', 'random', '--mx', 'random', '--seeds', '5..1', '--scenario', SCENARIO], 'reversed'],
    [['--us', 'random', '--mx', 'random', '--seeds', '1..2', '--scenario', 'missing.yaml'], 'no such file'],
  ])('gives usage and exit 2 for bad arguments %#', (extra, message) => {
    const r = cli('simulate', ...extra);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage:');
    noStackTrace(r.stderr);
  });
});
