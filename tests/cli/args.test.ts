import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads a full simulate command, keeping side flags for the scenario to check', () => {
    const r = parseArgs([
      'simulate',
      '--scenario',
      's.yaml',
      '--us',
      'random',
      '--mx',
      'history',
      '--seeds',
      '3..9',
      '--json',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'simulate',
        scenario: 's.yaml',
        players: [
          { flag: '--us', player: 'random' },
          { flag: '--mx', player: 'history' },
        ],
        seeds: { from: 3, to: 9 },
        json: true,
        replays: null,
      },
    });
  });

  it('reads simulate --replays, with or without --json', () => {
    const base = ['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', '1..3'];
    for (const extra of [
      ['--replays', 'out'],
      ['--json', '--replays', 'out'],
    ]) {
      const r = parseArgs([...base, ...extra]);
      expect(r.ok && r.value.kind === 'simulate' && r.value.replays).toBe('out');
      expect(r.ok && r.value.kind === 'simulate' && r.value.players.map((p) => p.flag)).toEqual([
        '--us',
        '--mx',
      ]);
    }
  });

  it('reads replay record: side flags for the scenario to check, one seed, the file to write', () => {
    const r = parseArgs([
      'replay',
      'record',
      '--out',
      'g.json',
      '--scenario',
      's.yaml',
      '--us',
      'pragmatist:hard',
      '--seed',
      '42',
      '--mx',
      'random',
    ]);
    expect(r).toEqual({
      ok: true,
      value: {
        kind: 'replay-record',
        scenario: 's.yaml',
        players: [
          { flag: '--us', player: 'pragmatist:hard' },
          { flag: '--mx', player: 'random' },
        ],
        seed: 42,
        out: 'g.json',
      },
    });
  });

  it('reads replay verify: files in any place among the options', () => {
    expect(parseArgs(['replay', 'verify', 'a.json', '--scenario', 's.yaml', 'b.json'])).toEqual({
      ok: true,
      value: { kind: 'replay-verify', files: ['a.json', 'b.json'], scenario: 's.yaml' },
    });
    expect(parseArgs(['replay', 'verify', 'a.json'])).toEqual({
      ok: true,
      value: { kind: 'replay-verify', files: ['a.json'], scenario: null },
    });
  });

  it('reads class-report: files and directories, and where to write', () => {
    expect(parseArgs(['class-report', 'replays/', 'extra.json', '--out', 'report'])).toEqual({
      ok: true,
      value: { kind: 'class-report', inputs: ['replays/', 'extra.json'], out: 'report', scenario: null },
    });
  });

  it('takes any side id as a flag, since the scenario names its sides', () => {
    const r = parseArgs([
      'simulate',
      '--scenario',
      's',
      '--gt',
      'pragmatist:hard',
      '--seeds',
      '1..2',
      '--us',
      'x',
    ]);
    expect(r.ok && r.value.kind === 'simulate' && r.value.players).toEqual([
      { flag: '--gt', player: 'pragmatist:hard' },
      { flag: '--us', player: 'x' },
    ]);
  });

  it('reads a tournament command', () => {
    expect(parseArgs(['tournament', '--scenario', 's', '--seeds', '1..500', '--json'])).toEqual({
      ok: true,
      value: {
        kind: 'tournament',
        scenario: 's',
        seeds: { from: 1, to: 500 },
        difficulty: 'medium',
        json: true,
      },
    });
  });

  it('reads tournament --gauntlet: every difficulty, or the one named', () => {
    expect(parseArgs(['tournament', '--scenario', 's', '--seeds', '1..100', '--gauntlet'])).toEqual({
      ok: true,
      value: {
        kind: 'gauntlet',
        scenario: 's',
        seeds: { from: 1, to: 100 },
        difficulties: ['easy', 'medium', 'hard'],
        json: false,
      },
    });
    expect(
      parseArgs([
        'tournament',
        '--gauntlet',
        '--difficulty',
        'hard',
        '--json',
        '--seeds',
        '5',
        '--scenario',
        's',
      ]),
    ).toEqual({
      ok: true,
      value: {
        kind: 'gauntlet',
        scenario: 's',
        seeds: { from: 5, to: 5 },
        difficulties: ['hard'],
        json: true,
      },
    });
  });

  it('takes a single seed as a range of one', () => {
    const r = parseArgs(['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', '7']);
    expect(r.ok && r.value.kind === 'simulate' && r.value.seeds).toEqual({ from: 7, to: 7 });
  });

  it.each([
    [['tournament', '--seeds', '1..2'], /tournament needs --scenario/],
    [
      ['tournament', '--scenario', 's', '--seeds', '1..2', '--difficulty', 'brutal'],
      /unknown difficulty "brutal"/,
    ],
    [['tournament', '--scenario', 's', '--seeds', '1..2', '--us', 'random'], /unknown option "--us"/],
    [['tournament', '--gauntlet', '--seeds', '1..2'], /tournament needs --scenario/],
    [['tournament', '--gauntlet', '--scenario', 's'], /tournament needs --seeds/],
    [
      ['tournament', '--gauntlet', '--scenario', 's', '--seeds', '1..2', '--difficulty', 'brutal'],
      /unknown difficulty "brutal"/,
    ],
    [['tournament', '--gauntlet', 'yes', '--scenario', 's', '--seeds', '1'], /unknown option "yes"/],
    [
      ['tournament', '--scenario', 's', '--seeds', '1', '--gauntlet', '--gauntlet'],
      /--gauntlet is given twice/,
    ],
    [['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', '9..1'], /reversed/],
    [['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', 'a..b'], /whole numbers/],
    [['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random'], /needs --seeds/],
    [['simulate', '--scenario', '--us', 'random'], /--scenario needs a value/],
    [['simulate', '--us', 'random', '--us', 'random'], /given twice/],
    [['simulate', '--us'], /--us needs a value/],
    [['simulate', '--Colour', 'red'], /unknown option "--Colour"/],
    [['simulate', 'stray'], /unknown option "stray"/],
    [['validate'], /at least one scenario file/],
    [['validate', '--strict', 'x.yaml'], /file names only/],
    [['launch'], /unknown command "launch"/],
    [['replay'], /replay needs a subcommand: record or verify/],
    [['replay', 'play'], /unknown replay subcommand "play"/],
    [
      ['replay', 'record', '--scenario', 's', '--us', 'random', '--mx', 'random', '--out', 'g'],
      /needs --seed/,
    ],
    [['replay', 'record', '--scenario', 's', '--us', 'random', '--seed', '1'], /replay record needs --out/],
    [['replay', 'record', '--seed', '1', '--out', 'g'], /replay record needs --scenario/],
    [
      ['replay', 'record', '--scenario', 's', '--seed', '1..2', '--out', 'g'],
      /--seed: expected a whole number/,
    ],
    [['replay', 'record', '--scenario', 's', '--seed', '4294967296', '--out', 'g'], /--seed: expected/],
    [['replay', 'record', '--scenario', 's', '--seed', '1', '--out', 'g', 'stray'], /unknown option "stray"/],
    [['replay', 'verify'], /at least one replay file/],
    [['replay', 'verify', '--scenario', 's'], /at least one replay file/],
    [['replay', 'verify', 'a.json', '--strict'], /unknown option "--strict"/],
    [['replay', 'verify', 'a.json', '--scenario'], /--scenario needs a value/],
    [['class-report', '--out', 'r'], /at least one replay file or directory/],
    [['class-report', 'a.json'], /class-report needs --out <dir>/],
    [['class-report', 'a.json', '--out', 'r', '--json'], /unknown option "--json"/],
    [['simulate', '--scenario', 's', '--seeds', '1', '--replays'], /--replays needs a value/],
  ])('refuses %j with a usage error', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('usage');
      expect(r.error.message).toMatch(message);
    }
  });

  it('treats no arguments as a request for help', () => {
    expect(parseArgs([])).toEqual({ ok: true, value: { kind: 'help' } });
  });
});
