/**
 * Progress in words, the same on the title screen and in the dashboard: a training record's one-line
 * summary ("5 attempts since January 13, 2026; no critical errors in the last 2."), calendar days
 * and months as the locale writes them, and simulated seconds as a clock reads them.
 */
import type { Translate } from '../i18n/translator.js';
import { formatClock } from './format.js';

/** What the summary is written from (src/refresher/progress.ts, `ProgressSummary`). */
export interface SummaryFacts {
  readonly attempts: number;
  /** `YYYY-MM-DD`. */
  readonly since?: string;
  readonly latestWithoutCriticalErrors: number;
  readonly passedLatest?: boolean;
}

/** A `YYYY-MM-DD` calendar day, named as the locale names it, whatever the device's time zone. */
export function calendarDayText(locale: string, day: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00.000Z`));
}

/** A `YYYY-MM` month: "March 2026", "marzo de 2026". */
export function monthText(locale: string, month: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00.000Z`));
}

/** Simulated seconds as `m:ss`. */
export function secondsText(seconds: number): string {
  return formatClock(Math.round(seconds));
}

export function summarySentence(t: Translate, locale: string, facts: SummaryFacts): string {
  if (facts.attempts === 0 || facts.since === undefined) return '';
  const attempts = t('ui.refresher.summary.attempts', { count: facts.attempts, since: calendarDayText(locale, facts.since) });
  const clean =
    facts.latestWithoutCriticalErrors === 0
      ? t('ui.refresher.summary.criticalInLatest')
      : facts.latestWithoutCriticalErrors === facts.attempts
        ? t('ui.refresher.summary.cleanAll', { count: facts.attempts })
        : t('ui.refresher.summary.cleanLast', { count: facts.latestWithoutCriticalErrors });
  const latest =
    facts.passedLatest === undefined
      ? ''
      : ` ${t(facts.passedLatest ? 'ui.refresher.summary.passedLatest' : 'ui.refresher.summary.failedLatest')}`;
  return `${t('ui.refresher.summary.joined', { attempts, clean })}${latest}`;
}
