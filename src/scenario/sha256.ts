// The SHA-256 hex digest behind scenario and replay hashes. They must come out the same in Node and
// in every browser, synchronously, so neither Node's `crypto` nor the async WebCrypto API fits:
// @noble/hashes is audited, dependency-free and synchronous everywhere.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// TextEncoder turns a lone surrogate into U+FFFD, as Node's Buffer does, so the hash of any
// JavaScript string is defined.
const encoder = new TextEncoder();

/** Lower-case hex digest; strings are hashed as their UTF-8 bytes. */
export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === 'string' ? encoder.encode(input) : input));
}
