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
        us: 'random',
        mx: 'history',
        seeds: { from: 3, to: 9 },
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
      ['simulate', '--scenario', 's', '--us', 'robot', '--mx', 'random', '--seeds', '1..2'],
      /unknown player "robot"/,
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
