// A replay file from disk, read (its size checked before a byte is read) and re-run by the engine,
// or what stops it: a file that cannot be read at all (missing, a directory: exit 2, as for any
// unreadable input) or one that is not a good replay (exit 1), each said with the file's name.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { formatReplayError, type ReplayError } from '../replay/errors';
import { MAX_REPLAY_BYTES, type ReplayFile } from '../replay/format';
import { readReplay, tooLarge } from '../replay/read';
import { type VerifiedReplay, verifyReplay } from '../replay/verify';
import { err, ok, type Result } from '../result';
import { EXIT, type ExitCode } from './exit';
import type { ScenarioLibrary } from './scenario-library';

export type ReplayFileFailure =
  | { code: 'unreadable'; message: string }
  | { code: 'invalid'; error: ReplayError };

export function readReplayFile(path: string): Result<ReplayFile, ReplayFileFailure> {
  const bytes = readBounded(path);
  if (!bytes.ok) return bytes;
  const read = readReplay(bytes.value.toString('utf8'));
  return read.ok ? read : err({ code: 'invalid', error: read.error });
}

/**
 * The file's bytes, if it is a regular file of at most MAX_REPLAY_BYTES. The size is asked of the
 * open file before reading, and the read stops one byte past the limit whatever that said, so a
 * huge file, one that grows meanwhile, or a device that never ends (/dev/zero) is never read whole.
 */
function readBounded(path: string): Result<Buffer, ReplayFileFailure> {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return unreadable('it is a directory, not a replay file');
    if (!stat.isFile()) return unreadable('it is not a regular file');
    if (stat.size > MAX_REPLAY_BYTES) return err({ code: 'invalid', error: tooLarge(stat.size) });
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_REPLAY_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_REPLAY_BYTES) return err({ code: 'invalid', error: tooLarge(length) });
    return ok(buffer.subarray(0, length));
  } catch (error) {
    return unreadable(readFailure(error));
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a replay file';
  return String((error as Error).message);
}

export function verifyReplayFile(
  path: string,
  library: ScenarioLibrary,
): Result<VerifiedReplay, ReplayFileFailure> {
  const read = readReplayFile(path);
  if (!read.ok) return read;
  const verified = verifyReplay(read.value, library.rulesFor(read.value.header.scenarioHash));
  return verified.ok ? verified : err({ code: 'invalid', error: verified.error });
}

/** What is wrong, as lines for stderr: `file: CODE: message`, then `file:line:col path: message`. */
export function describeFailure(path: string, failure: ReplayFileFailure, library: ScenarioLibrary): string {
  if (failure.code === 'unreadable') return `${path}: could not read the file: ${failure.message}`;
  const text = formatReplayError(path, failure.error);
  if (failure.error.code !== 'REPLAY_UNKNOWN_SCENARIO') return text;
  const known = library.ids.length
    ? `the scenarios here are ${library.ids.join(', ')}`
    : 'no scenario is here';
  return `${text}\n${path}: ${known}; name the replay's scenario file with --scenario <file>`;
}

export function exitFor(failure: ReplayFileFailure): ExitCode {
  return failure.code === 'unreadable' ? EXIT.usage : EXIT.invalid;
}

function unreadable(message: string): { ok: false; error: ReplayFileFailure } {
  return err({ code: 'unreadable', message });
}
