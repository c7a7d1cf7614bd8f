/**
 * The author preview's verdicts and event log beside the story: the rubric's verdicts as they stand
 * now ("Not yet" for a rule that can still be met), the score so far, and every log entry with the
 * tag or engine rule that made it.
 */
import { describeSource, type Session, type Step } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { formatClock } from '../kit/format.js';
import { liveRules } from '../kit/live-verdicts.js';
import { paramsText } from './play-transcript.js';

/** A scrollable table named by the section heading `id`. */
function table(id: string, className: string, columns: readonly string[], rows: HTMLElement): HTMLElement {
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-labelledby': id } }, [
    h('table', { class: className }, [
      h('thead', {}, [
        h(
          'tr',
          {},
          columns.map((c) => h('th', { attrs: { scope: 'col' } }, c)),
        ),
      ]),
      rows,
    ]),
  ]);
}

export interface PlayVerdicts {
  readonly verdicts: HTMLElement;
  readonly log: HTMLElement;
  show(session: Session, step: Step): void;
}

export function createPlayVerdicts(t: Translate): PlayVerdicts {
  const score = h('p', { class: 'live-score' });
  const verdictRows = h('tbody');
  const logRows = h('tbody');
  const verdictColumns = [
    t('ui.author.verdicts.rule'),
    t('ui.author.verdicts.severity'),
    t('ui.author.verdicts.verdict'),
    t('ui.author.verdicts.why'),
  ];
  const logColumns = [
    t('ui.author.log.time'),
    t('ui.author.log.kind'),
    t('ui.author.log.id'),
    t('ui.author.log.params'),
    t('ui.author.log.source'),
  ];
  const verdicts = h('section', { class: 'verdicts', attrs: { 'aria-labelledby': 'verdicts-heading' } }, [
    h('h3', { id: 'verdicts-heading' }, t('ui.author.verdicts.heading')),
    score,
    table('verdicts-heading', 'verdict-table', verdictColumns, verdictRows),
  ]);
  const log = h('section', { class: 'event-log', attrs: { 'aria-labelledby': 'log-heading' } }, [
    h('h3', { id: 'log-heading' }, t('ui.author.log.heading')),
    table('log-heading', 'log-table', logColumns, logRows),
  ]);
  return {
    verdicts,
    log,
    show(session, step) {
      const report = session.report();
      score.textContent = step.ended
        ? t(report.passed ? 'ui.author.verdicts.passed' : 'ui.author.verdicts.failed', { score: report.score, passMark: report.passMark })
        : t('ui.author.verdicts.soFar', { score: report.score, passMark: report.passMark });
      score.dataset.ended = String(step.ended);
      verdictRows.replaceChildren(
        ...liveRules(report, step.ended).map(({ rule, verdict }) =>
          h('tr', { attrs: { 'data-rule-id': rule.id, 'data-verdict': verdict } }, [
            h('th', { attrs: { scope: 'row' } }, rule.id),
            h('td', {}, t(`ui.severity.${rule.severity}`)),
            h('td', { class: `verdict ${verdict}` }, verdict === 'not_yet' ? t('ui.author.verdicts.notYet') : t(`ui.verdicts.${verdict}`)),
            h('td', {}, verdict === 'not_yet' || verdict === 'not_applicable' ? '' : t(rule.explanation, { ...rule.values })),
          ]),
        ),
      );
      logRows.replaceChildren(
        ...session
          .log()
          .map((entry) =>
            h('tr', { attrs: { 'data-kind': entry.kind } }, [
              h('td', {}, formatClock(entry.at)),
              h('td', {}, entry.kind),
              h('td', {}, entry.id),
              h('td', {}, paramsText(entry.params)),
              h('td', {}, describeSource(entry.source)),
            ]),
          ),
      );
    },
  };
}
