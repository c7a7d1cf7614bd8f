/**
 * i18next instances for the game and the tools: never the global instance, always created here,
 * synchronously, from the bundled resources.
 */
import i18next, { type i18n } from 'i18next';
import { RESOURCES, SUPPORTED_LOCALES, type SupportedLocale } from './resources.js';

export function createI18n(locale: string): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: closestLocale([locale]),
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LOCALES],
    resources: RESOURCES,
    initAsync: false,
    // Text is always rendered with textContent, never as HTML, so i18next need not escape it.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

export type Translate = (key: string, values?: Readonly<Record<string, unknown>>) => string;

export function createTranslator(locale: string): Translate {
  const instance = createI18n(locale);
  return (key, values) => instance.t(key, { ...values });
}

/** The shipped locale closest to a list of preferred languages (`navigator.languages`). */
export function closestLocale(preferred: readonly string[]): SupportedLocale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const found = SUPPORTED_LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}
