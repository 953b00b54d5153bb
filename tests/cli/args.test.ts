import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads a full simulate command', () => {
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
      command: {
        kind: 'simulate',
        scenario: 's.yaml',
        us: { kind: 'random' },
        mx: { kind: 'history' },
        seeds: { from: 3, to: 9 },
        json: true,
      },
    });
  });

  it('reads personas with and without a difficulty', () => {
    const r = parseArgs([
      'simulate',
      '--scenario',
      's',
      '--us',
      'hardliner:hard',
      '--mx',
      'pragmatist',
      '--seeds',
      '1..2',
    ]);
    expect(r.ok && r.command.kind === 'simulate' && [r.command.us, r.command.mx]).toEqual([
      { kind: 'persona', persona: 'hardliner', difficulty: 'hard' },
      { kind: 'persona', persona: 'pragmatist', difficulty: 'medium' },
    ]);
  });

  it('reads a tournament command', () => {
    expect(parseArgs(['tournament', '--scenario', 's', '--seeds', '1..500', '--json'])).toEqual({
      ok: true,
      command: {
        kind: 'tournament',
        scenario: 's',
        seeds: { from: 1, to: 500 },
        difficulty: 'medium',
        json: true,
      },
    });
  });

  it('takes a single seed as a range of one', () => {
    const r = parseArgs(['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', '7']);
    expect(r.ok && r.command.kind === 'simulate' && r.command.seeds).toEqual({ from: 7, to: 7 });
  });

  it.each([
    [
      ['simulate', '--scenario', 's', '--us', 'Robot!', '--mx', 'random', '--seeds', '1..2'],
      /not a player name/,
    ],
    [
      ['simulate', '--scenario', 's', '--us', 'hardliner:expert', '--mx', 'random', '--seeds', '1..2'],
      /unknown difficulty "expert"/,
    ],
    [['tournament', '--seeds', '1..2'], /tournament needs --scenario/],
    [
      ['tournament', '--scenario', 's', '--seeds', '1..2', '--difficulty', 'brutal'],
      /unknown difficulty "brutal"/,
    ],
    [['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', '9..1'], /reversed/],
    [['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random', '--seeds', 'a..b'], /whole numbers/],
    [['simulate', '--scenario', 's', '--us', 'random', '--mx', 'random'], /needs --seeds/],
    [['simulate', '--scenario', '--us', 'random'], /--scenario needs a value/],
    [['simulate', '--us', 'random', '--us', 'random'], /given twice/],
    [['simulate', '--colour', 'red'], /unknown option "--colour"/],
    [['validate'], /at least one scenario file/],
    [['validate', '--strict', 'x.yaml'], /file names only/],
    [['launch'], /unknown command "launch"/],
  ])('refuses %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('treats no arguments as a request for help', () => {
    expect(parseArgs([])).toEqual({ ok: true, command: { kind: 'help' } });
  });
});
