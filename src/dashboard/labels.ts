/**
 * How the dashboard names things in the instructor's language: scenarios and profiles by their own
 * titles when this build ships them (else by id: an import may come from another agency's build),
 * rules by their titles, numbers, percentages and dates by the locale's conventions.
 */
import type { CatalogueEntry } from '../game/catalogue.js';
import type { Translate } from '../i18n/translator.js';
import { profileText, type Profile } from '../engine/scoring/profile.js';
import { scenarioTitle } from '../kit/scenario-text.js';
import { hoursAndMinutes, type TrainingTime } from './training-time.js';

export interface DashboardLabels {
  readonly t: Translate;
  readonly locale: string;
  readonly scenarios: readonly CatalogueEntry[];
  readonly profiles: readonly Profile[];
}

export function scenarioName(labels: DashboardLabels, id: string): string {
  const entry = labels.scenarios.find((s) => s.id === id);
  return entry?.ok ? scenarioTitle(entry.manifest, labels.locale) : id;
}

export function profileName(labels: DashboardLabels, id: string): string {
  const profile = labels.profiles.find((p) => p.id === id);
  return profile ? profileText(profile.name, labels.locale) : id;
}

export function ruleTitle(labels: DashboardLabels, id: string): string {
  return labels.t(`rules.${id}.title`, { defaultValue: id });
}

/** A rate 0-1 as a percentage with one decimal: 66.7% (en), 66,7 % (es). */
export function percent(labels: DashboardLabels, rate: number): string {
  return new Intl.NumberFormat(labels.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

export function decimal(labels: DashboardLabels, value: number, digits = 1): string {
  return new Intl.NumberFormat(labels.locale, { maximumFractionDigits: digits }).format(value);
}

export function count(labels: DashboardLabels, value: number): string {
  return new Intl.NumberFormat(labels.locale).format(value);
}

export function dateTimeText(labels: DashboardLabels, iso: string): string {
  return new Intl.DateTimeFormat(labels.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function dateText(labels: DashboardLabels, iso: string): string {
  return new Intl.DateTimeFormat(labels.locale, { dateStyle: 'long' }).format(new Date(iso));
}

function unit(labels: DashboardLabels, value: number, name: 'hour' | 'minute'): string {
  return new Intl.NumberFormat(labels.locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
}

/** Real time in hours and minutes, to the nearest minute: 2 hr 5 min (en), 2 h 5 min (es). */
export function durationText(labels: DashboardLabels, seconds: number): string {
  const { hours, minutes } = hoursAndMinutes(seconds);
  if (hours === 0 && minutes === 0) return seconds > 0 ? labels.t('ui.dashboard.time.underMinute') : unit(labels, 0, 'minute');
  return [hours > 0 ? unit(labels, hours, 'hour') : '', minutes > 0 || hours === 0 ? unit(labels, minutes, 'minute') : '']
    .filter(Boolean)
    .join(' ');
}

/** A training time as a record shows it: "not recorded" when no attempt kept it, never 0. */
export function trainingTimeText(labels: DashboardLabels, time: TrainingTime): string {
  return time.seconds === null ? labels.t('ui.dashboard.time.notRecorded') : durationText(labels, time.seconds);
}

/** Beside a total: how many of its attempts did not record their time; `null` when all did, or none did. */
export function notRecordedNote(labels: DashboardLabels, time: TrainingTime): string | null {
  return time.seconds === null || time.notRecorded === 0
    ? null
    : labels.t('ui.dashboard.time.notRecordedCount', { count: time.notRecorded });
}
