/**
 * The author preview's side of its compile workers, with fake workers: only the newest text is
 * checked, each check's stories are then tried in the second worker, and a worker that overruns its
 * time limit is stopped and replaced, with the trainer told, so the page never waits on a story.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostics.js';
import { trialRun } from '../../src/author/trial-run.js';
import type { CheckReply, CheckRequest } from '../../src/author/compile-protocol.js';
import { createCompilerClient, type WorkerLike } from '../../src/author/compiler-client.js';
import { createWorkspaceChecker } from '../../src/author/check-workspace.js';
import { pastedInkWorkspace } from '../../src/author/workspace.js';
import { formatDiagnostic } from '../../src/engine/index.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';

const RUNAWAY = path.resolve(import.meta.dirname, '..', 'fixtures', 'runaway');

class FakeWorker implements WorkerLike {
  readonly received: CheckRequest[] = [];
  terminated = false;
  private listener: ((event: MessageEvent<CheckReply>) => void) | undefined;
  constructor(readonly name: string) {}
  postMessage(message: CheckRequest): void {
    this.received.push(message);
  }
  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.listener = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last request as the real worker would. */
  answer(): void {
    const request = this.received.at(-1)!;
    const reply: CheckReply =
      request.kind === 'check'
        ? { kind: 'check', ok: true, check: createWorkspaceChecker()(request.workspace), milliseconds: 1 }
        : {
            kind: 'trial',
            ok: true,
            diagnostics: Object.entries(request.stories).flatMap(([l, s]) => trialRun(request.manifest, l, s, request.profile)),
          };
    this.listener?.({ data: reply } as MessageEvent<CheckReply>);
  }
}

function harness() {
  const workers: FakeWorker[] = [];
  const failures: string[] = [];
  const trials: (readonly Diagnostic[])[] = [];
  const timeouts: number[] = [];
  const client = createCompilerClient(
    {
      onResult: () => undefined,
      onBusy: () => undefined,
      onFailure: (m) => failures.push(m),
      onTrial: (d) => trials.push(d),
      onTrialTimeout: (s) => timeouts.push(s),
    },
    {
      profile: profile(),
      timeLimitMs: 5_000,
      createWorker: (name) => {
        const worker = new FakeWorker(name);
        workers.push(worker);
        return worker;
      },
    },
  );
  const live = (name: string) => workers.filter((w) => w.name === name && !w.terminated);
  return { client, workers, failures, trials, timeouts, live };
}

const loopingInk = 'VAR on = true\nYou arrive.\n* [Go in #act:scene_size_up] -> loop\n=== loop ===\nround\n{on: -> loop}\n-> END\n';

describe('the author preview’s compile workers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tries each checked story in the second worker and lists a runaway at its line', () => {
    const { client, trials, live } = harness();
    client.check(pastedInkWorkspace(loopingInk));
    live('good-call-compiler')[0]!.answer();
    const trial = live('good-call-trial')[0]!;
    expect(trial.received.map((r) => r.kind)).toEqual(['trial']);
    trial.answer();
    expect(trials.map((d) => d.map(formatDiagnostic))).toEqual([
      [expect.stringMatching(/^en\.ink:6: error: the story runs on in "loop" without offering a choice/)],
    ]);
  });

  it('stops a trial worker that overruns its limit, starts another, says so, and tries the newest stories on it', () => {
    const { client, timeouts, live, workers } = harness();
    client.check(pastedInkWorkspace(loopingInk));
    live('good-call-compiler')[0]!.answer();
    const stuck = live('good-call-trial')[0]!;
    client.check(pastedInkWorkspace(`${loopingInk}// edited\n`));
    live('good-call-compiler')[0]!.answer();
    vi.advanceTimersByTime(5_000);
    expect(stuck.terminated).toBe(true);
    expect(timeouts).toEqual([5]);
    const fresh = live('good-call-trial');
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.received).toHaveLength(1);
    expect(workers.filter((w) => w.name === 'good-call-trial')).toHaveLength(2);
  });

  it('stops a check that overruns its limit and checks the newest text on a fresh worker', () => {
    const { client, failures, live } = harness();
    client.check(pastedInkWorkspace('Hello.\n-> END\n'));
    const stuck = live('good-call-compiler')[0]!;
    client.check(pastedInkWorkspace('Hello again.\n-> END\n'));
    vi.advanceTimersByTime(5_000);
    expect(stuck.terminated).toBe(true);
    expect(failures).toEqual([expect.stringMatching(/took longer than 5 seconds/)]);
    const fresh = live('good-call-compiler')[0]!;
    expect(fresh.received).toEqual([{ kind: 'check', workspace: pastedInkWorkspace('Hello again.\n-> END\n') }]);
  });
});

describe('the trial run', () => {
  it.each([
    ['loop-behind-condition', 8],
    ['recursion-behind-condition', 10],
    ['self-tunnel-behind-condition', 8],
  ])('%s: located at its line', (name, line) => {
    const bundle = loadScenarioDir(path.join(RUNAWAY, name), { assets: null }).bundle!;
    expect(trialRun(bundle.manifest, 'en', bundle.stories.en!, profile())).toEqual([
      expect.objectContaining({ line, severity: 'error', file: expect.stringMatching(/en\.ink$/) }),
    ]);
  });

  it('finds nothing in a story that always offers a choice or ends', () => {
    const bundle = loadScenarioDir(path.resolve(import.meta.dirname, '..', 'fixtures', 'scenarios', 'hub-overdose'), {
      assets: null,
    }).bundle!;
    expect(trialRun(bundle.manifest, 'en', bundle.stories.en!, profile())).toEqual([]);
  });
});
