/**
 * What the picture behind each screen shows, as plain data the Phaser scenes draw and a sentence a
 * screen reader reads from the canvas's label. Computed from the session, never the other way round.
 */
import type { Line, ObservableState, ScenarioKind } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { agitationLevel } from './describe-state.js';

/** The scene art a story can ask for with `#bg:`. */
export const PLACES = ['patrol_car', 'apartment', 'restroom', 'park_bench', 'traffic_stop'] as const;
export type Place = (typeof PLACES)[number];

export interface EncounterPicture {
  readonly screen: 'encounter';
  readonly kind: ScenarioKind;
  readonly place: Place;
  readonly breathing: ObservableState['breathing'];
  readonly responsive: boolean;
  readonly dead: boolean;
  readonly emsCalled: boolean;
  readonly emsOnScene: boolean;
  /** 0 calm .. 4 very agitated (pat-downs). */
  readonly agitation: number;
  readonly officerOnScene: boolean;
}

export type ScenePicture =
  | { readonly screen: 'title' }
  | { readonly screen: 'menu' }
  | { readonly screen: 'briefing'; readonly kind: ScenarioKind }
  | EncounterPicture
  | { readonly screen: 'debrief'; readonly passed: boolean };

function isPlace(value: string | undefined): value is Place {
  return (PLACES as readonly string[]).includes(value ?? '');
}

export function defaultPlace(kind: ScenarioKind): Place {
  return kind === 'overdose' ? 'apartment' : 'traffic_stop';
}

/** The latest `#bg` among lines that names a place we can draw, if any. */
export function lastPlace(lines: readonly Line[]): Place | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const bg = lines[i]?.bg;
    if (isPlace(bg)) return bg;
  }
  return undefined;
}

export function encounterPicture(state: ObservableState, place: Place): EncounterPicture {
  return {
    screen: 'encounter',
    kind: state.kind,
    place,
    breathing: state.breathing,
    responsive: state.responsive,
    dead: state.dead,
    emsCalled: state.emsCalled,
    emsOnScene: state.emsOnScene,
    agitation: agitationLevel(state.personAgitation),
    officerOnScene: state.officerOnScene,
  };
}

function describeEncounter(p: EncounterPicture, t: Translate): string[] {
  const words = [t(`ui.scene.places.${p.place}`)];
  if (p.kind === 'overdose') {
    if (p.dead) words.push(t('ui.scene.patientDead'));
    else if (p.responsive) words.push(t('ui.scene.patientAwake'));
    else words.push(t(`ui.scene.patientBreathing.${p.breathing}`));
    if (p.officerOnScene) words.push(t('ui.scene.officer'));
    if (p.emsOnScene) words.push(t('ui.scene.emsOnScene'));
    else if (p.emsCalled) words.push(t('ui.scene.emsComing'));
  } else {
    words.push(t('ui.scene.person'));
    words.push(t(p.agitation <= 1 ? 'ui.scene.personCalm' : p.agitation === 2 ? 'ui.scene.personTense' : 'ui.scene.personAgitated'));
  }
  return words;
}

export function describeScene(picture: ScenePicture, t: Translate): string {
  switch (picture.screen) {
    case 'title':
      return t('ui.scene.title');
    case 'menu':
      return t('ui.scene.menu');
    case 'briefing':
      return t('ui.scene.briefing');
    case 'debrief':
      return t(picture.passed ? 'ui.scene.debriefPassed' : 'ui.scene.debriefFailed');
    case 'encounter':
      return describeEncounter(picture, t).join(' ');
  }
}
