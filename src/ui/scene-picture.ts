/**
 * What the picture behind each screen shows, as plain data the Phaser scenes draw and a sentence a
 * screen reader reads from the canvas's label. Computed from the session, never the other way round.
 */
import type { Hypoxia, Line, ObservableState, ScenarioKind } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { agitationLevel } from '../kit/describe-state.js';
import { formatClock } from '../kit/format.js';

/** The scene art a story can ask for with `#bg:`. */
export const PLACES = ['patrol_car', 'apartment', 'restroom', 'park_bench', 'traffic_stop'] as const;
export type Place = (typeof PLACES)[number];

/** The words drawn into the picture, already translated. */
export interface PictureLabels {
  /** Time on scene: redrawn in place every simulated second, never restarting the animation. */
  readonly clock: string;
  /** EMS's arrival, once called. */
  readonly ems: string | null;
  /** The breathing rate, written beside a still chest when motion is reduced. */
  readonly breathing: string;
  readonly closeUp: string;
}

export interface EncounterPicture {
  readonly screen: 'encounter';
  readonly kind: ScenarioKind;
  readonly place: Place;
  readonly breathing: ObservableState['breathing'];
  /** How often the chest rises (the engine's `breathsPerMinute`); 0 when it does not. */
  readonly breathsPerMinute: number;
  readonly responsive: boolean;
  readonly dead: boolean;
  readonly hypoxia: Hypoxia;
  readonly withdrawal: ObservableState['withdrawal'];
  readonly emsCalled: boolean;
  readonly emsOnScene: boolean;
  /** 0 calm .. 4 very agitated (pat-downs). */
  readonly agitation: number;
  readonly officerOnScene: boolean;
  readonly callerPresent: boolean;
  readonly labels: PictureLabels;
}

export type ScenePicture =
  | { readonly screen: 'title' }
  | { readonly screen: 'menu' }
  | { readonly screen: 'briefing'; readonly kind: ScenarioKind }
  | EncounterPicture
  | { readonly screen: 'debrief'; readonly passed: boolean };

export function isPlace(value: string | undefined): value is Place {
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

function emsLabel(state: ObservableState, t: Translate): string | null {
  if (state.emsOnScene) return t('ui.audio.picture.emsOnScene');
  if (state.emsEtaMinutes === null) return null;
  if (state.emsEtaMinutes === 0) return t('ui.audio.picture.emsArriving');
  return t('ui.audio.picture.emsEta', { count: state.emsEtaMinutes });
}

export function encounterPicture(state: ObservableState, place: Place, t: Translate): EncounterPicture {
  const perMinute = state.breathsPerMinute;
  return {
    screen: 'encounter',
    kind: state.kind,
    place,
    breathing: state.breathing,
    breathsPerMinute: perMinute,
    responsive: state.responsive,
    dead: state.dead,
    hypoxia: state.hypoxia,
    withdrawal: state.withdrawal,
    emsCalled: state.emsCalled,
    emsOnScene: state.emsOnScene,
    agitation: agitationLevel(state.personAgitation),
    officerOnScene: state.officerOnScene,
    callerPresent: state.callerPresent,
    labels: {
      clock: t('ui.audio.picture.clock', { time: formatClock(state.elapsedSeconds) }),
      ems: emsLabel(state, t),
      breathing: perMinute > 0 ? t('ui.audio.picture.breathsPerMinute', { count: perMinute }) : t('ui.audio.picture.noBreaths'),
      closeUp: t('ui.audio.picture.closeUp'),
    },
  };
}

/** What the close-up and the people show, in words, after the place and the patient's breathing; the state panel's signs too. */
export function describeSigns(p: Pick<EncounterPicture, 'dead' | 'responsive' | 'hypoxia' | 'withdrawal'>, t: Translate): string[] {
  const words: string[] = [];
  if (p.dead) return words;
  if (!p.responsive) {
    if (p.hypoxia === 3) words.push(t('ui.audio.picture.lipsAshen'));
    else if (p.hypoxia === 2) words.push(t('ui.audio.picture.lipsGrey'));
    else if (p.hypoxia === 1) words.push(t('ui.audio.picture.lipsDusky'));
    words.push(t('ui.audio.picture.eyesPinpoint'));
  } else if (p.withdrawal !== 'none') {
    words.push(t(p.withdrawal === 'severe' ? 'ui.audio.picture.withdrawalSevere' : 'ui.audio.picture.withdrawalMild'));
  }
  return words;
}

function describeEncounter(p: EncounterPicture, t: Translate): string[] {
  const words = [t(`ui.scene.places.${p.place}`)];
  // On the way to the call: the scene itself is not in sight yet.
  if (p.place === 'patrol_car') return p.emsCalled && !p.emsOnScene ? [...words, t('ui.scene.emsComing')] : words;
  if (p.kind === 'overdose') {
    if (p.dead) words.push(t('ui.scene.patientDead'));
    else if (p.responsive) words.push(t('ui.scene.patientAwake'));
    else words.push(t(`ui.scene.patientBreathing.${p.breathing}`));
    words.push(...describeSigns(p, t));
    if (p.officerOnScene) words.push(t('ui.scene.officer'));
    if (p.callerPresent) words.push(t('ui.audio.picture.callerPresent'));
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
