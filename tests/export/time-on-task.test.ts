/** Real time on task for training hours: from the attempt's own real times, with long idle gaps capped. */
import { describe, expect, it } from 'vitest';
import { attemptsCsv, ATTEMPT_COLUMNS } from '../../src/export/csv.js';
import type { ExportableAttempt } from '../../src/export/exportable-attempt.js';
import { IDLE_CAP_SECONDS, secondsOnTask } from '../../src/export/time-on-task.js';
import type { PickRecord } from '../../src/engine/index.js';

function attempt(pickTimes: readonly (string | null)[] | undefined, finishedAt = '2026-03-02T15:10:00.000Z'): ExportableAttempt {
  const picks = (pickTimes ?? ['x', 'x']).map((_, i) => ({ index: i, at: i * 30, text: 'pick', actions: [] }) as unknown as PickRecord);
  return {
    id: 'attempt-hours',
    traineeCode: 'IS-OAK-118',
    scenario: { id: 'overdose-apartment', version: 3 },
    profileId: 'model-policy',
    locale: 'en',
    mode: 'learn',
    seed: 7,
    startedAt: '2026-03-02T15:00:00.000Z',
    finishedAt,
    picks,
    ...(pickTimes ? { pickTimes } : {}),
  };
}

describe('seconds on task', () => {
  it('adds up the real time from the start through each pick to the end', () => {
    expect(secondsOnTask(attempt(['2026-03-02T15:01:00.000Z', '2026-03-02T15:04:30.000Z']))).toBe(600);
  });

  it('counts a gap longer than the cap as the cap: the laptop slept between two picks', () => {
    const slept = attempt(['2026-03-02T15:01:00.000Z', '2026-03-03T09:00:00.000Z'], '2026-03-03T09:02:00.000Z');
    expect(secondsOnTask(slept)).toBe(60 + IDLE_CAP_SECONDS + 120);
  });

  it('is unknown for an attempt that did not keep every pick time', () => {
    expect(secondsOnTask(attempt(undefined))).toBeNull();
    expect(secondsOnTask(attempt([null, '2026-03-02T15:04:30.000Z']))).toBeNull();
  });

  it('is the last column of the attempts sheet', () => {
    const [header, row] = attemptsCsv([attempt(['2026-03-02T15:01:00.000Z', '2026-03-02T15:04:30.000Z'])])
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(header?.split(',').at(-1)).toBe('seconds_on_task');
    expect(ATTEMPT_COLUMNS.at(-1)).toBe('seconds_on_task');
    expect(row?.split(',').at(-1)).toBe('600');
  });
});
