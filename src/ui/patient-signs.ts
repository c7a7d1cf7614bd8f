/**
 * The signs on the patient's face and body in words, for the state panel: the same words the
 * canvas's description uses for the close-up (the engine's lip colour, pinpoint pupils, withdrawal),
 * so a trainee who cannot see the picture reads what it shows. Nothing until the officer is close
 * enough to see the face (OD-RECOGNIZE is the trainee's to do).
 */
import type { ObservableState } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { describeSigns } from './scene-picture.js';

export function patientSigns(state: ObservableState, t: Translate): string[] {
  if (state.kind !== 'overdose' || !state.perceived.signsVisible) return [];
  return describeSigns(state, t);
}
