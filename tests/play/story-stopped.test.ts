/**
 * A play whose story cannot go on stops with a reason a page can show, instead of crashing or
 * hanging the page: a story that runs away at Begin or after a pick, and a saved attempt that will
 * not restore (set aside on that first failure, and only then).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type ScenarioBundle } from '../../src/engine/index.js';
import { compileInk } from '../../src/engine/story/compile-ink.js';
import { planFromAttempt } from '../../src/play/start.js';
import type { UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import type { QuarantinedRecord } from '../../src/storage/schema.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import { unfinishedAttempt } from '../storage/helpers.js';
import { hub, settled, startTestPlay } from './helpers.js';

const RUNAWAY = path.resolve(import.meta.dirname, '..', 'fixtures', 'runaway');

function runawayFixture(name: string): ScenarioBundle {
  const load = loadScenarioDir(path.join(RUNAWAY, name), { assets: null });
  if (!load.bundle) throw new Error(load.diagnostics.map(formatDiagnostic).join('\n'));
  return load.bundle;
}

const plan = (scenarioId: string) =>
  ({ scenarioId, seed: 7, profileId: 'model-policy', mode: 'learn', timeFactor: 1, locale: 'en', start: { kind: 'fresh' } }) as const;

describe('a story that runs away while it is played', () => {
  it.each([
    ['loop-behind-condition', 8, /runs on in "loop" without offering a choice/],
    ['recursion-behind-condition', 10, /function "g" calls itself/],
    ['self-tunnel-behind-condition', 8, /tunnel "t" enters itself/],
  ])('%s: the pick stops the play with the story’s located problem; nothing is recorded as finished', async (name, line, message) => {
    const bundle = runawayFixture(name);
    const { play, saved } = await startTestPlay(plan(name), { bundle });
    expect(play.view().status).toBe('running');
    play.send({ type: 'pick', index: 0 });
    const view = play.view();
    expect(view.status).toBe('failed');
    expect(view.storyProblems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/en\.ink$/),
        line,
        severity: 'error',
        message: expect.stringMatching(message),
      }),
    ]);
    expect(view.failure).toMatch(new RegExp(`en\\.ink:${line}: error: `));
    await settled();
    expect(saved.filter((a) => a.status === 'finished')).toEqual([]);
  });

  it('at Begin: the play fails to start, with the located problem', async () => {
    const compiled = compileInk('VAR on = true\nStart.\n-> loop\n=== loop ===\nround\n{on: -> loop}\n* [Go #act:wait] -> END\n', 'en.ink');
    if (!compiled.ok) throw new Error('the looping story does not compile');
    const bundle = { manifest: { ...hub.manifest, id: 'loops-at-begin' }, stories: { en: compiled.story } };
    const { play } = await startTestPlay(plan('loops-at-begin'), { bundle });
    expect(play.view().status).toBe('failed');
    expect(play.view().storyProblems?.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^en\.ink:6: error: the story runs on in "loop"/),
    ]);
  });
});

describe('resuming a saved attempt that will not restore', () => {
  const corrupt = (): UnfinishedAttempt => {
    const attempt = unfinishedAttempt('attempt-corrupt');
    return { ...attempt, progress: { ...attempt.progress, snapshot: { ...attempt.progress.snapshot, ink: '{}' } } };
  };

  it('is set aside on the first failure, and the play says so', async () => {
    const attempt = corrupt();
    const asked: [string, string][] = [];
    const record: QuarantinedRecord = {
      key: 1,
      attemptKey: attempt.id,
      quarantinedAt: '2025-03-01T10:03:00.000Z',
      problems: [],
      record: attempt,
    };
    const { play } = await startTestPlay(
      { ...planFromAttempt(attempt, { kind: 'restore' }, 1) },
      {
        setAside: (id, reason) => {
          asked.push([id, reason]);
          return Promise.resolve(record);
        },
      },
    );
    expect(play.view().status).toBe('failed');
    expect(asked).toEqual([['attempt-corrupt', expect.stringMatching(/ink save format incorrect/)]]);
    expect(play.view().resumeFailed).toEqual({ attemptId: 'attempt-corrupt', record });
    expect(play.view().storyProblems).toBeUndefined();
  });

  it('a good one resumes where it was saved and is never set aside', async () => {
    const attempt = unfinishedAttempt('attempt-good');
    let asked = 0;
    const { play } = await startTestPlay(planFromAttempt(attempt, { kind: 'restore' }, 1), {
      setAside: () => {
        asked++;
        return Promise.resolve(undefined);
      },
    });
    expect(play.view().status).toBe('running');
    expect(
      play
        .view()
        .session?.picks()
        .map((p) => p.index),
    ).toEqual(attempt.picks.map((p) => p.index));
    expect(asked).toBe(0);
  });
});
