import { describe, expect, it } from 'vitest';
import { formatReplayError } from '../../src/replay/errors';
import { encodeReplay, MAX_REPLAY_BYTES } from '../../src/replay/format';
import { readReplay, utf8Bytes } from '../../src/replay/read';
import { loadRules } from '../support/scenarios';
import { playedGame, replayOf } from './games';

const rules = loadRules();
const text = encodeReplay(replayOf(rules, playedGame(rules, ['random', 'random'], 5), ['random', 'random']));

function refusal(input: string) {
  const r = readReplay(input);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
}

describe('readReplay', () => {
  it('reads back what was written', () => {
    const r = readReplay(text);
    expect(r.ok && encodeReplay(r.value)).toBe(text);
  });

  it('refuses an empty file', () => {
    expect(refusal('').code).toBe('REPLAY_EMPTY');
    expect(refusal(' \n\t ').code).toBe('REPLAY_EMPTY');
  });

  it('calls a file cut short truncated, with where it stops', () => {
    const cut = text.slice(0, Math.floor(text.length / 2));
    const e = refusal(cut);
    expect(e.code).toBe('REPLAY_TRUNCATED');
    const lines = cut.split('\n').length;
    expect(e.message).toContain(`line ${lines}`);
  });

  it('refuses what is not JSON, at its line and column', () => {
    const e = refusal('{\n "header": oops\n}');
    expect(e.code).toBe('REPLAY_NOT_JSON');
    expect(e.message).toMatch(/at line 2, column 12$/);
    expect(refusal('hello').code).toBe('REPLAY_NOT_JSON');
  });

  it('refuses JSON that is not a replay (a save, a scenario as JSON, a list)', () => {
    for (const other of [
      '{}',
      '[]',
      '42',
      '{"format":"deadline-diplomacy-save","version":1}',
      '{"header":{}}',
    ]) {
      expect(refusal(other).code).toBe('REPLAY_NOT_A_REPLAY');
    }
  });

  it('refuses another format version or engine version, saying which', () => {
    const json = JSON.parse(text);
    json.header.formatVersion = 2;
    const v = refusal(JSON.stringify(json));
    expect(v.code).toBe('REPLAY_FORMAT_VERSION');
    expect(v.message).toContain('version 2; this game reads version 1');
    json.header.formatVersion = 1;
    json.header.engineVersion = '0.9.0';
    const e = refusal(JSON.stringify(json));
    expect(e.code).toBe('REPLAY_ENGINE_VERSION');
    expect(e.message).toContain('"0.9.0"');
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const big = `${text.slice(0, -2)}${' '.repeat(MAX_REPLAY_BYTES)}}\n`;
    const e = refusal(big);
    expect(e.code).toBe('REPLAY_TOO_LARGE');
    expect(e.message).toMatch(/^the file is 5\.\d MB; a replay is at most 5\.0 MB/);
  });

  it('names every damaged field with its line and column', () => {
    const json = JSON.parse(text);
    json.header.seed = 'seven';
    json.actions[2].round = -1;
    json.checkpoints[0].extra = true;
    const edited = JSON.stringify(json, null, 1);
    const e = refusal(edited);
    expect(e.code).toBe('REPLAY_MALFORMED');
    expect(e.message).toBe('the replay file is damaged or was edited: 3 problems');
    const lines = edited.split('\n');
    const lineOf = (needle: string, from = 0) =>
      lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    const seed = e.problems.find((p) => p.path === 'header.seed');
    expect(seed).toMatchObject({
      line: lineOf('"seed": "seven"'),
      message: expect.stringMatching(/^expected a whole number/),
    });
    const round = e.problems.find((p) => p.path === 'actions[2].round');
    expect(round?.line).toBe(lineOf('"round": -1'));
    const extra = e.problems.find((p) => p.path === 'checkpoints[0].extra');
    expect(extra).toMatchObject({ line: lineOf('"extra": true'), message: 'is not part of a replay file' });
    expect(formatReplayError('game.json', e).split('\n')[1]).toMatch(/^game\.json:\d+:\d+ /);
  });

  it('lists at most eight problems and counts the rest', () => {
    const json = JSON.parse(text);
    for (const a of json.actions) a.round = 'x';
    const e = refusal(JSON.stringify(json));
    expect(e.problems).toHaveLength(8);
    expect(e.message).toContain(`${json.actions.length} problems (the first 8 are listed)`);
  });

  it('counts bytes as UTF-8', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
