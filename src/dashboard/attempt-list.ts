/**
 * The finished attempts the filters select, newest first, each with its debrief to read or print and,
 * when it passed, its certificate of completion.
 */
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { stackingTable } from '../kit/stacking-table.js';
import { h } from '../kit/dom.js';
import { count, dateTimeText, decimal, profileName, scenarioName, type DashboardLabels } from './labels.js';

export interface AttemptListActions {
  readonly openDebrief: (attemptId: string) => void;
  readonly openCertificate: (attemptId: string) => void;
}

function row(attempt: FinishedAttempt, labels: DashboardLabels, actions: AttemptListActions): HTMLElement {
  const { t } = labels;
  const { report } = attempt;
  const scenario = scenarioName(labels, attempt.scenario.id);
  return h('tr', { attrs: { 'data-attempt': attempt.id, 'data-passed': String(report.passed), 'data-score': report.score } }, [
    h('th', { class: 'trainee-code', attrs: { scope: 'row' } }, attempt.traineeCode),
    h('td', {}, scenario),
    h('td', {}, profileName(labels, attempt.profileId)),
    h('td', {}, t(`ui.modes.${attempt.mode}`, { defaultValue: attempt.mode })),
    h('td', {}, dateTimeText(labels, attempt.finishedAt)),
    h('td', { class: 'number' }, decimal(labels, report.score)),
    h('td', {}, t(report.passed ? 'ui.debrief.passed' : 'ui.debrief.failed')),
    h('td', { class: 'row-actions' }, [
      h(
        'button',
        {
          class: 'secondary small',
          attrs: {
            type: 'button',
            'data-open': 'debrief',
            'aria-label': t('ui.dashboard.attempts.debriefFor', { trainee: attempt.traineeCode, scenario }),
          },
          on: { click: () => actions.openDebrief(attempt.id) },
        },
        t('ui.dashboard.attempts.debrief'),
      ),
      report.passed
        ? h(
            'button',
            {
              class: 'secondary small',
              attrs: {
                type: 'button',
                'data-open': 'certificate',
                'aria-label': t('ui.dashboard.attempts.certificateFor', { trainee: attempt.traineeCode, scenario }),
              },
              on: { click: () => actions.openCertificate(attempt.id) },
            },
            t('ui.dashboard.attempts.certificate'),
          )
        : null,
    ]),
  ]);
}

export function attemptList(attempts: readonly FinishedAttempt[], labels: DashboardLabels, actions: AttemptListActions): HTMLElement {
  const { t } = labels;
  const newestFirst = [...attempts].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt) || a.id.localeCompare(b.id));
  const column = (key: string, numeric = false): HTMLElement =>
    h('th', { class: numeric ? 'number' : undefined, attrs: { scope: 'col' } }, t(`ui.dashboard.attempts.columns.${key}`));
  return h('section', { class: 'card attempts', id: 'attempts', attrs: { 'aria-labelledby': 'attempts-heading' } }, [
    h(
      'h2',
      { id: 'attempts-heading' },
      t('ui.dashboard.attempts.heading', { count: attempts.length, shown: count(labels, attempts.length) }),
    ),
    attempts.length === 0
      ? h('p', { class: 'empty-state' }, t('ui.dashboard.attempts.none'))
      : h('div', { class: 'table-scroll' }, [
          stackingTable(
            h('table', { class: 'data', id: 'attempt-table' }, [
              h('thead', {}, [
                h('tr', {}, [
                  column('trainee'),
                  column('scenario'),
                  column('profile'),
                  column('mode'),
                  column('finished'),
                  column('score', true),
                  column('result'),
                  column('actions'),
                ]),
              ]),
              h(
                'tbody',
                {},
                newestFirst.map((attempt) => row(attempt, labels, actions)),
              ),
            ]),
          ),
        ]),
  ]);
}
