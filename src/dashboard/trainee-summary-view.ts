/**
 * The per-trainee summary: one row per trainee code, sortable by any column with a button in its
 * heading (the heading carries `aria-sort`, so a screen reader says which order the rows are in).
 * Each figure is also written into a `data-value` attribute, for print and tests.
 */
import { h } from '../kit/dom.js';
import { count, trainingTimeText, type DashboardLabels } from './labels.js';
import { sortTrainees, TRAINEE_COLUMNS, type TraineeColumn, type TraineeSort, type TraineeSummary } from './trainees.js';

export interface TraineeSummaryActions {
  readonly sortBy: (column: TraineeColumn) => void;
}

function cell(column: TraineeColumn, value: number | string | null, shown: string): HTMLElement {
  return h('td', { class: 'number', attrs: { 'data-column': column, 'data-value': value ?? '' } }, shown);
}

function row(summary: TraineeSummary, labels: DashboardLabels): HTMLElement {
  return h('tr', { attrs: { 'data-trainee': summary.traineeCode } }, [
    h('th', { attrs: { scope: 'row', 'data-column': 'trainee', 'data-value': summary.traineeCode } }, summary.traineeCode),
    cell('attempts', summary.attempts, count(labels, summary.attempts)),
    cell('passed', summary.passed, count(labels, summary.passed)),
    cell('best', summary.bestScore, count(labels, summary.bestScore)),
    cell('latest', summary.latestScore, count(labels, summary.latestScore)),
    cell('critical', summary.criticalFailures, count(labels, summary.criticalFailures)),
    cell('time', summary.time.seconds, trainingTimeText(labels, summary.time)),
  ]);
}

function heading(column: TraineeColumn, sort: TraineeSort, labels: DashboardLabels, actions: TraineeSummaryActions): HTMLElement {
  const sorted = sort.column === column;
  return h(
    'th',
    {
      class: column === 'trainee' ? undefined : 'number',
      attrs: { scope: 'col', 'aria-sort': sorted ? sort.direction : 'none', 'data-column': column },
    },
    [
      h(
        'button',
        { id: `sort-trainees-${column}`, class: 'sort-button', attrs: { type: 'button' }, on: { click: () => actions.sortBy(column) } },
        [
          labels.t(`ui.dashboard.trainees.columns.${column}`),
          h('span', { class: 'sort-mark', attrs: { 'aria-hidden': 'true' } }, sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : ''),
        ],
      ),
    ],
  );
}

export function traineeSummaryView(
  summaries: readonly TraineeSummary[],
  sort: TraineeSort,
  labels: DashboardLabels,
  actions: TraineeSummaryActions,
): HTMLElement {
  const { t } = labels;
  return h('section', { class: 'card trainees', id: 'trainees', attrs: { 'aria-labelledby': 'trainees-heading' } }, [
    h('h2', { id: 'trainees-heading' }, t('ui.dashboard.trainees.heading')),
    summaries.length === 0 ? h('p', { class: 'empty-state' }, t('ui.dashboard.attempts.none')) : null,
    summaries.length === 0 ? null : h('p', { class: 'help no-print' }, t('ui.dashboard.trainees.help')),
    summaries.length === 0
      ? null
      : h('div', { class: 'table-scroll' }, [
          h('table', { class: 'data', id: 'trainee-summary' }, [
            h('thead', {}, [
              h(
                'tr',
                {},
                TRAINEE_COLUMNS.map((column) => heading(column, sort, labels, actions)),
              ),
            ]),
            h(
              'tbody',
              {},
              sortTrainees(summaries, sort).map((summary) => row(summary, labels)),
            ),
          ]),
        ]),
  ]);
}
