import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles, importTexts, type FileLike } from '../../src/dashboard/import-files.js';
import { addAttempts, finishedOnly, NO_ATTEMPTS } from '../../src/dashboard/imported-attempts.js';
import { problemMessage } from '../../src/dashboard/import-panel.js';
import { attemptsJson, EXPORT_FORMAT, MAX_IMPORT_BYTES } from '../../src/export/attempts-json.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { classAttempts, unfinishedClassAttempt } from './class-attempts.js';

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
      once.attempts,
      importTexts([
        { name: 'b.json', text: second },
        { name: 'a-again.json', text: first },
      ]).attempts,
    );
    expect(once).toMatchObject({ added: 10, duplicates: 0 });
    expect(twice).toMatchObject({ added: 10, duplicates: 2 + 10 });
    expect(twice.attempts.size).toBe(20);

    const unfinished = unfinishedClassAttempt();
    const finishedLater = { ...attempts[0]!, id: unfinished.id };
    const either = (order: 'unfinished first' | 'finished first') =>
      addAttempts(NO_ATTEMPTS, order === 'unfinished first' ? [unfinished, finishedLater] : [finishedLater, unfinished]).attempts.get(
        unfinished.id,
      )?.status;
    expect(either('unfinished first')).toBe('finished');
    expect(either('finished first')).toBe('finished');
    expect(finishedOnly([unfinished, finishedLater]).map((a) => a.id)).toEqual([unfinished.id]);
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

  it("leaves a bad attempt's validation message as the validator wrote it, beside its field", () => {
    const broken = JSON.parse(attemptsJson(attempts.slice(0, 1))) as { attempts: Record<string, unknown>[] };
    broken.attempts[0] = { ...broken.attempts[0], traineeCode: 42 };
    const [problem] = importTexts([{ name: 'one-bad.json', text: JSON.stringify(broken) }]).problems;
    expect(problem?.code).toBeUndefined();
    expect(problemMessage(problem!, createTranslator('es'))).toBe(problem!.message);
  });
});
