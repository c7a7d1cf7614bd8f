/**
 * The game page's strings, one language at a time: a trainee downloads only the language they play
 * in, and another only when they choose it on the title screen.
 */
import type { StringTree, SupportedLocale } from './resources.js';
import { isLocaleRegistered, registerStrings } from './translator.js';

const CORE: Record<SupportedLocale, () => Promise<{ default: StringTree }>> = {
  en: () => import('./parts/en-core.js'),
  es: () => import('./parts/es-core.js'),
};

const loading = new Map<SupportedLocale, Promise<void>>();

export function loadGameLocale(locale: SupportedLocale): Promise<void> {
  if (isLocaleRegistered(locale)) return Promise.resolve();
  let load = loading.get(locale);
  if (!load) {
    load = CORE[locale]().then(
      (part) => registerStrings(locale, part.default),
      (error: unknown) => {
        // A failed download (offline before the service worker cached it) may be tried again later.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, load);
  }
  return load;
}
