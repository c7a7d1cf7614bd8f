import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { flowMachine } from '../../src/ui/flow.js';
import { loadSettings, saveSettings, SETTINGS_KEY, type SettingsStorage } from '../../src/ui/saved-settings.js';
import type { Settings } from '../../src/ui/settings.js';
import { settingsSummary } from '../../src/ui/settings-summary.js';

const defaults: Settings = {
  locale: 'en',
  mode: 'learn',
  traineeCode: 'TR-AAAA-BBBB',
  sound: true,
  timeFactor: 1,
  profileId: 'model-policy',
};
const profiles = ['model-policy', 'limited-immunity'];

function memoryStorage(initial?: string): SettingsStorage & { text: () => string | null } {
  const items = new Map<string, string>(initial === undefined ? [] : [[SETTINGS_KEY, initial]]);
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    text: () => items.get(SETTINGS_KEY) ?? null,
  };
}

describe('the title settings remembered on the device', () => {
  it('gives the defaults, not remembered, when nothing was ever saved', () => {
    expect(loadSettings(memoryStorage(), defaults, profiles)).toEqual({ settings: defaults, remembered: false });
    expect(loadSettings(undefined, defaults, profiles)).toEqual({ settings: defaults, remembered: false });
  });

  it('reads back what was saved', () => {
    const storage = memoryStorage();
    const chosen: Settings = {
      ...defaults,
      locale: 'es',
      mode: 'assess',
      traineeCode: 'TR-CCCC-DDDD',
      sound: false,
      volume: 0.3,
      timeFactor: 2,
    };
    saveSettings(storage, { ...chosen, profileId: 'limited-immunity' });
    expect(loadSettings(storage, defaults, profiles)).toEqual({ settings: { ...chosen, profileId: 'limited-immunity' }, remembered: true });
  });

  it('keeps the good fields of a damaged record and defaults the others', () => {
    const storage = memoryStorage(
      JSON.stringify({
        locale: 'fr',
        mode: 'assess',
        traineeCode: '',
        sound: 'yes',
        volume: 7,
        timeFactor: 3,
        profileId: 'gone',
        extra: 1,
      }),
    );
    expect(loadSettings(storage, defaults, profiles)).toEqual({ settings: { ...defaults, mode: 'assess' }, remembered: true });
  });

  it('treats unreadable text or refused storage as nothing saved, and a refused save as harmless', () => {
    expect(loadSettings(memoryStorage('{not json'), defaults, profiles).remembered).toBe(false);
    expect(loadSettings(memoryStorage('[1,2]'), defaults, profiles).remembered).toBe(false);
    const refusing: SettingsStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(refusing, defaults, profiles)).toEqual({ settings: defaults, remembered: false });
    expect(() => saveSettings(refusing, defaults)).not.toThrow();
  });
});

describe('the line that sums up the folded settings', () => {
  it('names the mode, the language, the sound and the trainee code, in the reader language', () => {
    expect(settingsSummary(createTranslator('en'), defaults)).toBe('Learn mode · English · sound on · trainee code TR-AAAA-BBBB');
    expect(settingsSummary(createTranslator('es'), { ...defaults, locale: 'es', mode: 'assess', timeFactor: 2, sound: false })).toBe(
      'Modo Evaluar, reloj ×2 · Español · sonido desactivado · código de participante TR-AAAA-BBBB',
    );
  });
});

describe('whether the settings were chosen before', () => {
  it('starts as the device remembers and becomes true on the first change', () => {
    const fresh = createActor(flowMachine, { input: { settings: defaults } }).start();
    expect(fresh.getSnapshot().context.settingsRemembered).toBe(false);
    fresh.send({ type: 'change settings', settings: { mode: 'assess' } });
    expect(fresh.getSnapshot().context.settingsRemembered).toBe(true);
    const back = createActor(flowMachine, { input: { settings: defaults, settingsRemembered: true } }).start();
    expect(back.getSnapshot().context.settingsRemembered).toBe(true);
  });
});
