/**
 * What the picture behind each screen shows, as plain data the Phaser scenes draw and a sentence a
 * screen reader reads from the canvas's label. Computed from the session, never the other way round.
 */
import type { Line, ObservableState, ScenarioKind } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { agitationLevel } from '../kit/describe-state.js';
import { formatClock } from '../kit/format.js';

/** The scene art a story can ask for with `#bg:`. */
export const PLACES = ['patrol_car', 'apartment', 'restroom', 'park_bench', 'traffic_stop'] as const;
export type Place = (typeof PLACES)[number];

/** 0: pink lips, 1: turning grey, 2: grey, 3: grey-blue (past the scenario's brain-injury time). */
export type Hypoxia = 0 | 1 | 2 | 3;

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
  /** How often the chest rises, from the engine's breathing; 0 when it does not. */
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

/**
 * Breaths a minute the picture shows. An adult at rest breathes 12 to 20 times a minute; an opioid
 * overdose slows it below 8, often far below; precipitated withdrawal speeds it up.
 */
export const BREATHS_PER_MINUTE = { normal: 14, slow: 5, none: 0, withdrawal: 22 } as const;

export function breathsPerMinute(state: Pick<ObservableState, 'breathing' | 'dead' | 'withdrawal'>): number {
  if (state.dead) return 0;
  if (state.breathing === 'normal' && state.withdrawal === 'severe') return BREATHS_PER_MINUTE.withdrawal;
  return BREATHS_PER_MINUTE[state.breathing];
}

/**
 * Lip colour from time without enough oxygen (the engine's oxygen debt against the scenario's
 * brain-injury time), and never pinker than the breathing allows: slow breathing already greys the
 * lips, none greys them more. Breathing normally again, the colour comes back.
 */
export function hypoxiaLevel(
  state: Pick<ObservableState, 'breathing' | 'dead' | 'oxygenDebtSeconds'>,
  injuryAfterSeconds: number,
): Hypoxia {
  if (state.dead) return 3;
  if (state.breathing === 'normal') return 0;
  const floor = state.breathing === 'slow' ? 1 : 2;
  const share = state.oxygenDebtSeconds / Math.max(1, injuryAfterSeconds);
  const byTime = share >= 1 ? 3 : share >= 0.5 ? 2 : share > 0 ? 1 : 0;
  return Math.max(floor, byTime) as Hypoxia;
}

function emsLabel(state: ObservableState, t: Translate): string | null {
  if (state.emsOnScene) return t('ui.audio.picture.emsOnScene');
  if (state.emsEtaMinutes === null) return null;
  if (state.emsEtaMinutes === 0) return t('ui.audio.picture.emsArriving');
  return t('ui.audio.picture.emsEta', { count: state.emsEtaMinutes });
}

export interface PictureFigures {
  /** The scenario's `injuryAfterSeconds`: when the lips reach their greyest. */
  readonly injuryAfterSeconds: number;
}

export function encounterPicture(state: ObservableState, place: Place, figures: PictureFigures, t: Translate): EncounterPicture {
  const perMinute = breathsPerMinute(state);
  return {
    screen: 'encounter',
    kind: state.kind,
    place,
    breathing: state.breathing,
    breathsPerMinute: perMinute,
    responsive: state.responsive,
    dead: state.dead,
    hypoxia: hypoxiaLevel(state, figures.injuryAfterSeconds),
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
