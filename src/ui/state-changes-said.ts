/**
 * What a screen reader is told when the scene changes between two updates of the session. In assess
 * mode the clock alone can change the patient, and no line of the story says so; the state panel is
 * redrawn, not read out. Only what the officer has perceived is said (the engine's perceived state:
 * what the last check found, a patient waking or going limp beside them, a death they are beside),
 * never the hidden truth, and once: the clock ticking is not news, a first finding is the story's to
 * tell, and nothing more is said about a patient who has died.
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

/** The parts of the state worth saying aloud when they change; `null`: the officer has not checked. */
export interface WatchedState extends Pick<ObservableState, 'pulse' | 'dead' | 'emsOnScene' | 'callerPresent'> {
  readonly breathing: ObservableState['breathing'] | null;
  readonly responsive: boolean | null;
}

/** What the officer has perceived of the state: the last checks' findings; pulse and death only from beside the patient. */
export function perceivedWatch(state: ObservableState): WatchedState {
  const { perceived } = state;
  const beside = perceived.besidePatient;
  return {
    breathing: perceived.breathing?.value ?? null,
    responsive: perceived.responsive?.value ?? null,
    pulse: beside ? state.pulse : true,
    dead: beside && state.dead,
    emsOnScene: state.emsOnScene,
    callerPresent: state.callerPresent,
  };
}

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
    // A first finding (from "not checked") is told by the story's lines about the check.
    if (before.breathing !== null && after.breathing !== null && after.breathing !== before.breathing)
      changes.push(breathingChange(before.breathing, after.breathing));
    if (after.pulse !== before.pulse) changes.push(after.pulse ? 'pulseBack' : 'pulseLost');
    if (before.responsive !== null && after.responsive !== null && after.responsive !== before.responsive)
      changes.push(after.responsive ? 'responding' : 'stoppedResponding');
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

/** What the officer perceived change between two moments of a session, in sentences (see `perceivedWatch`). */
export function sayPerceivedChanges(before: ObservableState, after: ObservableState, t: Translate): string {
  return sayStateChanges(perceivedWatch(before), perceivedWatch(after), t);
}
