/**
 * What a screen reader is told when the scene changes between two updates of the session. In assess
 * mode the clock alone can stop a patient's breathing, and no line of the story says so; the state
 * panel is redrawn, not read out. Only what an officer on scene would notice is said, once: the clock
 * ticking is not news, and neither is anything about a patient who has died.
 */
import type { ObservableState } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';

export type StateChange =
  | 'died'
  | 'stoppedBreathing'
  | 'breathingAgain'
  | 'breathingSlowed'
  | 'breathingNormal'
  | 'stoppedResponding'
  | 'responding'
  | 'pulseLost'
  | 'pulseBack'
  | 'emsOnScene'
  | 'callerLeft'
  | 'callerBack';

/** The parts of the state worth saying aloud when they change. */
export type WatchedState = Pick<ObservableState, 'breathing' | 'responsive' | 'pulse' | 'dead' | 'emsOnScene' | 'callerPresent'>;

function breathingChange(before: ObservableState['breathing'], after: ObservableState['breathing']): StateChange {
  if (after === 'none') return 'stoppedBreathing';
  if (after === 'normal') return 'breathingNormal';
  return before === 'none' ? 'breathingAgain' : 'breathingSlowed';
}

/** What changed from `before` to `after`, the patient first (death says everything about them). */
export function stateChanges(before: WatchedState, after: WatchedState): StateChange[] {
  const changes: StateChange[] = [];
  if (after.dead && !before.dead) changes.push('died');
  else if (!after.dead) {
    if (after.breathing !== before.breathing) changes.push(breathingChange(before.breathing, after.breathing));
    if (after.pulse !== before.pulse) changes.push(after.pulse ? 'pulseBack' : 'pulseLost');
    if (after.responsive !== before.responsive) changes.push(after.responsive ? 'responding' : 'stoppedResponding');
  }
  if (after.emsOnScene && !before.emsOnScene) changes.push('emsOnScene');
  if (after.callerPresent !== before.callerPresent) changes.push(after.callerPresent ? 'callerBack' : 'callerLeft');
  return changes;
}

/** The changes in sentences, in the UI's language; empty when nothing worth saying changed. */
export function sayStateChanges(before: WatchedState, after: WatchedState, t: Translate): string {
  return stateChanges(before, after)
    .map((change) => t(`ui.encounter.changes.${change}`))
    .join(' ');
}
