/**
 * Progress over time from the imported exports: per protocol family, each officer's first attempt
 * against their latest; month by month, the time to naloxone and to calling EMS and the critical
 * errors per attempt; a line per officer for a training record. One officer can be picked to see
 * their own attempts. Every figure is also in a `data-*` attribute, so print and tests read the
 * number, not its formatting.
 */
import type { ProtocolFamily } from '../engine/index.js';
import { h } from '../kit/dom.js';
import { calendarDayText, monthText, secondsText, summarySentence } from '../kit/progress-text.js';
import { isoDay } from '../refresher/days.js';
import type { CohortProgress, FamilyShare, OfficerProgress } from '../refresher/progress.js';
import { columnChart } from './charts.js';
import { count, decimal, percent, scenarioName, type DashboardLabels } from './labels.js';

export interface ProgressViewInput {
  readonly progress: CohortProgress;
  /** The officer shown alone, or '' for the whole cohort. */
  readonly officer: string;
}

export interface ProgressViewActions {
  readonly chooseOfficer: (code: string) => void;
}

function familyName(labels: DashboardLabels, family: ProtocolFamily): string {
  return labels.t(`ui.protocols.${family}`, { defaultValue: family });
}

function caption(text: string): HTMLElement {
  return h('caption', {}, text);
}

function col(text: string, numeric = false): HTMLElement {
  return h('th', { class: numeric ? 'number' : undefined, attrs: { scope: 'col' } }, text);
}

function change(labels: DashboardLabels, first: number, latest: number): string {
  const points = Math.round((latest - first) * 1000) / 10;
  return `${points > 0 ? '+' : ''}${decimal(labels, points)}`;
}

function shareText(labels: DashboardLabels, share: FamilyShare): string {
  return labels.t('ui.refresher.progress.metOf', {
    met: count(labels, share.met),
    applied: count(labels, share.applied),
    percent: percent(labels, share.met / share.applied),
  });
}

function cohortFamilies(progress: CohortProgress, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  return h('table', { class: 'data', id: 'progress-families' }, [
    caption(t('ui.refresher.dashboard.familiesCaption')),
    h('thead', {}, [
      h('tr', {}, [
        col(t('ui.refresher.progress.family')),
        col(t('ui.refresher.dashboard.officers'), true),
        col(t('ui.refresher.progress.first'), true),
        col(t('ui.refresher.progress.latest'), true),
        col(t('ui.refresher.progress.change'), true),
      ]),
    ]),
    h(
      'tbody',
      {},
      progress.families.map((f) =>
        h('tr', { attrs: { 'data-family': f.family, 'data-first': f.firstRate, 'data-latest': f.latestRate } }, [
          h('th', { attrs: { scope: 'row' } }, familyName(labels, f.family)),
          h('td', { class: 'number' }, count(labels, f.officers)),
          h('td', { class: 'number' }, percent(labels, f.firstRate)),
          h('td', { class: 'number' }, percent(labels, f.latestRate)),
          h('td', { class: 'number' }, change(labels, f.firstRate, f.latestRate)),
        ]),
      ),
    ),
  ]);
}

function officerFamilies(officer: OfficerProgress, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  return h('table', { class: 'data', id: 'progress-families' }, [
    caption(t('ui.refresher.progress.familiesCaption')),
    h('thead', {}, [
      h('tr', {}, [
        col(t('ui.refresher.progress.family')),
        col(t('ui.refresher.progress.first'), true),
        col(t('ui.refresher.progress.latest'), true),
        col(t('ui.refresher.progress.change'), true),
      ]),
    ]),
    h(
      'tbody',
      {},
      officer.families.map((f) => {
        const first = f.first.met / f.first.applied;
        const latest = f.latest.met / f.latest.applied;
        return h('tr', { attrs: { 'data-family': f.family, 'data-first': first, 'data-latest': latest } }, [
          h('th', { attrs: { scope: 'row' } }, familyName(labels, f.family)),
          h('td', { class: 'number' }, shareText(labels, f.first)),
          h('td', { class: 'number' }, shareText(labels, f.latest)),
          h('td', { class: 'number' }, change(labels, first, latest)),
        ]);
      }),
    ),
  ]);
}

function seconds(value: number | null, none: string): string {
  return value === null ? none : secondsText(value);
}

function monthsTable(progress: CohortProgress, labels: DashboardLabels): HTMLElement {
  const { t, locale } = labels;
  const none = t('ui.dashboard.cohort.noValue');
  return h('table', { class: 'data', id: 'progress-months' }, [
    caption(t('ui.refresher.dashboard.monthsCaption')),
    h('thead', {}, [
      h('tr', {}, [
        col(t('ui.refresher.dashboard.month')),
        col(t('ui.refresher.dashboard.attempts'), true),
        col(t('ui.refresher.dashboard.naloxoneGiven'), true),
        col(t('ui.refresher.dashboard.medianToNaloxone'), true),
        col(t('ui.refresher.dashboard.medianToEms'), true),
        col(t('ui.refresher.dashboard.criticalPerAttempt'), true),
      ]),
    ]),
    h(
      'tbody',
      {},
      progress.months.map((m) =>
        h(
          'tr',
          {
            attrs: {
              'data-month': m.month,
              'data-median-naloxone': m.medianSecondsToNaloxone ?? '',
              'data-median-ems': m.medianSecondsToEms ?? '',
              'data-naloxone-given': m.naloxoneGiven,
              'data-overdoses': m.overdoseAttempts,
              'data-critical-per-attempt': m.criticalErrorsPerAttempt,
            },
          },
          [
            h('th', { attrs: { scope: 'row' } }, monthText(locale, m.month)),
            h('td', { class: 'number' }, count(labels, m.attempts)),
            h(
              'td',
              { class: 'number' },
              t('ui.refresher.dashboard.naloxoneGivenOf', {
                given: count(labels, m.naloxoneGiven),
                total: count(labels, m.overdoseAttempts),
              }),
            ),
            h('td', { class: 'number' }, seconds(m.medianSecondsToNaloxone, none)),
            h('td', { class: 'number' }, seconds(m.medianSecondsToEms, none)),
            h('td', { class: 'number' }, decimal(labels, m.criticalErrorsPerAttempt, 2)),
          ],
        ),
      ),
    ),
  ]);
}

function trendChart(progress: CohortProgress, labels: DashboardLabels): HTMLElement {
  const { t, locale } = labels;
  return columnChart({
    id: 'naloxone-trend',
    caption: t('ui.refresher.dashboard.trendCaption'),
    labelHeading: t('ui.refresher.dashboard.month'),
    valueHeading: t('ui.refresher.dashboard.seconds'),
    bars: progress.months.map((m) => ({
      key: m.month,
      label: monthText(locale, m.month),
      value: m.medianSecondsToNaloxone ?? 0,
      shown: seconds(m.medianSecondsToNaloxone, t('ui.dashboard.cohort.noValue')),
    })),
  });
}

function recordsTable(progress: CohortProgress, labels: DashboardLabels): HTMLElement {
  const { t, locale } = labels;
  return h('table', { class: 'data', id: 'progress-records' }, [
    caption(t('ui.refresher.dashboard.recordsCaption')),
    h('thead', {}, [h('tr', {}, [col(t('ui.refresher.dashboard.officer')), col(t('ui.refresher.dashboard.record'))])]),
    h(
      'tbody',
      {},
      progress.officers.map((o) =>
        h('tr', { attrs: { 'data-officer': o.traineeCode } }, [
          h('th', { attrs: { scope: 'row' } }, [h('code', {}, o.traineeCode)]),
          h('td', {}, summarySentence(t, locale, o.summary)),
        ]),
      ),
    ),
  ]);
}

function attemptsTable(officer: OfficerProgress, labels: DashboardLabels): HTMLElement {
  const { t, locale } = labels;
  const p = (key: string): string => t(`ui.refresher.progress.${key}`);
  return h('table', { class: 'data', id: 'progress-attempts' }, [
    caption(p('attemptsCaption')),
    h('thead', {}, [
      h('tr', {}, [
        col(p('date')),
        col(p('scenario')),
        col(p('score'), true),
        col(p('criticalErrors'), true),
        col(p('toNaloxone'), true),
        col(p('toEms'), true),
      ]),
    ]),
    h(
      'tbody',
      {},
      officer.attempts.map((a) =>
        h(
          'tr',
          {
            attrs: {
              'data-attempt': a.attemptId,
              'data-critical-errors': a.criticalErrors,
              'data-to-naloxone': a.secondsToNaloxone ?? '',
              'data-to-ems': a.secondsToEms ?? '',
            },
          },
          [
            h('th', { attrs: { scope: 'row' } }, calendarDayText(locale, isoDay(a.day))),
            h('td', {}, scenarioName(labels, a.scenarioId)),
            h('td', { class: 'number' }, decimal(labels, a.score)),
            h('td', { class: 'number' }, count(labels, a.criticalErrors)),
            h('td', { class: 'number' }, a.overdose ? seconds(a.secondsToNaloxone, p('notGiven')) : p('notApplicable')),
            h('td', { class: 'number' }, seconds(a.secondsToEms, p('notCalled'))),
          ],
        ),
      ),
    ),
  ]);
}

export function progressView(input: ProgressViewInput, labels: DashboardLabels, actions: ProgressViewActions): HTMLElement {
  const { t, locale } = labels;
  const { progress } = input;
  const officer = progress.officers.find((o) => o.traineeCode === input.officer);
  const select = h('select', { id: 'progress-officer', on: { change: () => actions.chooseOfficer(select.value) } }, [
    h('option', { attrs: { value: '', selected: !officer } }, t('ui.refresher.dashboard.wholeCohort')),
    ...progress.officers.map((o) => h('option', { attrs: { value: o.traineeCode, selected: o === officer } }, o.traineeCode)),
  ]);
  const body = officer
    ? [
        h('p', { class: 'progress-summary', attrs: { 'data-officer': officer.traineeCode } }, summarySentence(t, locale, officer.summary)),
        h('div', { class: 'table-scroll' }, [officerFamilies(officer, labels)]),
        h('div', { class: 'table-scroll' }, [attemptsTable(officer, labels)]),
      ]
    : [
        h('div', { class: 'table-scroll' }, [cohortFamilies(progress, labels)]),
        h('div', { class: 'table-scroll' }, [monthsTable(progress, labels)]),
        h('div', { class: 'charts' }, [trendChart(progress, labels)]),
        h('div', { class: 'table-scroll' }, [recordsTable(progress, labels)]),
      ];
  return h('section', { class: 'card progress', id: 'progress', attrs: { 'aria-labelledby': 'progress-heading' } }, [
    h('h2', { id: 'progress-heading' }, t('ui.refresher.dashboard.heading')),
    h('p', { class: 'help' }, t('ui.refresher.dashboard.help')),
    h('div', { class: 'field no-print' }, [
      h('label', { attrs: { for: 'progress-officer' } }, t('ui.refresher.dashboard.officer')),
      select,
    ]),
    ...body,
  ]);
}
