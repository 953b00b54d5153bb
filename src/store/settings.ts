// The person's settings, kept apart from the save so that discarding a broken save loses nothing
// else. Read once when the store starts and checked field by field: a setting that cannot be read
// falls back to its default on its own, the others stay.
import { type KeyValueStorage, LANGS, type Lang, type Settings } from './contract';

/** How long an AI move waits before it is shown, unless the person changes it. */
export const DEFAULT_AI_PAUSE_MS = 900;

import { readKey, writeKey } from './storage';

export const SETTINGS_KEY = 'deadline-diplomacy/settings/v1';

const MOTIONS: readonly Settings['motion'][] = ['system', 'full', 'reduced'];
/** Longer than this is a stuck game, not a pause. */
const MAX_AI_PAUSE_MS = 10_000;

export function defaultSettings(lang: Lang): Settings {
  return { lang, motion: 'system', aiPauseMs: DEFAULT_AI_PAUSE_MS, projector: false };
}

export function readSettings(storage: KeyValueStorage, defaultLang: Lang): Settings {
  const defaults = defaultSettings(defaultLang);
  const text = readKey(storage, SETTINGS_KEY);
  if (text === null) return defaults;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaults;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return defaults;
  const { lang, motion: moves, aiPauseMs, projector } = json as Record<string, unknown>;
  return {
    lang: LANGS.find((l) => l === lang) ?? defaults.lang,
    motion: MOTIONS.find((m) => m === moves) ?? defaults.motion,
    aiPauseMs:
      typeof aiPauseMs === 'number' &&
      Number.isFinite(aiPauseMs) &&
      aiPauseMs >= 0 &&
      aiPauseMs <= MAX_AI_PAUSE_MS
        ? aiPauseMs
        : defaults.aiPauseMs,
    projector: typeof projector === 'boolean' ? projector : defaults.projector,
  };
}

/** False when the storage refused the write (full, or blocked): the settings still apply now. */
export function writeSettings(storage: KeyValueStorage, settings: Settings): boolean {
  const { lang, motion: moves, aiPauseMs, projector } = settings;
  return writeKey(storage, SETTINGS_KEY, JSON.stringify({ lang, motion: moves, aiPauseMs, projector }));
}
