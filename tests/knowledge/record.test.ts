/**
 * The knowledge check in an attempt record: a record with one, or without, is read; a damaged one is
 * rejected with the field that is wrong, and old records still load.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeItemsFor, scoreKnowledgeCheck } from '../../src/protocols/knowledge-check.js';
import { recordJson } from '../../src/storage/record-json.js';
import { readAttempt } from '../../src/storage/validate-attempt.js';
import { finishedAttempt, unfinishedAttempt } from '../storage/helpers.js';

const items = knowledgeItemsFor(['naloxone', 'good-samaritan'], 0);
const pre = scoreKnowledgeCheck(items, { 'naloxone-1': 'a' }, '2026-12-07T10:00:00.000Z');
const post = scoreKnowledgeCheck(items, { 'naloxone-1': 'c', 'good-samaritan-1': 'd' }, '2026-12-07T10:09:00.000Z');

/** The record as written to disk and read back, with its knowledge check replaced by `knowledgeCheck`. */
function withCheck(knowledgeCheck: unknown): unknown {
  return { ...(JSON.parse(recordJson(finishedAttempt('attempt-k'))) as object), knowledgeCheck };
}

function problems(value: unknown): string[] {
  const read = readAttempt(value);
  return read.ok ? [] : read.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('the knowledge check in an attempt record', () => {
  it('reads a record with both checks, with one, and with none', () => {
    for (const knowledgeCheck of [{ pre, post }, { pre }, { post }, {}]) {
      const read = readAttempt(withCheck(knowledgeCheck));
      expect(read.ok && read.attempt.knowledgeCheck).toEqual(knowledgeCheck);
    }
    const old = readAttempt(JSON.parse(recordJson(finishedAttempt('attempt-old'))));
    expect(old.ok && old.attempt.knowledgeCheck).toBeUndefined();
    const unfinished = readAttempt({ ...unfinishedAttempt('attempt-u'), knowledgeCheck: { pre } });
    expect(unfinished.ok).toBe(true);
  });

  it('names the field of a damaged check', () => {
    expect(problems(withCheck('yes'))).toEqual(['knowledgeCheck: must be an object']);
    expect(problems(withCheck({ pre: { ...pre, correct: 2 } }))).toEqual([
      'knowledgeCheck.pre.correct: is 2, but 0 of the answers are marked right',
    ]);
    expect(problems(withCheck({ post: { ...post, correct: 7 } }))).toEqual(['knowledgeCheck.post.correct: must be a number from 0 to 2']);
    expect(problems(withCheck({ post: { ...post, correct: 1.5 } }))).toEqual(['knowledgeCheck.post.correct: must be a whole number']);
    const badAnswers = [
      { ...post.answers[0], answer: 'e' },
      { ...post.answers[1], family: 'shoplifting', item: '<img>' },
    ];
    expect(problems(withCheck({ post: { ...post, answers: badAnswers } }))).toEqual([
      'knowledgeCheck.post.answers[0].answer: must be one of a, b, c, d',
      'knowledgeCheck.post.answers[1].item: must be an item id such as naloxone-1',
      expect.stringMatching(/^knowledgeCheck\.post\.answers\[1\]\.family: must be one of naloxone/),
    ]);
    const unanswered = [{ ...pre.answers[1], correct: true }, pre.answers[0]];
    expect(problems(withCheck({ pre: { ...pre, answers: unanswered, correct: 1 } }))).toEqual([
      'knowledgeCheck.pre.answers[0].correct: is true, but the item was not answered',
    ]);
    expect(problems(withCheck({ pre: { ...pre, at: 'soon' } }))).toEqual(['knowledgeCheck.pre.at: must be an ISO date-time']);
    expect(problems(withCheck({ pre: { ...pre, answers: Array.from({ length: 51 }, () => pre.answers[1]) } }))).toEqual([
      'knowledgeCheck.pre.answers: must hold at most 50 items',
    ]);
  });
});
