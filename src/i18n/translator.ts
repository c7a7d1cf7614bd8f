/**
 * i18next instances for the game and the tools: never the global instance, always created here,
 * synchronously, from the strings this page has registered. A page registers the languages and
 * parts it shows before it translates anything (the game loads its language on demand,
 * load-game-locale.ts; the other pages and the command line register theirs as they start).
 */
import i18next, { type i18n, type Resource } from 'i18next';
import { mergeStrings, SUPPORTED_LOCALES, type StringTree, type SupportedLocale } from './resources.js';

const registered = new Map<SupportedLocale, StringTree>();

/** Adds a part of one language's strings (resources.ts) to what every later translator can say. */
export function registerStrings(locale: SupportedLocale, part: StringTree): void {
  registered.set(locale, mergeStrings(registered.get(locale) ?? {}, part));
}

/** A page's parts in every language, as it starts: each part given as `{ en, es }`. */
export function registerPageStrings(...parts: readonly Readonly<Record<SupportedLocale, StringTree>>[]): void {
  for (const part of parts) for (const locale of SUPPORTED_LOCALES) registerStrings(locale, part[locale]);
}

export function isLocaleRegistered(locale: SupportedLocale): boolean {
  return registered.has(locale);
}

/** English first; then any language this page has, so a language not loaded yet speaks the page's own. */
const FALLBACKS: readonly SupportedLocale[] = ['en', ...SUPPORTED_LOCALES.filter((l) => l !== 'en')];

/**
 * The language a translator asked for `locale` actually speaks: itself once registered, else the
 * first fallback this page has (as createI18n falls back), so the page's `lang` names what it shows.
 */
export function spokenLocale(locale: string): SupportedLocale {
  const wanted = closestLocale([locale]);
  return [wanted, ...FALLBACKS].find((l) => registered.has(l)) ?? wanted;
}

export function createI18n(locale: string): i18n {
  if (registered.size === 0) throw new Error('No language is registered: a page registers its strings before it translates');
  const resources: Resource = {};
  for (const [lng, strings] of registered) resources[lng] = { translation: strings };
  const instance = i18next.createInstance();
  void instance.init({
    lng: closestLocale([locale]),
    fallbackLng: [...FALLBACKS],
    supportedLngs: [...SUPPORTED_LOCALES],
    resources,
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
