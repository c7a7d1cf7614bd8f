/**
 * The knowledge check in the debrief: one line beside the score ("2 of 4 before, 4 of 4 after"), and
 * a section with each question, the trainee's answers before and after, the right answer, why, and
 * its source. Items this build does not know (from a newer one) are counted but not shown.
 */
import { knowledgeItem, type KnowledgeAnswer, type KnowledgeOption } from '../../protocols/knowledge-check.js';
import type { KnowledgeCheckRecord } from '../../storage/attempt-record.js';
import type { Translate } from '../../i18n/translator.js';
import { h } from '../../kit/dom.js';

export function knowledgeSummary(check: KnowledgeCheckRecord | undefined, t: Translate): HTMLElement | null {
  if (!check || (!check.pre && !check.post)) return null;
  const { pre, post } = check;
  const values = {
    pre: pre?.correct,
    preCount: pre?.answers.length,
    post: post?.correct,
    postCount: post?.answers.length,
  };
  const key = pre && post ? 'ui.knowledge.summary' : pre ? 'ui.knowledge.summaryPreOnly' : 'ui.knowledge.summaryPostOnly';
  return h(
    'p',
    {
      class: 'knowledge-summary',
      attrs: {
        'data-pre-correct': pre ? pre.correct : '',
        'data-pre-items': pre ? pre.answers.length : '',
        'data-post-correct': post ? post.correct : '',
        'data-post-items': post ? post.answers.length : '',
      },
    },
    t(key, values),
  );
}

function answerText(itemId: string, answer: KnowledgeAnswer | undefined, taken: boolean, t: Translate): string {
  if (!taken) return t('ui.knowledge.notTaken');
  if (!answer || answer.answer === null) return t('ui.knowledge.notAnswered');
  const verdict = answer.correct ? t('ui.knowledge.right') : t('ui.knowledge.wrong');
  return `${t(`ui.knowledge.items.${itemId}.${answer.answer}`)} (${verdict})`;
}

export function knowledgeSection(check: KnowledgeCheckRecord | undefined, t: Translate): HTMLElement | null {
  if (!check || (!check.pre && !check.post)) return null;
  const ids = [...new Set([...(check.pre?.answers ?? []), ...(check.post?.answers ?? [])].map((a) => a.item))];
  const items = ids.flatMap((id) => knowledgeItem(id) ?? []);
  if (items.length === 0) return null;
  return h('section', { class: 'card knowledge-results', attrs: { 'aria-labelledby': 'knowledge-results-heading' } }, [
    h('h2', { id: 'knowledge-results-heading' }, t('ui.knowledge.sectionHeading')),
    h('p', { class: 'help' }, t('ui.knowledge.sectionHelp')),
    h(
      'ol',
      { class: 'knowledge-list' },
      items.map((item) => {
        const before = check.pre?.answers.find((a) => a.item === item.id);
        const after = check.post?.answers.find((a) => a.item === item.id);
        const right: KnowledgeOption = item.correct;
        const rows: [string, string, string][] = [
          ['before', t('ui.knowledge.before'), answerText(item.id, before, check.pre !== undefined, t)],
          ['after', t('ui.knowledge.after'), answerText(item.id, after, check.post !== undefined, t)],
          ['right', t('ui.knowledge.rightAnswer'), t(`ui.knowledge.items.${item.id}.${right}`)],
        ];
        return h('li', { attrs: { 'data-item': item.id, 'data-family': item.family } }, [
          h('h3', {}, t(`ui.protocols.${item.family}`)),
          h('p', { class: 'question-text' }, t(`ui.knowledge.items.${item.id}.question`)),
          h(
            'dl',
            { class: 'facts' },
            rows.flatMap(([id, label, value]) => [h('dt', {}, label), h('dd', { attrs: { 'data-answer': id } }, value)]),
          ),
          h('p', { class: 'explanation' }, t(`ui.knowledge.items.${item.id}.explanation`)),
          h('p', { class: 'sources' }, [
            `${t('ui.knowledge.source')}: `,
            item.source.url
              ? h('a', { attrs: { href: item.source.url, target: '_blank', rel: 'noopener noreferrer' } }, item.source.title)
              : item.source.title,
          ]),
        ]);
      }),
    ),
  ]);
}
