/**
 * The title screen's settings, remembered on this device between visits (localStorage, like the
 * attempts never sent anywhere). Each field is read on its own and checked: a damaged or outdated
 * field falls back to its default and the others are kept. A new setting is one more entry in
 * FIELDS (the type checker asks for it).
 */
import { SUPPORTED_LOCALES } from '../i18n/resources.js';
import { TIME_FACTORS, type Settings } from './settings.js';

export const SETTINGS_KEY = 'good-call:settings';

/** Where settings are kept: `localStorage`, or a stand-in in tests. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LoadedSettings {
  readonly settings: Settings;
  /** Whether anything was ever chosen on this device: the title folds its settings away then. */
  readonly remembered: boolean;
}

type FieldReader = (value: unknown, context: { readonly profileIds: readonly string[] }) => Partial<Settings>;

const FIELDS: { readonly [Name in keyof Settings]-?: FieldReader } = {
  locale: (v) => (SUPPORTED_LOCALES.some((l) => l === v) ? { locale: v as Settings['locale'] } : {}),
  mode: (v) => (v === 'learn' || v === 'assess' ? { mode: v } : {}),
  traineeCode: (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= 32 ? { traineeCode: v.trim() } : {}),
  sound: (v) => (typeof v === 'boolean' ? { sound: v } : {}),
  volume: (v) => (typeof v === 'number' && v >= 0 && v <= 1 ? { volume: v } : {}),
  timeFactor: (v) => (TIME_FACTORS.some((f) => f === v) ? { timeFactor: v as number } : {}),
  profileId: (v, { profileIds }) => (typeof v === 'string' && profileIds.includes(v) ? { profileId: v } : {}),
  knowledgeCheck: (v) => (typeof v === 'boolean' ? { knowledgeCheck: v } : {}),
};

/** The saved settings over `defaults`; storage that is refused or unreadable gives the defaults. */
export function loadSettings(storage: SettingsStorage | undefined, defaults: Settings, profileIds: readonly string[]): LoadedSettings {
  let saved: unknown;
  try {
    const text = storage?.getItem(SETTINGS_KEY);
    if (text === null || text === undefined) return { settings: defaults, remembered: false };
    saved = JSON.parse(text);
  } catch {
    return { settings: defaults, remembered: false };
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return { settings: defaults, remembered: false };
  const record = saved as Record<string, unknown>;
  let settings: Settings = defaults;
  for (const [name, read] of Object.entries(FIELDS)) settings = { ...settings, ...read(record[name], { profileIds }) };
  return { settings, remembered: true };
}

/** Keeps `settings` for the next visit; a full or refused storage only means they are not remembered. */
export function saveSettings(storage: SettingsStorage | undefined, settings: Settings): void {
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private windows and full disks refuse storage: the game goes on with the settings in memory.
  }
}

/** This page's localStorage, when the browser lets the page have one. */
export function deviceSettingsStorage(): SettingsStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
