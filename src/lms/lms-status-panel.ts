/**
 * What the LMS connection has to say, under the game: a notice for the trainee (an attempt too long
 * for the LMS to resume, a result sent), and for the instructor every call the LMS refused, with its
 * error code and the LMS's own words. Shown only when there is something to say; worded in the
 * page's language, which follows the trainee's choice.
 */
import { createTranslator, type Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import type { LmsNotice, LmsStatusSource } from './lms-recording.js';
import type { ScormProblem } from './scorm-connection.js';

export function noticeText(notice: LmsNotice, t: Translate): string {
  if (notice.kind === 'resume-too-long') return t('ui.lms.resumeTooLong', notice);
  const { outcome, passingScore, moveOn } = notice;
  const recorded =
    outcome.lowered && outcome.reportedScore !== undefined
      ? t('ui.lms.recordedLowered', { reported: outcome.reportedScore, score: outcome.trueScore, passing: passingScore })
      : t('ui.lms.recorded');
  // cmi5: say when the LMS will not move the learner on without a pass.
  const needsPass = !outcome.passed && (moveOn === 'Passed' || moveOn === 'CompletedAndPassed');
  return needsPass ? `${recorded} ${t('ui.lms.needsPass')}` : recorded;
}

function problemItem(problem: ScormProblem, t: Translate): HTMLElement {
  return h('li', {}, [
    h('p', {}, t('ui.lms.problem', { call: problem.call, element: problem.element ?? '', message: problem.message, code: problem.code })),
    problem.value !== undefined ? h('p', { class: 'help' }, t('ui.lms.problemValue', { value: problem.value })) : null,
    problem.diagnostic !== undefined ? h('p', { class: 'help' }, t('ui.lms.problemDiagnostic', { diagnostic: problem.diagnostic })) : null,
  ]);
}

export interface LmsStatusPanel {
  readonly root: HTMLElement;
  render(): void;
  dispose(): void;
}

export function lmsStatusPanel(
  recording: LmsStatusSource,
  language: () => string = () => document.documentElement.lang || 'en',
): LmsStatusPanel {
  const notices = h('div', { class: 'lms-notices' });
  const alert = h('p', { attrs: { role: 'alert' } });
  const status = h('p', { attrs: { role: 'status' } });
  const problems = h('ul', { class: 'lms-problems' });
  const summary = h('summary', {});
  const help = h('p', { class: 'help' });
  const details = h('details', { class: 'lms-diagnostics', attrs: { hidden: true } }, [summary, help, problems]);
  notices.append(alert, status);
  const root = h('aside', { id: 'lms-status', class: 'lms-status card', attrs: { hidden: true } }, [notices, details]);

  const render = (): void => {
    const t = createTranslator(language());
    root.setAttribute('aria-label', t('ui.lms.panelLabel'));
    const all = recording.notices();
    const tooLong = all.find((n) => n.kind === 'resume-too-long');
    const recorded = all.find((n) => n.kind === 'recorded');
    // Once the result is recorded, resuming no longer matters.
    const alertText = tooLong && !recorded ? noticeText(tooLong, t) : '';
    if (alert.textContent !== alertText) alert.textContent = alertText;
    const statusText = recorded ? noticeText(recorded, t) : '';
    if (status.textContent !== statusText) status.textContent = statusText;
    const found = recording.problems();
    details.hidden = found.length === 0;
    summary.textContent = t('ui.lms.diagnosticsHeading', { count: found.length });
    help.textContent = t('ui.lms.diagnosticsHelp');
    problems.replaceChildren(...found.map((p) => problemItem(p, t)));
    root.hidden = alertText === '' && statusText === '' && found.length === 0;
  };

  const stop = recording.subscribe(render);
  const observer = new MutationObserver(render);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  render();
  return {
    root,
    render,
    dispose() {
      stop();
      observer.disconnect();
    },
  };
}
