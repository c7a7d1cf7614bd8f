/**
 * The shape of Good Call's strings (everything that is not scenario prose). The UI's strings are
 * split by feature (`ui.audio.*` lives in `audio.json`, and so on) so each file stays readable, and
 * into parts by page, so that a page downloads only what it shows, in its own language: `core` is
 * everything the game page says (src/i18n/parts/*-core.ts), `dashboard` and `author` what only the
 * instructor dashboard and the author preview add.
 */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** One language's strings, or a part of them: nested objects of strings. */
export interface StringTree {
  readonly [key: string]: string | StringTree;
}

/** Feature files mounted under `ui`, each at its own key (`audio.json` at `ui.audio`). */
interface CoreFiles {
  readonly ui: StringTree;
  readonly audio: StringTree;
  readonly storage: StringTree;
  readonly exports: StringTree;
  readonly instructor: StringTree;
  readonly lms: StringTree;
  readonly refresher: StringTree;
  readonly knowledge: StringTree;
  /** The play notes after a scenario changed under a running attempt: the game's, though filed with the author's strings. */
  readonly liveReload: StringTree;
  readonly rules: StringTree;
}

export function coreStrings(files: CoreFiles): StringTree {
  const { ui, rules, liveReload, ...features } = files;
  return { ui: { ...ui, ...features, author: { liveReload } }, rules };
}

export const dashboardStrings = (dashboard: StringTree): StringTree => ({ ui: { dashboard } });

export const authorStrings = (author: StringTree): StringTree => ({ ui: { author } });

const isTree = (value: string | StringTree | undefined): value is StringTree => typeof value === 'object';

/** Two parts of one language together; where both have an object at a key, their keys together. */
export function mergeStrings(into: StringTree, part: StringTree): StringTree {
  const merged: Record<string, string | StringTree> = { ...into };
  for (const [key, value] of Object.entries(part)) {
    const existing = merged[key];
    merged[key] = isTree(existing) && isTree(value) ? mergeStrings(existing, value) : value;
  }
  return merged;
}
