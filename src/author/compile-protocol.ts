/** Messages between the author page and its compile workers (one checks the text, one tries the stories). */
import type { Diagnostic } from '../engine/diagnostics.js';
import type { ScenarioManifest } from '../engine/scenario/manifest.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';
import type { WorkspaceCheck } from './check-workspace.js';
import type { Workspace } from './workspace.js';

export type CheckRequest =
  | { readonly kind: 'check'; readonly workspace: Workspace }
  /** Play the stories that compiled a little way down every branch (trial-run.ts). */
  | {
      readonly kind: 'trial';
      readonly manifest: ScenarioManifest;
      readonly stories: Readonly<Record<string, CompiledStory>>;
      readonly profile: Profile;
    };

export type CheckReply =
  | { readonly kind: 'check'; readonly ok: true; readonly check: WorkspaceCheck; readonly milliseconds: number }
  | { readonly kind: 'trial'; readonly ok: true; readonly diagnostics: readonly Diagnostic[] }
  /** The checker itself failed (a bug, not an authoring mistake). */
  | { readonly kind: 'check' | 'trial'; readonly ok: false; readonly message: string };
