// The built game for one test file: served before its first test, closed after its last.
import { afterAll, beforeAll } from 'vitest';
import { type Served, serveBuiltGame } from '../browser';

export function servedGame(): () => Served {
  let served: Served | null = null;
  beforeAll(async () => {
    served = await serveBuiltGame();
  }, 300_000);
  afterAll(async () => {
    await served?.close();
  });
  return () => {
    if (!served) throw new Error('the built game is not served yet (servedGame() runs in beforeAll)');
    return served;
  };
}
