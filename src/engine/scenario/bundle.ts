import type { CompiledStory } from '../story/compiled-story.js';
import type { ScenarioManifest } from './manifest.js';

/** A scenario ready to play: its manifest and one compiled story per locale. */
export interface ScenarioBundle {
  readonly manifest: ScenarioManifest;
  /** Compiled stories by locale; a locale listed in the manifest may be missing if it failed to compile. */
  readonly stories: Readonly<Record<string, CompiledStory>>;
}
