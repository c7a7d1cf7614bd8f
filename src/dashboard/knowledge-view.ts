/**
 * The dashboard's pre/post view of the knowledge check: per protocol family, the share of answers
 * right before the encounter against after it. Figures are also in `data-*` attributes, so print
 * and tests read the number, not its formatting.
 */
import { h } from '../kit/dom.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { knowledgeFigures, type RightOf } from './knowledge-figures.js';
import { count, percent, type DashboardLabels } from './labels.js';

function share(labels: DashboardLabels, figures: RightOf): string {
  return labels.t('ui.knowledge.dashboard.share', {
    percent: percent(labels, figures.right / figures.asked),
    right: count(labels, figures.right),
    count: count(labels, figures.asked),
  });
}

/** The view, or nothing when no attempt took the check (it is off unless a trainee turns it on). */
export function knowledgeViews(attempts: readonly FinishedAttempt[], labels: DashboardLabels): HTMLElement[] {
  if (!attempts.some((a) => a.knowledgeCheck?.pre || a.knowledgeCheck?.post)) return [];
  return [knowledgeView(attempts, labels)];
}

export function knowledgeView(attempts: readonly FinishedAttempt[], labels: DashboardLabels): HTMLElement {
  const { t } = labels;
  const figures = knowledgeFigures(attempts);
  const col = (text: string, numeric = false): HTMLElement =>
    h('th', { class: numeric ? 'number' : undefined, attrs: { scope: 'col' } }, text);
  return h('section', { class: 'card knowledge-view', attrs: { 'aria-labelledby': 'knowledge-view-heading' } }, [
    h('h2', { id: 'knowledge-view-heading' }, t('ui.knowledge.dashboard.heading')),
    h('p', { class: 'help' }, t('ui.knowledge.dashboard.intro')),
    figures.families.length === 0
      ? h('p', { class: 'note', attrs: { 'data-knowledge-attempts': 0 } }, t('ui.knowledge.dashboard.none'))
      : h('table', { class: 'data', id: 'knowledge-families', attrs: { 'data-knowledge-attempts': figures.attempts } }, [
          h('thead', {}, [
            h('tr', {}, [
              col(t('ui.knowledge.dashboard.family')),
              col(t('ui.knowledge.dashboard.attempts'), true),
              col(t('ui.knowledge.dashboard.before'), true),
              col(t('ui.knowledge.dashboard.after'), true),
            ]),
          ]),
          h(
            'tbody',
            {},
            figures.families.map((f) =>
              h(
                'tr',
                {
                  attrs: {
                    'data-family': f.family,
                    'data-pre': f.pre.right / f.pre.asked,
                    'data-post': f.post.right / f.post.asked,
                  },
                },
                [
                  h('th', { attrs: { scope: 'row' } }, t(`ui.protocols.${f.family}`, { defaultValue: f.family })),
                  h('td', { class: 'number' }, count(labels, f.attempts)),
                  h('td', { class: 'number' }, share(labels, f.pre)),
                  h('td', { class: 'number' }, share(labels, f.post)),
                ],
              ),
            ),
          ),
        ]),
  ]);
}
