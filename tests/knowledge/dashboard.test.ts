/** The dashboard's pre/post figures: per family, answers right before against after, over attempts that took both checks. */
import { describe, expect, it } from 'vitest';
import { knowledgeFigures } from '../../src/dashboard/knowledge-figures.js';
import { knowledgeItemsFor, scoreKnowledgeCheck, type KnowledgeOption } from '../../src/protocols/knowledge-check.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { finishedAttempt } from '../storage/helpers.js';

const AT = '2026-12-07T10:00:00.000Z';

function withCheck(
  id: string,
  families: Parameters<typeof knowledgeItemsFor>[0],
  pre?: Record<string, KnowledgeOption>,
  post?: Record<string, KnowledgeOption>,
): FinishedAttempt {
  const items = knowledgeItemsFor(families, 0);
  return {
    ...finishedAttempt(id),
    knowledgeCheck: {
      ...(pre ? { pre: scoreKnowledgeCheck(items, pre, AT) } : {}),
      ...(post ? { post: scoreKnowledgeCheck(items, post, AT) } : {}),
    },
  };
}

describe('the knowledge check figures', () => {
  it('counts per family, in the protocol order, only attempts that took both checks', () => {
    const attempts = [
      withCheck(
        'a1',
        ['naloxone', 'good-samaritan'],
        { 'naloxone-1': 'a', 'good-samaritan-1': 'd' },
        { 'naloxone-1': 'c', 'good-samaritan-1': 'd' },
      ),
      withCheck('a2', ['naloxone', 'sharps-safety'], { 'naloxone-1': 'c' }, { 'naloxone-1': 'c', 'sharps-safety-1': 'b' }),
      // Only before, only after, none at all: not counted.
      withCheck('a3', ['naloxone'], { 'naloxone-1': 'c' }),
      withCheck('a4', ['naloxone'], undefined, { 'naloxone-1': 'c' }),
      finishedAttempt('a5'),
    ];
    expect(knowledgeFigures(attempts)).toEqual({
      attempts: 2,
      families: [
        { family: 'naloxone', attempts: 2, pre: { right: 1, asked: 2 }, post: { right: 2, asked: 2 } },
        { family: 'good-samaritan', attempts: 1, pre: { right: 1, asked: 1 }, post: { right: 1, asked: 1 } },
        { family: 'sharps-safety', attempts: 1, pre: { right: 0, asked: 1 }, post: { right: 1, asked: 1 } },
      ],
    });
  });

  it('has no families when no attempt took both checks', () => {
    expect(knowledgeFigures([withCheck('a3', ['naloxone'], { 'naloxone-1': 'c' }), finishedAttempt('a5')])).toEqual({
      attempts: 0,
      families: [],
    });
  });
});
