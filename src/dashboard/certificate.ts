/**
 * A certificate of completion for a passed attempt, to print: the pseudonymous trainee code (the
 * instructor writes the name on paper if the agency wants it there), the scenario, the profile in
 * force, the date and the score, the real time on task for the agency's in-service record (the same
 * figure the CSV carries), with lines to sign.
 */
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { h } from '../kit/dom.js';
import { viewControls, type SingleViewActions } from './attempt-view.js';
import { secondsOnTask } from '../export/time-on-task.js';
import { dateText, decimal, durationText, profileName, scenarioName, type DashboardLabels } from './labels.js';

export function certificateView(
  attempt: FinishedAttempt,
  labels: DashboardLabels,
  actions: SingleViewActions,
): { root: HTMLElement; heading: HTMLElement } {
  const { t } = labels;
  const heading = h(
    'h2',
    { id: 'certificate-heading', class: 'certificate-title', attrs: { tabindex: -1 } },
    t('ui.dashboard.certificate.title'),
  );
  const seconds = secondsOnTask(attempt);
  const body = attempt.report.passed
    ? h('div', { class: 'certificate', attrs: { 'data-attempt': attempt.id } }, [
        h('p', { class: 'brand' }, 'Good Call'),
        heading,
        h('p', { class: 'certifies' }, t('ui.dashboard.certificate.certifies')),
        h('p', { class: 'trainee', attrs: { 'data-field': 'trainee' } }, attempt.traineeCode),
        h('p', {}, t('ui.dashboard.certificate.completed')),
        h('p', { class: 'scenario', attrs: { 'data-field': 'scenario' } }, scenarioName(labels, attempt.scenario.id)),
        h(
          'p',
          { attrs: { 'data-field': 'terms' } },
          t('ui.dashboard.certificate.terms', {
            profile: profileName(labels, attempt.profileId),
            date: dateText(labels, attempt.finishedAt),
            score: decimal(labels, attempt.report.score),
            passMark: attempt.report.passMark,
            mode: t(`ui.modes.${attempt.mode}`, { defaultValue: attempt.mode }),
          }),
        ),
        h(
          'p',
          { attrs: { 'data-field': 'timeOnTask', 'data-seconds': seconds ?? '' } },
          seconds === null
            ? t('ui.dashboard.certificate.timeNotRecorded')
            : t('ui.dashboard.certificate.timeOnTask', { time: durationText(labels, seconds) }),
        ),
        h('div', { class: 'signature' }, [
          h('p', {}, t('ui.dashboard.certificate.instructor')),
          h('p', {}, t('ui.dashboard.certificate.date')),
        ]),
      ])
    : h('div', { class: 'certificate-refused' }, [heading, h('p', {}, t('ui.dashboard.certificate.notPassed'))]);
  const root = h(
    'section',
    { class: 'card certificate-view', id: 'certificate-view', attrs: { 'aria-labelledby': 'certificate-heading' } },
    [viewControls(labels, actions, t('ui.dashboard.certificate.print')), body],
  );
  return { root, heading };
}
