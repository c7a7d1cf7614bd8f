/**
 * A session for an encounter plan: a fresh attempt, or the same scenario, profile, locale, mode and
 * seed with another attempt's first picks replayed (DESIGN.md decision 9: runs are deterministic).
 */
import { createSession, replayPicks, type Line, type ScenarioBundle, type Session } from '../engine/index.js';
import type { Profile } from '../protocols/profile.js';
import type { EncounterPlan } from './flow.js';

export function storyLocaleFor(plan: EncounterPlan, bundle: ScenarioBundle): string | undefined {
  const available = bundle.manifest.locales.filter((l) => bundle.stories[l] !== undefined);
  return available.includes(plan.locale) ? plan.locale : available[0];
}

/** The story so far, in order: the opening lines, then each replayed pick with the lines that followed it. */
export type BatchListener = (lines: readonly Line[], pickText?: string) => void;

export function startSession(plan: EncounterPlan, bundle: ScenarioBundle, profile: Profile, onBatch: BatchListener = () => {}): Session {
  const locale = storyLocaleFor(plan, bundle);
  const session = createSession({ scenario: bundle, profile, mode: plan.mode, seed: plan.seed, ...(locale ? { locale } : {}) });
  onBatch(session.next().lines);
  const picks = plan.replay?.picks ?? [];
  if (picks.length === 0) return session;
  let seen = 0;
  const stop = session.subscribe((step) => {
    const made = session.picks();
    if (made.length === seen) return;
    seen = made.length;
    onBatch(step.lines, made[made.length - 1]?.text ?? '');
  });
  try {
    replayPicks(session, picks);
  } finally {
    stop();
  }
  return session;
}
