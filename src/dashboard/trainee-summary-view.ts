/**
 * The per-trainee summary: one row per trainee code, sortable by any column with a button in its
 * heading (the heading carries `aria-sort`, so a screen reader says which order the rows are in).
 * Each figure is also written into a `data-value` attribute, for print and tests.
 */
import { h } from '../kit/dom.js';
import { count, notRecordedNote, trainingTimeText, type DashboardLabels } from './labels.js';
import { sortTrainees, TRAINEE_COLUMNS, type TraineeColumn, type TraineeSort, type TraineeSummary } from './trainees.js';

export interface TraineeSummaryActions {
  readonly sortBy: (column: TraineeColumn) => void;
}

/** A figure's cell; `data-label` names its column where a phone's width stacks each row (dashboard.css). */
function cell(column: TraineeColumn, value: number | null, shown: string, labels: DashboardLabels, note?: string | null): HTMLElement {
  return h(
    'td',
    {
      class: 'number',
      attrs: { role: 'cell', 'data-column': column, 'data-value': value ?? '', 'data-label': columnName(labels, column) },
    },
    [h('span', { class: 'cell-value' }, [shown, note ? h('span', { class: 'time-note' }, note) : null])],
  );
}

function columnName(labels: DashboardLabels, column: TraineeColumn): string {
  return labels.t(`ui.dashboard.trainees.columns.${column}`);
}

function row(summary: TraineeSummary, labels: DashboardLabels): HTMLElement {
  return h('tr', { attrs: { role: 'row', 'data-trainee': summary.traineeCode } }, [
    h(
      'th',
      { attrs: { scope: 'row', role: 'rowheader', 'data-column': 'trainee', 'data-value': summary.traineeCode } },
      summary.traineeCode,
    ),
    cell('attempts', summary.attempts, count(labels, summary.attempts), labels),
    cell('passed', summary.passed, count(labels, summary.passed), labels),
    cell('best', summary.bestScore, count(labels, summary.bestScore), labels),
    cell('latest', summary.latestScore, count(labels, summary.latestScore), labels),
    cell('critical', summary.criticalFailures, count(labels, summary.criticalFailures), labels),
    cell('time', summary.time.seconds, trainingTimeText(labels, summary.time), labels, notRecordedNote(labels, summary.time)),
  ]);
}

function heading(column: TraineeColumn, sort: TraineeSort, labels: DashboardLabels, actions: TraineeSummaryActions): HTMLElement {
  const sorted = sort.column === column;
  return h(
    'th',
    {
      class: column === 'trainee' ? undefined : 'number',
      attrs: { scope: 'col', role: 'columnheader', 'aria-sort': sorted ? sort.direction : 'none', 'data-column': column },
    },
    [
      h(
        'button',
        { id: `sort-trainees-${column}`, class: 'sort-button', attrs: { type: 'button' }, on: { click: () => actions.sortBy(column) } },
        [
          columnName(labels, column),
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
          // Roles set outright: a phone's width lays the rows out as blocks, and the table must stay a table to a screen reader.
          h('table', { class: 'data', id: 'trainee-summary', attrs: { role: 'table' } }, [
            h('thead', { attrs: { role: 'rowgroup' } }, [
              h(
                'tr',
                { attrs: { role: 'row' } },
                TRAINEE_COLUMNS.map((column) => heading(column, sort, labels, actions)),
              ),
            ]),
            h(
              'tbody',
              { attrs: { role: 'rowgroup' } },
              sortTrainees(summaries, sort).map((summary) => row(summary, labels)),
            ),
          ]),
        ]),
  ]);
}
