// Writing what a command makes (replays, reports): the directory made first, and a failure (a path
// through a file, no permission, a full disk) a message that names the path, never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { err, ok, type Result } from '../result';

export interface WriteFailure {
  code: 'unwritable';
  message: string;
}

export function makeDirectory(dir: string): Result<null, WriteFailure> {
  try {
    mkdirSync(dir, { recursive: true });
    return ok(null);
  } catch (error) {
    return err({ code: 'unwritable', message: `${dir}: could not make the directory: ${reason(error)}` });
  }
}

/** Writes the file, making its directory if need be; a file already there is replaced. */
export function writeOutputFile(path: string, text: string): Result<null, WriteFailure> {
  const dir = makeDirectory(dirname(path));
  if (!dir.ok) return dir;
  try {
    writeFileSync(path, text);
    return ok(null);
  } catch (error) {
    return err({ code: 'unwritable', message: `${path}: could not write the file: ${reason(error)}` });
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'part of the path is a file, not a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  return String((error as Error).message);
}
