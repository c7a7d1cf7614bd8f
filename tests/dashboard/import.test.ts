import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles, importTexts, type FileLike } from '../../src/dashboard/import-files.js';
import { addAttempts, finishedOnly, NO_ATTEMPTS } from '../../src/dashboard/imported-attempts.js';
import { problemMessage } from '../../src/dashboard/import-panel.js';
import { attemptsJson, EXPORT_FORMAT, MAX_IMPORT_BYTES } from '../../src/export/attempts-json.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { classAttempts, unfinishedAndFinishedLater } from './class-attempts.js';

const attempts = classAttempts();
const first = attemptsJson(attempts.slice(0, 10));
const second = attemptsJson(attempts.slice(8, 20));

function file(name: string, text: string, extra: Partial<FileLike> = {}): FileLike {
  return { name, size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text), ...extra };
}

describe('importing export files', () => {
  it('reads every attempt of every file, and names each problem by file (and field for a bad attempt)', () => {
    const broken = JSON.parse(attemptsJson(attempts.slice(0, 2))) as { attempts: Record<string, unknown>[] };
    broken.attempts[1] = { ...broken.attempts[1], traineeCode: 42 };
    const batch = importTexts([
      { name: 'monday.json', text: first },
      { name: 'corrupt.json', text: '{"format": "good-call/attempts", "attempts": [' },
      { name: 'one-bad.json', text: JSON.stringify(broken) },
      { name: 'tuesday.json', text: second },
    ]);
    expect(batch.attempts).toHaveLength(10 + 1 + 12);
    expect(batch.files).toBe(4);
    expect(batch.problems).toEqual([
      {
        file: 'corrupt.json',
        field: '(file)',
        code: 'not-json',
        values: { detail: expect.any(String) },
        message: expect.stringMatching(/not valid JSON/),
      },
      { file: 'one-bad.json', field: 'attempts[1].traineeCode', message: expect.any(String) },
    ]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.constant('{"format":"good-call/attempts","version":1,"attempts":[null,1,"x",{}]}')),
        (text) => {
          const batch = importTexts([{ name: 'x.json', text }]);
          expect(batch.attempts.length + batch.problems.length).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses a file over the limit without reading it, and names a file that cannot be read; the others still load', async () => {
    const neverRead = (): Promise<string> => Promise.reject(new Error('an oversized file must not be read'));
    const batch = await importFiles([
      file('a.json', first),
      { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, text: neverRead },
      { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) },
      file('b.json', second),
    ]);
    expect(batch.attempts).toHaveLength(22);
    expect(batch.problems).toEqual([
      {
        file: 'huge.json',
        field: '(file)',
        code: 'too-large',
        values: { size: 50, limit: 50 },
        message: expect.stringMatching(/limit is 50 MB/),
      },
      { file: 'gone.json', field: '(file)', code: 'unreadable', message: 'NotReadableError' },
    ]);
  });

  it('from a folder reads only the JSON files, and names files by their path in it', async () => {
    const batch = await importFiles(
      [
        file('a.json', first, { webkitRelativePath: 'class-7/a.json' }),
        file('attempts.csv', 'id,score', { webkitRelativePath: 'class-7/attempts.csv' }),
        file('bad.json', 'nope', { webkitRelativePath: 'class-7/bad.json' }),
      ],
      { fromFolder: true },
    );
    expect(batch.files).toBe(2);
    expect(batch.skipped).toEqual(['class-7/attempts.csv']);
    expect(batch.problems.map((p) => p.file)).toEqual(['class-7/bad.json']);
  });

  it('counts an attempt imported twice once, keeping the record that knows more', () => {
    const once = addAttempts(NO_ATTEMPTS, importTexts([{ name: 'a.json', text: first }]).attempts);
    const twice = addAttempts(
      once.imported,
      importTexts([
        { name: 'b.json', text: second },
        { name: 'a-again.json', text: first },
      ]).attempts,
    );
    expect(once).toMatchObject({ added: 10, duplicates: 0, conflicts: 0 });
    expect(twice).toMatchObject({ added: 10, duplicates: 2 + 10, conflicts: 0, problems: [] });
    expect(twice.attempts.size).toBe(20);

    const { unfinished, finished: finishedLater } = unfinishedAndFinishedLater();
    const either = (order: 'unfinished first' | 'finished first') =>
      addAttempts(NO_ATTEMPTS, order === 'unfinished first' ? [unfinished, finishedLater] : [finishedLater, unfinished]);
    expect(either('unfinished first')).toMatchObject({ added: 1, duplicates: 1, conflicts: 0 });
    expect(either('unfinished first').attempts.get(unfinished.id)?.status).toBe('finished');
    expect(either('finished first').attempts.get(unfinished.id)?.status).toBe('finished');
    expect(finishedOnly([unfinished, finishedLater]).map((a) => a.id)).toEqual([unfinished.id]);
  });

  it('sets aside both records of an id that disagree, naming each by file and field; identical ones still count once', () => {
    const original = attempts[3]!;
    const altered = { ...original, traineeCode: 'TR-OTHER-999' };
    const batch = importTexts([
      { name: 'monday.json', text: attemptsJson([attempts[0]!, original]) },
      { name: 'monday-again.json', text: attemptsJson([original]) },
      { name: 'edited.json', text: attemptsJson([attempts[1]!, altered]) },
    ]);
    const result = addAttempts(NO_ATTEMPTS, batch.attempts, batch.origins);
    expect(result).toMatchObject({ added: 3, duplicates: 1, conflicts: 1 });
    expect([...result.attempts.keys()].sort()).toEqual([attempts[0]!.id, attempts[1]!.id].sort());
    expect(result.imported.conflicts.get(original.id)?.map((r) => [r.origin, r.attempt.traineeCode])).toEqual([
      [{ file: 'monday.json', field: 'attempts[1]' }, original.traineeCode],
      [{ file: 'edited.json', field: 'attempts[1]' }, 'TR-OTHER-999'],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'monday.json',
        field: 'attempts[1].id',
        code: 'conflict',
        values: { id: original.id, others: 'edited.json' },
      }),
      expect.objectContaining({
        file: 'edited.json',
        field: 'attempts[1].id',
        code: 'conflict',
        values: { id: original.id, others: 'monday.json' },
      }),
    ]);
    expect(problemMessage(result.problems[0]!, createTranslator('en'))).toBe(
      `has attempt ${original.id}, which is also in edited.json with different content. Neither copy is counted: remove the wrong one and import again.`,
    );
    expect(problemMessage(result.problems[0]!, createTranslator('es'))).toMatch(/^tiene el intento .* también está en edited\.json/);

    // A later import of either copy counts nothing more; a third version joins the conflict.
    const later = addAttempts(
      result.imported,
      [original, { ...original, seed: 99 }],
      [
        { file: 'tuesday.json', field: 'attempts[0]' },
        { file: 'tuesday.json', field: 'attempts[1]' },
      ],
    );
    expect(later).toMatchObject({ added: 0, duplicates: 1, conflicts: 1 });
    expect(later.imported.conflicts.get(original.id)).toHaveLength(3);
    expect(later.attempts.has(original.id)).toBe(false);
  });

  it('takes a record that plays on from a saved unfinished one as its later save, not as a conflict', () => {
    const { unfinished, finished } = unfinishedAndFinishedLater();
    const otherTrainee = { ...finished, traineeCode: 'TR-OTHER-999' };
    expect(addAttempts(NO_ATTEMPTS, [unfinished, otherTrainee])).toMatchObject({ conflicts: 1 });
    const repicked = { ...finished, picks: [{ ...finished.picks[0]!, index: finished.picks[0]!.index + 1 }, ...finished.picks.slice(1)] };
    expect(addAttempts(NO_ATTEMPTS, [unfinished, repicked])).toMatchObject({ conflicts: 1 });
  });

  it("words every problem with a whole file in the instructor's language, with its figures and names", async () => {
    const texts = {
      'cut.json': '{"format": "good-call/attempts", "attemp',
      'list.json': '[1, 2]',
      'notes.json': '{"format": "lesson-notes"}',
      'unversioned.json': `{"format": "${EXPORT_FORMAT}", "attempts": []}`,
      'future.json': `{"format": "${EXPORT_FORMAT}", "version": 7, "attempts": []}`,
      'empty.json': `{"format": "${EXPORT_FORMAT}", "version": 1}`,
    };
    const batch = await importFiles([
      ...Object.entries(texts).map(([name, text]) => file(name, text)),
      { name: 'huge.json', size: MAX_IMPORT_BYTES * 2, text: () => Promise.reject(new Error('not read')) },
      { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) },
    ]);
    expect(batch.problems.map((p) => [p.file, p.code])).toEqual([
      ['cut.json', 'not-json'],
      ['list.json', 'not-an-object'],
      ['notes.json', 'other-format'],
      ['unversioned.json', 'no-version'],
      ['future.json', 'newer-version'],
      ['empty.json', 'no-attempts'],
      ['huge.json', 'too-large'],
      ['gone.json', 'unreadable'],
    ]);
    const en = createTranslator('en');
    const es = createTranslator('es');
    const english = batch.problems.map((p) => problemMessage(p, en));
    const spanish = batch.problems.map((p) => problemMessage(p, es));
    for (const [n, text] of [...english, ...spanish].entries()) {
      expect(text, String(n)).not.toMatch(/\{\{|ui\.dashboard/);
    }
    // Spanish throughout, never the English fallback.
    spanish.forEach((text, n) => expect(text).not.toBe(english[n]));
    expect(spanish[2]).toContain('"lesson-notes"');
    expect(spanish[4]).toContain('7');
    expect(english[4]).toMatch(/newer version of Good Call \(export version 7\)/);
    expect(spanish[6]).toContain('50 MB');
    expect(english[0]).toContain(batch.problems[0]!.values!.detail as string);
  });

  it('refuses each odd value that would corrupt the class figures, by file and field', () => {
    type Loose = Record<string, unknown> & { report: Record<string, unknown> & { outcome: Record<string, unknown> } };
    const base = JSON.parse(JSON.stringify(attempts[0])) as Loose;
    const withReport = (id: string, report: Record<string, unknown>, outcome: Record<string, unknown> = {}) => ({
      ...base,
      id,
      report: { ...base.report, ...report, outcome: { ...base.report.outcome, ...outcome } },
    });
    const odd = [
      withReport('odd-constructor', {}, { patient: 'constructor' }),
      withReport('odd-tostring', {}, { patient: 'toString' }),
      withReport('odd-proto', {}, { patient: '__proto__' }),
      withReport('odd-huge-score', { score: 1e308 }),
      withReport('odd-negative-score', { score: -5 }),
      withReport('odd-pass', { passed: true, score: 0, criticalFailures: ['OD-EMS-FIRST'] }),
      withReport('odd-pass-mark', { passMark: 101 }),
      withReport('odd-trust', {}, { callerTrust: 50, arrests: 1e6 }),
      { ...base, id: 'odd-seed', seed: 2 ** 53 + 1 },
    ];
    // JSON text, as a file holds it: `__proto__` is then an own key, and 1e400 reads as Infinity.
    const text = attemptsJson(odd as never).replace('"score": -5', '"score": 1e400');
    const batch = importTexts([{ name: 'odd.json', text }]);
    expect(batch.attempts).toEqual([]);
    const fields = batch.problems.map((p) => [p.file, p.field]);
    expect(fields).toEqual([
      ['odd.json', 'attempts[0].report.outcome.patient'],
      ['odd.json', 'attempts[1].report.outcome.patient'],
      ['odd.json', 'attempts[2].report.outcome.patient'],
      ['odd.json', 'attempts[3].report.score'],
      ['odd.json', 'attempts[4].report.score'],
      ['odd.json', 'attempts[5].report.passed'],
      ['odd.json', 'attempts[5].report.passed'],
      ['odd.json', 'attempts[6].report.passMark'],
      ['odd.json', 'attempts[6].report.passed'],
      ['odd.json', 'attempts[7].report.outcome.arrests'],
      ['odd.json', 'attempts[7].report.outcome.callerTrust'],
      ['odd.json', 'attempts[8].seed'],
    ]);
    const messages = batch.problems.map((p) => p.message);
    expect(messages[3]).toBe('must be a number from 0 to 100');
    expect(messages[5]).toMatch(/^is true, but the score 0 is below the pass mark \d+/);
    expect(messages[6]).toBe('is true, but critical rules failed: OD-EMS-FIRST');
  });

  it("leaves a bad attempt's validation message as the validator wrote it, beside its field", () => {
    const broken = JSON.parse(attemptsJson(attempts.slice(0, 1))) as { attempts: Record<string, unknown>[] };
    broken.attempts[0] = { ...broken.attempts[0], traineeCode: 42 };
    const [problem] = importTexts([{ name: 'one-bad.json', text: JSON.stringify(broken) }]).problems;
    expect(problem?.code).toBeUndefined();
    expect(problemMessage(problem!, createTranslator('es'))).toBe(problem!.message);
  });
});
