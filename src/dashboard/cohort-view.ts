/**
 * The class at a glance: pass rate and scores, the rules the class gets wrong most, and the outcome
 * totals, each figure also written into a `data-*` attribute so that print and tests read the
 * number, not its formatting.
 */
import { WITHDRAWAL_ORDER } from '../engine/index.js';
import { h } from '../kit/dom.js';
import { barChart, columnChart, rateBar } from './charts.js';
import { OUTCOME_MEASURES, PATIENT_OUTCOMES, type CohortFigures, type RuleRate } from './cohort.js';
import { count, decimal, percent, notRecordedNote, ruleTitle, trainingTimeText, type DashboardLabels } from './labels.js';

export interface CohortViewInput {
  readonly figures: CohortFigures;
  /** Unfinished attempts among those the filters select: imported, never counted. */
  readonly unfinished: number;
  readonly filtered: boolean;
  /** Which filters made the figures, in words (filterSummary). */
  readonly filterSummary: string;
  readonly print: () => void;
}

function figure(key: string, label: string, shown: string, value: number | null, note?: string | null): HTMLElement {
  return h('div', { class: 'figure', attrs: { 'data-figure': key, 'data-value': value === null ? '' : value } }, [
    h('dt', {}, label),
    h('dd', {}, shown),
    note ? h('dd', { class: 'figure-note' }, note) : null,
  ]);
}

/** The mean score with the pass rate and the critical failures beside it: a high mean alone misleads. */
function summary(input: CohortViewInput, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  const f = input.figures;
  const dash = t('ui.dashboard.cohort.noValue');
  return h('dl', { class: 'figures' }, [
    figure('attempts', t('ui.dashboard.cohort.attempts'), count(labels, f.attempts), f.attempts),
    figure('trainees', t('ui.dashboard.cohort.trainees'), count(labels, f.trainees), f.trainees),
    figure('meanScore', t('ui.dashboard.cohort.meanScore'), f.meanScore === null ? dash : decimal(labels, f.meanScore), f.meanScore),
    figure('passRate', t('ui.dashboard.cohort.passRate'), f.passRate === null ? dash : percent(labels, f.passRate), f.passRate),
    figure('withCriticalFailure', t('ui.dashboard.cohort.criticalFailures'), count(labels, f.withCriticalFailure), f.withCriticalFailure),
    figure('passed', t('ui.dashboard.cohort.passed'), count(labels, f.passed), f.passed),
    figure(
      'medianScore',
      t('ui.dashboard.cohort.medianScore'),
      f.medianScore === null ? dash : decimal(labels, f.medianScore),
      f.medianScore,
    ),
    figure(
      'trainingTime',
      t('ui.dashboard.cohort.trainingTime'),
      trainingTimeText(labels, f.trainingTime),
      f.trainingTime.seconds,
      notRecordedNote(labels, f.trainingTime),
    ),
    figure('unfinished', t('ui.dashboard.cohort.unfinished'), count(labels, input.unfinished), input.unfinished),
  ]);
}

function scoreChart(f: CohortFigures, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  return columnChart({
    id: 'score-chart',
    caption: t('ui.dashboard.cohort.scoresHeading'),
    description: t('ui.dashboard.cohort.scoresHelp'),
    labelHeading: t('ui.dashboard.cohort.scoreRange'),
    valueHeading: t('ui.dashboard.cohort.attemptsColumn'),
    bars: f.scoreBins.map((bin) => ({
      key: `${bin.from}-${bin.to}`,
      label: bin.to === 100 ? `${bin.from}–100` : `${bin.from}–${bin.to - 1}`,
      shortLabel: String(bin.from),
      value: bin.count,
      shown: count(labels, bin.count),
    })),
  });
}

function rateCell(labels: DashboardLabels, n: number, rate: number, kind: string): HTMLElement {
  return h(
    'td',
    { class: 'number', attrs: { 'data-count': n, 'data-rate': rate, 'data-kind': kind } },
    `${count(labels, n)} (${percent(labels, rate)})`,
  );
}

function ruleRow(rule: RuleRate, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  return h('tr', { attrs: { 'data-rule-id': rule.id, 'data-applied': rule.applied, 'data-failure-rate': rule.failureRate } }, [
    h('th', { attrs: { scope: 'row' } }, [ruleTitle(labels, rule.id), h('code', { class: 'help rule-id' }, rule.id)]),
    h('td', {}, t(`ui.severity.${rule.severity}`)),
    h('td', { class: 'number' }, count(labels, rule.applied)),
    rateCell(labels, rule.violated, rule.violatedRate, 'violated'),
    rateCell(labels, rule.missed, rule.missedRate, 'missed'),
    h('td', { class: 'number', attrs: { 'data-kind': 'failure' } }, [
      percent(labels, rule.failureRate),
      rateBar(rule.failureRate, 'failure'),
    ]),
  ]);
}

function rulesTable(f: CohortFigures, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  const heading = h('h3', { id: 'rules-heading' }, t('ui.dashboard.cohort.rulesHeading'));
  if (f.rules.length === 0)
    return h('section', { class: 'rules-rates', attrs: { 'aria-labelledby': 'rules-heading' } }, [
      heading,
      h('p', { class: 'empty-state' }, t('ui.dashboard.cohort.noRules')),
    ]);
  const column = (key: string, numeric = true): HTMLElement =>
    h('th', { class: numeric ? 'number' : undefined, attrs: { scope: 'col' } }, t(`ui.dashboard.cohort.ruleColumns.${key}`));
  return h('section', { class: 'rules-rates', attrs: { 'aria-labelledby': 'rules-heading' } }, [
    heading,
    h('p', { class: 'help' }, t('ui.dashboard.cohort.rulesHelp')),
    h('div', { class: 'table-scroll' }, [
      h('table', { class: 'data', id: 'rule-rates' }, [
        h('thead', {}, [
          h('tr', {}, [
            column('rule', false),
            column('severity', false),
            column('applied'),
            column('violated'),
            column('missed'),
            column('wrong'),
          ]),
        ]),
        h(
          'tbody',
          {},
          f.rules.map((rule) => ruleRow(rule, labels)),
        ),
      ]),
    ]),
  ]);
}

function outcomesSection(f: CohortFigures, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  return h('section', { class: 'outcomes', attrs: { 'aria-labelledby': 'outcomes-heading' } }, [
    h('h3', { id: 'outcomes-heading' }, t('ui.dashboard.cohort.outcomesHeading')),
    h('p', { class: 'help' }, t('ui.dashboard.cohort.outcomesHelp')),
    h(
      'p',
      { attrs: { 'data-figure': 'attemptsWithReferralOffered', 'data-value': f.attemptsWithReferralOffered } },
      t('ui.dashboard.cohort.referralShare', {
        offered: count(labels, f.attemptsWithReferralOffered),
        count: f.attempts,
        total: count(labels, f.attempts),
      }),
    ),
    f.meanCallerTrust !== null
      ? h(
          'p',
          { attrs: { 'data-figure': 'meanCallerTrust', 'data-value': f.meanCallerTrust } },
          t('ui.dashboard.cohort.callerTrust', { trust: decimal(labels, f.meanCallerTrust) }),
        )
      : null,
    h('div', { class: 'charts' }, [
      barChart({
        id: 'outcome-chart',
        caption: t('ui.dashboard.cohort.totalsHeading'),
        labelHeading: t('ui.dashboard.cohort.measure'),
        valueHeading: t('ui.dashboard.cohort.total'),
        bars: OUTCOME_MEASURES.map((measure) => ({
          key: measure,
          label: t(`ui.debrief.${measure}`),
          value: f.outcomes[measure],
          shown: count(labels, f.outcomes[measure]),
        })),
      }),
      barChart({
        id: 'patient-chart',
        caption: t('ui.dashboard.cohort.patientsHeading'),
        labelHeading: t('ui.dashboard.cohort.patientOutcome'),
        valueHeading: t('ui.dashboard.cohort.attemptsColumn'),
        bars: [
          ...PATIENT_OUTCOMES,
          ...Object.keys(f.patientOutcomes).filter((k) => !(PATIENT_OUTCOMES as readonly string[]).includes(k)),
        ].map((kind) => {
          const n = f.patientOutcomes[kind as keyof CohortFigures['patientOutcomes']] ?? 0;
          return { key: kind, label: t(`ui.patientOutcomes.${kind}`, { defaultValue: kind }), value: n, shown: count(labels, n) };
        }),
      }),
      barChart({
        id: 'withdrawal-chart',
        caption: t('ui.dashboard.cohort.withdrawalHeading'),
        labelHeading: t('ui.debrief.withdrawal'),
        valueHeading: t('ui.dashboard.cohort.attemptsColumn'),
        bars: WITHDRAWAL_ORDER.map((level) => ({
          key: level,
          label: t(`ui.debrief.withdrawalLevels.${level}`),
          value: f.withdrawal[level],
          shown: count(labels, f.withdrawal[level]),
        })),
      }),
    ]),
  ]);
}

export function cohortView(input: CohortViewInput, labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  const f = input.figures;
  return h('section', { class: 'card cohort', id: 'cohort', attrs: { 'aria-labelledby': 'cohort-heading' } }, [
    h('div', { class: 'cohort-head' }, [
      h('h2', { id: 'cohort-heading' }, t(input.filtered ? 'ui.dashboard.cohort.headingFiltered' : 'ui.dashboard.cohort.heading')),
      f.attempts > 0
        ? h(
            'button',
            { id: 'print-class', class: 'secondary no-print', attrs: { type: 'button' }, on: { click: input.print } },
            t('ui.dashboard.cohort.print'),
          )
        : null,
    ]),
    h('p', { class: 'filter-summary', attrs: { 'data-filtered': String(input.filtered) } }, input.filterSummary),
    h('p', { class: 'help' }, t('ui.dashboard.cohort.countedHelp', { count: input.unfinished })),
    summary(input, labels),
    f.attempts > 0 ? h('p', { class: 'help' }, t('ui.dashboard.cohort.passHelp')) : null,
    f.attempts > 0 ? h('p', { class: 'help' }, t('ui.dashboard.time.help')) : null,
    f.attempts === 0 ? h('p', { class: 'empty-state' }, t('ui.dashboard.cohort.noAttempts')) : null,
    f.attempts > 0 ? h('div', { class: 'charts' }, [scoreChart(f, labels)]) : null,
    f.attempts > 0 ? rulesTable(f, labels) : null,
    f.attempts > 0 ? outcomesSection(f, labels) : null,
  ]);
}
