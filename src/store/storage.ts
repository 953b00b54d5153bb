// The browser's storage can throw (a private window, a full quota, a blocked origin): every read
// and write goes through here, so no path of the store throws because of it.
import type { KeyValueStorage } from './contract';

export function readKey(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function writeKey(storage: KeyValueStorage, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeKey(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a key that cannot be removed is read and judged again next time.
  }
}
