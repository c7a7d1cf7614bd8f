/**
 * The signs on the patient's face and body in words, for the state panel: the same words the
 * canvas's description uses for the close-up (lip colour from time without oxygen, pinpoint pupils,
 * withdrawal), so a trainee who cannot see the picture reads what it shows.
 */
import type { ObservableState } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { describeSigns, hypoxiaLevel, type PictureFigures } from './scene-picture.js';

export function patientSigns(state: ObservableState, figures: PictureFigures, t: Translate): string[] {
  if (state.kind !== 'overdose') return [];
  return describeSigns(
    {
      dead: state.dead,
      responsive: state.responsive,
      withdrawal: state.withdrawal,
      hypoxia: hypoxiaLevel(state, figures.injuryAfterSeconds),
    },
    t,
  );
}
