/**
 * Live reload's message: what the dev server tells the running game when a trainer saves a scenario
 * file. The Ink plugin (src/tooling/vite-plugin-ink.ts) compiles or reads the file and sends one of
 * these; the catalogue applies it. Types and a name only, so both sides may import it.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';

export const SCENARIO_FILE_CHANGED = 'good-call:scenario-file-changed';

export type ScenarioFileChange =
  /** `<folder>/<locale>.ink` compiled again without error. */
  | { readonly kind: 'story'; readonly scenarioId: string; readonly locale: string; readonly file: string; readonly story: CompiledStory }
  /** `<folder>/scenario.json` read again: valid JSON, checked field by field by the catalogue. */
  | { readonly kind: 'manifest'; readonly scenarioId: string; readonly file: string; readonly manifest: unknown }
  /** The saved file has errors: the game keeps playing the last good version and shows these. */
  | { readonly kind: 'problems'; readonly scenarioId: string; readonly file: string; readonly diagnostics: readonly Diagnostic[] };

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    [SCENARIO_FILE_CHANGED]: ScenarioFileChange;
  }
}
