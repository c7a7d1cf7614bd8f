import { describe, expect, it } from 'vitest';
import { attemptsJson, EXPORT_FORMAT, importAttemptsJson, MAX_IMPORT_BYTES } from '../../src/export/attempts-json.js';
import { finishedAttemptOf, unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function attempts() {
  const done = scoredSession({ scenario: loadFixture('sandbox-overdose'), profile: profile(), seed: 4 });
  playPicks(done, parsePicks('act:call_ems,act:naloxone_nasal,act:monitor,act:monitor,act:monitor'));
  done.note('discuss the timing');
  const going = scoredSession({ scenario: loadFixture('sandbox-patdown'), profile: profile('limited-immunity'), seed: 9, mode: 'assess' });
  playPicks(going, parsePicks('act:explain_stop,act:ask_about_sharps'));
  return [
    finishedAttemptOf(
      done,
      { id: 'attempt-a', traineeCode: 'RED-FOX-11', timeFactor: 0, startedAt: '2026-11-25T09:00:00.000Z' },
      '2026-11-25T09:06:00.000Z',
    ),
    unfinishedAttemptOf(
      going,
      { id: 'attempt-b', traineeCode: 'GREY-OWL-7', timeFactor: 1, startedAt: '2026-11-25T10:00:00.000Z' },
      [0, 2],
      '2026-11-25T10:01:00.000Z',
    ),
  ];
}

describe('the JSON export', () => {
  it('round-trips: importing an export gives the identical attempts', () => {
    const original = attempts();
    const text = attemptsJson(original, new Date('2026-11-25T12:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-25T12:00:00.000Z' });
    const imported = importAttemptsJson(text, 'class-a.json');
    expect(imported.problems).toEqual([]);
    expect(imported.attempts).toEqual(JSON.parse(JSON.stringify(original)));
    expect(attemptsJson(imported.attempts, new Date('2026-11-25T12:00:00Z'))).toBe(text);
  });

  it('loads the good attempts of a file and names each bad one by file and field', () => {
    const [finished, other] = attempts();
    const good = finished as FinishedAttempt;
    const broken = { ...JSON.parse(JSON.stringify(good)), id: 'attempt-c', report: { ...good.report, score: 'high' } };
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-11-25T12:00:00Z', attempts: [good, broken, other] });
    const result = importAttemptsJson(text, 'mixed.json');
    expect(result.attempts.map((a) => a.id)).toEqual(['attempt-a', 'attempt-b']);
    expect(result.problems).toEqual([{ file: 'mixed.json', field: 'attempts[1].report.score', message: expect.stringMatching(/number/) }]);
  });

  it('refuses a file that is not an export, is corrupt, is too large or comes from a newer version, saying why', () => {
    expect(importAttemptsJson('{"format":"something else"}', 'a.json').problems[0]).toMatchObject({
      file: 'a.json',
      field: '(file)',
      message: expect.stringMatching(/not a Good Call export/),
    });
    expect(importAttemptsJson('{"format": "good-call/attempts", "attemp', 'b.json').problems[0]?.message).toMatch(/not valid JSON/);
    expect(importAttemptsJson('{}', 'c.json', MAX_IMPORT_BYTES + 1).problems[0]?.message).toMatch(/the limit is 50 MB/);
    expect(importAttemptsJson(JSON.stringify({ format: EXPORT_FORMAT, version: 99, attempts: [] }), 'd.json').problems[0]?.message).toMatch(
      /newer version/,
    );
  });
});
