/**
 * What the picture behind each screen shows, as plain data the Phaser scenes draw and a sentence a
 * screen reader reads from the canvas's label. Computed from the session, never the other way round.
 */
import type { Hypoxia, Line, LogEntry, ObservableState, ScenarioKind } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { agitationLevel } from '../kit/describe-state.js';
import { formatClock } from '../kit/format.js';
import { stagingOf, type Staging } from './scene-staging.js';

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

export interface EncounterPicture extends Staging {
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
  /** What the officer has found of the breathing and responsiveness (null: not checked), and whether the face can be seen. */
  readonly seen: {
    readonly breathing: ObservableState['breathing'] | null;
    readonly responsive: boolean | null;
    readonly signs: boolean;
  };
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

/** The picture of an encounter: the engine's state, with the people placed as the session's log implies (scene-staging.ts). */
export function encounterPicture(state: ObservableState, place: Place, t: Translate, log: readonly LogEntry[] = []): EncounterPicture {
  const perMinute = state.breathsPerMinute;
  const { perceived } = state;
  return {
    screen: 'encounter',
    ...stagingOf(log, state),
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
    seen: {
      breathing: perceived.breathing?.value ?? null,
      responsive: perceived.responsive?.value ?? null,
      signs: perceived.signsVisible,
    },
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

function describePatient(p: EncounterPicture, t: Translate): string {
  if (p.dead && p.seen.signs) return t('ui.scene.patientDead');
  switch (p.posture) {
    case 'sitting':
      return t('ui.scene.patientAwake');
    case 'stretcher':
      return t('ui.scene.patientOnStretcher');
    case 'recovery':
      return t('ui.scene.patientRecovery');
    case 'on_back':
      // How they breathe is said once the officer has looked, as they found it.
      return p.seen.breathing === null ? t('ui.scene.patientLying') : t(`ui.scene.patientBreathing.${p.seen.breathing}`);
  }
}

const OFFICER_WORDS = {
  door: 'ui.scene.officerAtDoor',
  beside: 'ui.scene.officer',
  back: 'ui.scene.officerBack',
  with_medics: 'ui.scene.officerWithMedics',
} as const;

const HANDS_WORDS = {
  raised: 'ui.scene.personHandsRaised',
  waistband: 'ui.scene.personWaistband',
  emptying: 'ui.scene.personEmptying',
  leaving: 'ui.scene.personLeaving',
} as const;

function describeEncounter(p: EncounterPicture, t: Translate): string[] {
  const words = [t(`ui.scene.places.${p.place}`)];
  // On the way to the call: the scene itself is not in sight yet.
  if (p.place === 'patrol_car') return p.emsCalled && !p.emsOnScene ? [...words, t('ui.scene.emsComing')] : words;
  if (p.kind === 'overdose') {
    words.push(describePatient(p, t));
    // The face is described once the officer is close enough to see it.
    if (p.seen.signs) words.push(...describeSigns(p, t));
    if (p.officer !== 'gone') words.push(t(OFFICER_WORDS[p.officer]));
    if (p.care === 'cpr') words.push(t('ui.scene.officerCpr'));
    else if (p.care === 'rescue_breathing') words.push(t('ui.scene.officerRescueBreathing'));
    if (p.caller !== 'gone') words.push(t(p.caller === 'phone' ? 'ui.scene.callerOnPhone' : 'ui.scene.callerStanding'));
    if (p.emsOnScene) words.push(t('ui.scene.emsOnScene'));
    else if (p.emsCalled) words.push(t('ui.scene.emsComing'));
  } else {
    words.push(t('ui.scene.person'));
    words.push(t(p.agitation <= 1 ? 'ui.scene.personCalm' : p.agitation === 2 ? 'ui.scene.personTense' : 'ui.scene.personAgitated'));
    if (p.hands in HANDS_WORDS) words.push(t(HANDS_WORDS[p.hands as keyof typeof HANDS_WORDS]));
    if (p.distance === 'close' && p.officer !== 'gone') words.push(t('ui.scene.officerClose'));
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
