import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeReplay } from '../../src/replay/format';
import { readReplay } from '../../src/replay/read';
import {
  MAX_SHARE_LINK,
  replayTextFromPayload,
  sharedPayload,
  shareLink,
  sharePayload,
} from '../../src/replay/share-link';
import { loadRules } from '../support/scenarios';
import { cutShort, playedGame, replayOf } from './games';

const rules = loadRules();
const whole = playedGame(rules, ['pragmatist', 'pragmatist'], 2);
const short = replayOf(rules, cutShort(rules, whole, 3), ['pragmatist', 'pragmatist']);
const long = replayOf(rules, whole, ['pragmatist', 'pragmatist']);
const BASE = 'https://example.org/deadline-diplomacy/?lang=es';

function payloadOf(link: string): string {
  const p = sharedPayload(new URL(link).hash);
  if (p === null) throw new Error('no payload');
  return p;
}

describe('share links', () => {
  it('carry the replay in the fragment behind a version, and give back the same file', () => {
    const link = shareLink(short, BASE);
    if (!link.ok) throw new Error(link.error.message);
    expect(link.value.startsWith(`${BASE}#r=1.`)).toBe(true);
    expect(link.value).toMatch(/^[^#]*#r=1\.[A-Za-z0-9_-]+$/);
    const text = replayTextFromPayload(payloadOf(link.value));
    expect(text.ok).toBe(true);
    const read = text.ok ? readReplay(text.value) : null;
    expect(read?.ok && encodeReplay(read.value)).toBe(encodeReplay(short));
  });

  it('say when a game is too long for a link, and to share the file instead', () => {
    const link = shareLink(long, BASE);
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.error.code).toBe('REPLAY_LINK_TOO_LONG');
    expect(link.error.message).toMatch(/more than the 2,000 .* share the replay file instead$/);
    expect(BASE.length + 3 + sharePayload(long).length).toBeGreaterThan(MAX_SHARE_LINK);
  });

  it('read the payload from a fragment among other parameters', () => {
    expect(sharedPayload('#round=3&r=1.abc')).toBe('1.abc');
    expect(sharedPayload('#round=3')).toBeNull();
    expect(sharedPayload('')).toBeNull();
  });

  it('refuse malformed links with a clear message', () => {
    const cases: [string, string][] = [
      ['', 'REPLAY_LINK_MALFORMED'],
      ['abc', 'REPLAY_LINK_MALFORMED'],
      ['2.AAAA', 'REPLAY_LINK_VERSION'],
      ['1.not base64!', 'REPLAY_LINK_MALFORMED'],
      ['1.AAAAAAAA', 'REPLAY_LINK_MALFORMED'],
      [`1.${sharePayload(short).slice(2, 40)}`, 'REPLAY_LINK_MALFORMED'],
      [`1.${'A'.repeat(300_000)}`, 'REPLAY_LINK_MALFORMED'],
    ];
    for (const [payload, code] of cases) {
      const r = replayTextFromPayload(payload);
      expect(r.ok, payload.slice(0, 30)).toBe(false);
      if (!r.ok) expect(r.error.code, payload.slice(0, 30)).toBe(code);
    }
    const v = replayTextFromPayload('2.AAAA');
    expect(!v.ok && v.error.message).toBe('the link is of version 2, and this game reads links of version 1');
  });

  it('refuse a small link that unpacks to more than a replay can be', () => {
    const bomb = deflateSync(strToU8(' '.repeat(6 * 1024 * 1024)), { level: 9 });
    const payload = `1.${Buffer.from(bomb).toString('base64url')}`;
    expect(payload.length).toBeLessThan(20_000);
    const r = replayTextFromPayload(payload);
    expect(!r.ok && r.error.message).toBe('the link unpacks to more than a replay can be');
  });

  it('write base64url as Node does and read it back, at every length', () => {
    for (let n = 0; n < 40; n++) {
      const file = { ...short, header: { ...short.header, seed: n } };
      const payload = sharePayload(file);
      const bytes = Buffer.from(payload.slice(2), 'base64url');
      expect(Buffer.from(deflateSync(strToU8(JSON.stringify(file)), { level: 9 })).equals(bytes)).toBe(true);
      const back = replayTextFromPayload(payload);
      expect(back.ok && back.value).toBe(JSON.stringify(file));
    }
  });
});
