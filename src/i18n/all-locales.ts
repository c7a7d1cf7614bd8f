/**
 * Every language with every part, for the command line and the tests. The pages register only the
 * parts they show (load-game-locale.ts for the game, registerPageStrings for the others).
 */
import enAuthor from './parts/en-author.js';
import enCore from './parts/en-core.js';
import enDashboard from './parts/en-dashboard.js';
import esAuthor from './parts/es-author.js';
import esCore from './parts/es-core.js';
import esDashboard from './parts/es-dashboard.js';
import { mergeStrings, type StringTree, type SupportedLocale } from './resources.js';
import { registerPageStrings } from './translator.js';

const PARTS: Readonly<Record<SupportedLocale, StringTree>>[] = [
  { en: enCore, es: esCore },
  { en: enDashboard, es: esDashboard },
  { en: enAuthor, es: esAuthor },
];

/** Each language's whole strings, every part merged, as a translator sees them. */
export const ALL_STRINGS: Readonly<Record<SupportedLocale, StringTree>> = {
  en: PARTS.map((p) => p.en).reduce(mergeStrings, {}),
  es: PARTS.map((p) => p.es).reduce(mergeStrings, {}),
};

export function registerAllLocales(): void {
  registerPageStrings(...PARTS);
}
