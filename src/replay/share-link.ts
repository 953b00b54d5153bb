// A replay carried in a link's fragment: `#r=1.<deflate-raw, base64url>`. The version before the
// dot lets a later format change its encoding without breaking links already shared. The fragment
// never reaches a server, so a shared game stays between the people who have the link.
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import { err, ok, type Result } from '../result';
import { type ReplayError, replayError } from './errors';
import { MAX_REPLAY_BYTES, type ReplayFile } from './format';

export const SHARE_KEY = 'r';
export const SHARE_VERSION = '1';
/** Longer links are cut by some mail and chat programs: past this, share the file instead. */
export const MAX_SHARE_LINK = 2000;
/** A fragment longer than this is refused unread (a replay that big was never a link of ours). */
const MAX_PAYLOAD = 200_000;

/** The fragment's payload for a replay (without `#r=`): compact JSON, deflated, base64url. */
export function sharePayload(file: ReplayFile): string {
  return `${SHARE_VERSION}.${toBase64Url(deflateSync(strToU8(JSON.stringify(file)), { level: 9 }))}`;
}

/** The link to open `file` at `base` (the game's address), or why it is too long to share. */
export function shareLink(file: ReplayFile, base: string): Result<string, ReplayError> {
  const link = `${base.replace(/#.*$/, '')}#${SHARE_KEY}=${sharePayload(file)}`;
  if (link.length > MAX_SHARE_LINK) {
    return err(
      replayError(
        'REPLAY_LINK_TOO_LONG',
        `the link would be ${link.length.toLocaleString('en')} characters, more than the ${MAX_SHARE_LINK.toLocaleString('en')} that mail and chat programs keep whole: share the replay file instead`,
      ),
    );
  }
  return ok(link);
}

/** The `r` parameter of a fragment (`#r=…&round=3`), or null when the fragment has none. */
export function sharedPayload(fragment: string): string | null {
  return new URLSearchParams(fragment.replace(/^#/, '')).get(SHARE_KEY);
}

/** The replay's text from a whole link, or a fragment (`#r=1.…&round=3`), or why it is not one. */
export function replayTextFromLink(link: string): Result<string, ReplayError> {
  const payload = sharedPayload(link.includes('#') ? link.slice(link.indexOf('#')) : link);
  if (payload === null) {
    return err(
      replayError('REPLAY_LINK_MALFORMED', 'this is not a share link of a replay (it has no "#r=" part)'),
    );
  }
  return replayTextFromPayload(payload);
}

/** The replay's text from a link's payload, for `readReplay` to check like any file. */
export function replayTextFromPayload(payload: string): Result<string, ReplayError> {
  if (payload.length > MAX_PAYLOAD) {
    return err(replayError('REPLAY_LINK_MALFORMED', 'the link is far too long to be a shared replay'));
  }
  const dot = payload.indexOf('.');
  const version = dot < 0 ? '' : payload.slice(0, dot);
  if (!/^\d+$/.test(version)) {
    return err(
      replayError('REPLAY_LINK_MALFORMED', 'the link is damaged: it does not say which version it is'),
    );
  }
  if (version !== SHARE_VERSION) {
    return err(
      replayError(
        'REPLAY_LINK_VERSION',
        `the link is of version ${version}, and this game reads links of version ${SHARE_VERSION}`,
      ),
    );
  }
  const bytes = fromBase64Url(payload.slice(dot + 1));
  if (!bytes) {
    return err(
      replayError(
        'REPLAY_LINK_MALFORMED',
        'the link is damaged: it holds characters a link of ours never has',
      ),
    );
  }
  const inflated = inflateCapped(bytes, MAX_REPLAY_BYTES);
  if (inflated === 'too-large') {
    return err(replayError('REPLAY_LINK_MALFORMED', 'the link unpacks to more than a replay can be'));
  }
  if (inflated === null) {
    return err(replayError('REPLAY_LINK_MALFORMED', 'the link is damaged or cut short: it does not unpack'));
  }
  try {
    return ok(strFromU8(inflated));
  } catch {
    return err(replayError('REPLAY_LINK_MALFORMED', 'the link is damaged: what it unpacks to is not text'));
  }
}

/** Inflates at most `cap` bytes: a small link must not unpack into gigabytes. */
function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let ended = false;
  const inflate = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > cap) over = true;
    else chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    // Fed in slices so a bomb is stopped after its first few megabytes, not after all of them.
    for (let i = 0; i < bytes.length && !over; i += 4096) {
      inflate.push(bytes.subarray(i, i + 4096), i + 4096 >= bytes.length);
    }
  } catch {
    return null;
  }
  if (over) return 'too-large';
  if (!ended) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET.charAt((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    value = (value << 6) | ALPHABET.indexOf(text.charAt(i));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
