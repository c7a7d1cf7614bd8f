/**
 * The encounter's observable state in words, for the state panel: what an officer on scene could
 * see and know. Oxygen debt is deliberately absent (DESIGN.md: shown to instructors, not trainees).
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

/**
 * The rows of the state panel. `signs` are what the patient's face and body show, already in words
 * (the picture's description of lips, pupils, withdrawal): given, they make a row of their own.
 */
export function describeState(state: ObservableState, t: Translate, signs: readonly string[] = []): StateRow[] {
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
    state.dead
      ? { id: 'breathing', label: t('ui.state.breathing'), value: t('ui.state.dead'), alarming: true }
      : {
          id: 'breathing',
          label: t('ui.state.breathing'),
          value: t(`ui.breathing.${state.breathing}`),
          ...(state.breathing === 'none' ? { alarming: true } : {}),
        },
    { id: 'responsive', label: t('ui.state.responsive'), value: t(state.responsive ? 'ui.state.yes' : 'ui.state.no') },
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
