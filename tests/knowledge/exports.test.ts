/**
 * The knowledge check in the exports: four CSV columns (right answers and items asked, before and
 * after; empty when not taken), the whole record in the JSON export, and an extension on the xAPI result.
 */
import { describe, expect, it } from 'vitest';
import { attemptsJson, importAttemptsJson } from '../../src/export/attempts-json.js';
import { ATTEMPT_COLUMNS, attemptsCsv } from '../../src/export/csv.js';
import { xapiStatements } from '../../src/export/xapi-statements.js';
import { knowledgeItemsFor, scoreKnowledgeCheck } from '../../src/protocols/knowledge-check.js';
import { finishedAttempt } from '../storage/helpers.js';

const items = knowledgeItemsFor(['naloxone', 'good-samaritan'], 1);
const pre = scoreKnowledgeCheck(items, { 'naloxone-2': 'c', 'good-samaritan-2': 'b' }, '2026-12-07T10:00:00.000Z');
const post = scoreKnowledgeCheck(items, { 'naloxone-2': 'a', 'good-samaritan-2': 'b' }, '2026-12-07T10:09:00.000Z');
const withBoth = { ...finishedAttempt('attempt-both'), knowledgeCheck: { pre, post } };
const preOnly = { ...finishedAttempt('attempt-pre'), knowledgeCheck: { pre } };
const without = finishedAttempt('attempt-none');

/** The attempts sheet as rows keyed by column; none of these cells is quoted. */
function sheet(text: string): Record<string, string>[] {
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
  expect(text).not.toContain('"');
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i] ?? ''])));
}

describe('the knowledge check in the exports', () => {
  it('gives the CSV four columns, empty where a check was not taken', () => {
    const at = ATTEMPT_COLUMNS.indexOf('knowledge_pre_correct');
    expect(at).toBeGreaterThan(0);
    expect(ATTEMPT_COLUMNS.slice(at, at + 4)).toEqual([
      'knowledge_pre_correct',
      'knowledge_pre_items',
      'knowledge_post_correct',
      'knowledge_post_items',
    ]);
    const rows = sheet(attemptsCsv([withBoth, preOnly, without]));
    const pick = (row: Record<string, string>) => [
      row.knowledge_pre_correct,
      row.knowledge_pre_items,
      row.knowledge_post_correct,
      row.knowledge_post_items,
    ];
    expect(rows.map(pick)).toEqual([
      ['1', '2', '2', '2'],
      ['1', '2', '', ''],
      ['', '', '', ''],
    ]);
  });

  it('keeps the whole check in the JSON export, read back as written', () => {
    const read = importAttemptsJson(attemptsJson([withBoth, without]), 'class.json');
    expect(read.problems).toEqual([]);
    expect(read.attempts.map((a) => a.knowledgeCheck)).toEqual([{ pre, post }, undefined]);
  });

  it('adds the figures to the xAPI result, and nothing when there was no check', () => {
    const result = (attempt: typeof without) => xapiStatements(attempt).at(-1) as { result: { extensions: Record<string, unknown> } };
    const key = 'https://goodcall.invalid/xapi/extensions/knowledge-check';
    const extensions = result(withBoth).result.extensions;
    const name = Object.keys(extensions).find((k) => k.endsWith('/xapi/extensions/knowledge-check'));
    expect(name, key).toBeDefined();
    expect(extensions[name!]).toEqual({
      pre: {
        correct: 1,
        items: 2,
        answers: [
          { item: 'naloxone-2', family: 'naloxone', correct: false },
          { item: 'good-samaritan-2', family: 'good-samaritan', correct: true },
        ],
      },
      post: {
        correct: 2,
        items: 2,
        answers: [
          { item: 'naloxone-2', family: 'naloxone', correct: true },
          { item: 'good-samaritan-2', family: 'good-samaritan', correct: true },
        ],
      },
    });
    expect(Object.keys(result(without).result.extensions).some((k) => k.endsWith('knowledge-check'))).toBe(false);
  });
});
