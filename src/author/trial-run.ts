/**
 * The author preview's trial run, in its compile worker: each story that compiled is played a little
 * way down every branch (breadth-first from session snapshots, a bounded number of points), so that a
 * story that runs away (a loop with no choice, recursion, a tunnel into itself, behind a condition the
 * compiler cannot see through) or hits an Ink runtime error is listed at its line before the trainer
 * plays it. The engine's step budget stops every such story, counted, never timed.
 */
import { ScenarioError, type Diagnostic } from '../engine/diagnostics.js';
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { Session, SessionSnapshot } from '../engine/session.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';
import type { ScenarioManifest } from '../engine/scenario/manifest.js';
import { scoredSession } from '../protocols/scored-session.js';

/** Points of the story tried from, per story: enough for the opening branches of a shipped scenario, quick on an old laptop. */
export const TRIAL_POINTS = 60;

function problemsOf(error: unknown, file: string): Diagnostic[] {
  if (error instanceof ScenarioError) return [...error.diagnostics];
  return [{ file, severity: 'error', message: `the story stopped: ${error instanceof Error ? error.message : String(error)}` }];
}

/** The first problem met on the way down the story's branches, if any. */
export function trialRun(manifest: ScenarioManifest, locale: string, story: CompiledStory, profile: Profile): Diagnostic[] {
  const file = `${locale}.ink`;
  const bundle: ScenarioBundle = { manifest, stories: { [locale]: story } };
  let session: Session;
  try {
    session = scoredSession({ scenario: bundle, profile, locale });
  } catch (error) {
    return problemsOf(error, file);
  }
  const waiting: SessionSnapshot[] = [session.snapshot()];
  let tried = 0;
  while (waiting.length > 0 && tried < TRIAL_POINTS) {
    const point = waiting.shift()!;
    tried++;
    const choices = session.load(point).choices;
    for (const choice of choices) {
      session.load(point);
      try {
        const step = session.choose(choice.index);
        if (!step.ended) waiting.push(session.snapshot());
      } catch (error) {
        return problemsOf(error, file);
      }
    }
  }
  return [];
}
