/**
 * The encounter's observable state in words, for the state panel: what an officer on scene could
 * see and know. Breathing and responsiveness are what the officer found when they last checked
 * ("not checked yet" before that), never the hidden truth, unless the panel is a trainer's preview.
 * Oxygen debt is deliberately absent (DESIGN.md: shown to instructors, not trainees).
 */
import type { ObservableState } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { formatClock } from './format.js';

export interface StateRow {
  /** Stable id for styling and tests. */
  readonly id: 'clock' | 'breathing' | 'responsive' | 'signs' | 'doses' | 'ems' | 'caller' | 'trust' | 'agitation' | 'officer';
  readonly label: string;
  readonly value: string;
  /** Worth drawing the eye to: not breathing, an injury. */
  readonly alarming?: boolean;
}

/** 0-10 trust in six words: "none" only at 0, so any goodwill at all shows. */
export function trustLevel(trust: number): number {
  return trust <= 0 ? 0 : Math.min(5, Math.ceil(trust / 2));
}

/** 0-10 agitation in five words. */
export function agitationLevel(agitation: number): number {
  return Math.max(0, Math.min(4, Math.floor(agitation / 2)));
}

/** "On scene", "Not called", "Arriving", "About 4 minutes away". */
export function emsText(state: Pick<ObservableState, 'emsOnScene' | 'emsEtaMinutes'>, t: Translate): string {
  if (state.emsOnScene) return t('ui.state.emsOnScene');
  if (state.emsEtaMinutes === null) return t('ui.state.emsNotCalled');
  if (state.emsEtaMinutes === 0) return t('ui.state.emsArriving');
  return t('ui.state.emsEta', { count: state.emsEtaMinutes });
}

function officerRow(state: ObservableState, t: Translate): StateRow {
  const injuries = state.officerInjuries.map((injury) => t(`ui.injuries.${injury}`, { defaultValue: injury })).join(', ');
  return {
    id: 'officer',
    label: t('ui.state.officer'),
    value: state.officerInjured ? t('ui.state.officerInjured', { injuries }) : t('ui.state.officerUnhurt'),
    ...(state.officerInjured ? { alarming: true } : {}),
  };
}

export interface PanelOptions {
  /** Show the patient's true breathing and responsiveness (a trainer's preview), not what the officer has found. */
  readonly truth?: boolean;
}

/** A value the officer found a minute or more ago says how long ago. */
function found(value: string, at: number, state: ObservableState, t: Translate): string {
  const minutes = Math.floor((state.elapsedSeconds - at) / 60);
  return minutes >= 1 ? t('ui.state.checkedAgo', { value, count: minutes }) : value;
}

function breathingRow(state: ObservableState, t: Translate, truth: boolean): StateRow {
  const label = t('ui.state.breathing');
  const seen = state.perceived.breathing;
  // Death is plain to an officer beside the patient (and to the trainer's preview).
  if (state.dead && (truth || state.perceived.besidePatient)) return { id: 'breathing', label, value: t('ui.state.dead'), alarming: true };
  if (truth)
    return {
      id: 'breathing',
      label,
      value: t(`ui.breathing.${state.breathing}`),
      ...(state.breathing === 'none' ? { alarming: true } : {}),
    };
  if (seen === null) return { id: 'breathing', label, value: t('ui.state.notChecked') };
  return {
    id: 'breathing',
    label,
    value: found(t(`ui.breathing.${seen.value}`), seen.at, state, t),
    ...(seen.value === 'none' ? { alarming: true } : {}),
  };
}

function responsiveRow(state: ObservableState, t: Translate, truth: boolean): StateRow {
  const label = t('ui.state.responsive');
  const word = (yes: boolean): string => t(yes ? 'ui.state.yes' : 'ui.state.no');
  if (truth) return { id: 'responsive', label, value: word(state.responsive) };
  const seen = state.perceived.responsive;
  return { id: 'responsive', label, value: seen === null ? t('ui.state.notChecked') : found(word(seen.value), seen.at, state, t) };
}

/**
 * The rows of the state panel. `signs` are what the patient's face and body show, already in words
 * (the picture's description of lips, pupils, withdrawal): given, they make a row of their own.
 */
export function describeState(state: ObservableState, t: Translate, signs: readonly string[] = [], options: PanelOptions = {}): StateRow[] {
  const truth = options.truth === true;
  const clock: StateRow = { id: 'clock', label: t('ui.state.clock'), value: formatClock(state.elapsedSeconds) };
  if (state.kind === 'patdown') {
    return [
      clock,
      { id: 'trust', label: t('ui.state.trust'), value: t(`ui.state.trustLevels.${trustLevel(state.personTrust)}`) },
      {
        id: 'agitation',
        label: t('ui.state.agitation'),
        value: t(`ui.state.agitationLevels.${agitationLevel(state.personAgitation)}`),
        ...(state.personAgitation >= 6 ? { alarming: true } : {}),
      },
      officerRow(state, t),
    ];
  }
  const rows: StateRow[] = [
    clock,
    breathingRow(state, t, truth),
    responsiveRow(state, t, truth),
    ...(signs.length > 0 ? [{ id: 'signs', label: t('ui.state.signs'), value: signs.join(' ') } as const] : []),
    { id: 'doses', label: t('ui.state.doses'), value: String(state.dosesGiven) },
    { id: 'ems', label: t('ui.state.ems'), value: emsText(state, t) },
    {
      id: 'caller',
      label: t('ui.state.caller'),
      value: state.callerPresent
        ? t('ui.state.callerPresent', { trust: t(`ui.state.trustLevels.${trustLevel(state.callerTrust)}`) })
        : t('ui.state.callerLeft'),
    },
  ];
  if (state.officerInjured) rows.push(officerRow(state, t));
  return rows;
}
