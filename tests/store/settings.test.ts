// Settings persist on every change and fall back, field by field, when what is stored is bad.
import { describe, expect, it } from 'vitest';
import { readSettings, SETTINGS_KEY, writeSettings } from '../../src/store/settings';
import { motion } from '../../src/ui/theme';
import { MapStorage, makeStore } from './fixture';

const defaults = { lang: 'en', motion: 'system', aiPauseMs: motion.aiPause, projector: false };

describe('settings', () => {
  it('persist language and motion on every change', () => {
    const { store, storage } = makeStore();
    expect(store.getState().settings).toEqual(defaults);
    store.commands.setLang('es');
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? '')).toMatchObject({ lang: 'es' });
    store.commands.setMotion('reduced');
    const again = makeStore({ storage });
    expect(again.store.getState().settings).toEqual({ ...defaults, lang: 'es', motion: 'reduced' });
  });

  it('fall back to the defaults for whatever cannot be read', () => {
    const cases: [string, object][] = [
      ['not json', defaults],
      ['[1,2]', defaults],
      ['{"lang":"fr","motion":3,"aiPauseMs":-5}', defaults],
      ['{"lang":"es","motion":"full","aiPauseMs":"fast"}', { ...defaults, lang: 'es', motion: 'full' }],
      ['{"aiPauseMs":0}', { ...defaults, aiPauseMs: 0 }],
      ['{"aiPauseMs":1e9}', defaults],
    ];
    for (const [text, expected] of cases) {
      const storage = new MapStorage();
      storage.setItem(SETTINGS_KEY, text);
      expect(readSettings(storage, 'en'), text).toEqual(expected);
    }
  });

  it('start in the browser’s language when none is stored', () => {
    expect(readSettings(new MapStorage(), 'es').lang).toBe('es');
  });

  it('survive a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readSettings(throwing, 'en')).toEqual(defaults);
  });
});

describe('projector mode', () => {
  it('is off by default, kept when written, and a damaged value falls back alone', () => {
    const storage = new MapStorage();
    expect(readSettings(storage, 'en').projector).toBe(false);
    writeSettings(storage, { ...readSettings(storage, 'es'), projector: true });
    expect(readSettings(storage, 'en')).toMatchObject({ projector: true, lang: 'es' });
    storage.setItem(SETTINGS_KEY, JSON.stringify({ lang: 'es', projector: 'yes' }));
    expect(readSettings(storage, 'en')).toMatchObject({ projector: false, lang: 'es' });
  });
});
