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
      },
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
