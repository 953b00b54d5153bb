// Reading a scenario from disk: the only place the loader meets the file system.
import { readFileSync } from 'node:fs';
import { type LoadResult, parseScenario } from '../scenario/load';

export function loadScenarioFile(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    return {
      ok: false,
      problems: [
        {
          code: 'read-failed',
          file: path,
          line: 1,
          col: 1,
          path: '',
          message: `cannot read the file: ${reason}`,
        },
      ],
    };
  }
  return parseScenario(text, path);
}
