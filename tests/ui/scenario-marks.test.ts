import { describe, expect, it } from 'vitest';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { scenarioMarks } from '../../src/ui/scenario-marks.js';
import { finishedAttempt } from '../storage/helpers.js';

const played = finishedAttempt('a1', 'TR-AAAA-BBBB');
const scenarioId = played.scenario.id;

function scored(id: string, score: number, passed: boolean, traineeCode = 'TR-AAAA-BBBB'): FinishedAttempt {
  return { ...played, id, traineeCode, report: { ...played.report, score, passed } };
}

describe('the marks on a scenario in the list', () => {
  it('are empty for a scenario the trainee has not finished', () => {
    expect(scenarioMarks([], scenarioId, 'TR-AAAA-BBBB')).toEqual({ finished: 0, passed: false, best: undefined });
    expect(scenarioMarks([played], 'another-scenario', 'TR-AAAA-BBBB').finished).toBe(0);
  });

  it('count finished attempts and keep the best score, passed or not', () => {
    const marks = scenarioMarks([scored('a', 62.5, false), scored('b', 88.9, false), scored('c', 70, true)], scenarioId, 'TR-AAAA-BBBB');
    expect(marks).toEqual({ finished: 3, passed: true, best: 88.9 });
  });

  it('count only the attempts saved under the trainee code in use', () => {
    const attempts = [scored('a', 95, true, 'TR-OTHR-CODE'), scored('b', 40, false)];
    expect(scenarioMarks(attempts, scenarioId, 'TR-AAAA-BBBB')).toEqual({ finished: 1, passed: false, best: 40 });
    expect(scenarioMarks(attempts, scenarioId, 'TR-OTHR-CODE')).toEqual({ finished: 1, passed: true, best: 95 });
  });
});
