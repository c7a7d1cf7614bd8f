/**
 * The page's side of the compile workers. An edit is sent at once when the checking worker is free;
 * while it is busy only the newest text waits, and replies about older text are dropped, so what is
 * shown always describes what is in the editor. Measured in Chromium on a scenario of the shipped
 * size (about 700 lines), the worker checks an edit in 30-170 ms (about 65 ms typically), so problems
 * appear well within 200 ms of a keystroke without any pause to wait for the typing to stop.
 *
 * Each check's stories are then tried in a second worker (trial-run.ts), which can take a second on
 * a large scenario without slowing the checks. Either worker that has not answered within its time
 * limit is stopped and started afresh, and the trainer told: nothing the page does can hang on a story.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { WorkspaceCheck } from './check-workspace.js';
import type { CheckReply, CheckRequest } from './compile-protocol.js';
import type { Workspace } from './workspace.js';

export interface CheckResult {
  readonly check: WorkspaceCheck;
  /** How long the worker took. */
  readonly milliseconds: number;
}

export interface CompilerClient {
  /** Checks this text as soon as the worker is free, replacing any text still waiting. */
  check(workspace: Workspace): void;
  dispose(): void;
}

export interface CompilerCallbacks {
  readonly onResult: (result: CheckResult) => void;
  /** True from an edit until the check of the newest text is back. */
  readonly onBusy: (busy: boolean) => void;
  /** The worker could not be started, failed, or took longer than its limit: the preview could not check this text. */
  readonly onFailure: (message: string) => void;
  /** What trying the newest stories found (empty: nothing); replaces what the last trial found. */
  readonly onTrial?: (diagnostics: readonly Diagnostic[]) => void;
  /** A trial took longer than its limit: the stories may run on without end somewhere it could not locate. */
  readonly onTrialTimeout?: (seconds: number) => void;
}

/** What the client needs of a Worker: tests hand in a fake. */
export interface WorkerLike {
  postMessage(message: CheckRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface CompilerOptions {
  /** The profile stories are tried under; without one, stories are not tried. */
  readonly profile?: Profile;
  /** Milliseconds a worker may take over one request before it is stopped and started afresh. */
  readonly timeLimitMs?: number;
  readonly createWorker?: (name: string) => WorkerLike;
}

/** A check compiles one file per keystroke; a trial plays a few hundred picks. Either is far inside this on the slowest laptop. */
export const WORKER_TIME_LIMIT_MS = 20_000;

function browserWorker(name: string): WorkerLike {
  return new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module', name });
}

interface Lane {
  send(request: CheckRequest): void;
  dispose(): void;
}

/** One worker, one request at a time, only the newest waiting, stopped and replaced when it overruns its limit. */
function lane(
  name: string,
  options: Required<Pick<CompilerOptions, 'timeLimitMs' | 'createWorker'>>,
  onReply: (reply: CheckReply, isNewest: boolean) => void,
  onFailure: (message: string) => void,
  onTimeout: () => void,
): Lane {
  let worker: WorkerLike;
  let inFlight = false;
  let waiting: CheckRequest | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const post = (request: CheckRequest): void => {
    inFlight = true;
    worker.postMessage(request);
    timer = setTimeout(() => {
      worker.terminate();
      inFlight = false;
      start();
      onTimeout();
      const next = waiting;
      waiting = undefined;
      if (next) post(next);
    }, options.timeLimitMs);
  };
  const settle = (): CheckRequest | undefined => {
    clearTimeout(timer);
    inFlight = false;
    const next = waiting;
    waiting = undefined;
    return next;
  };
  function start(): void {
    worker = options.createWorker(name);
    worker.addEventListener('message', (event: MessageEvent<CheckReply>) => {
      const next = settle();
      if (next) post(next);
      onReply(event.data, next === undefined);
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      settle();
      onFailure(event.message || 'the compile worker failed to start');
    });
  }
  start();

  return {
    send(request) {
      if (inFlight) waiting = request;
      else post(request);
    },
    dispose() {
      clearTimeout(timer);
      worker.terminate();
    },
  };
}

export function createCompilerClient(callbacks: CompilerCallbacks, options: CompilerOptions = {}): CompilerClient {
  const limits = { timeLimitMs: options.timeLimitMs ?? WORKER_TIME_LIMIT_MS, createWorker: options.createWorker ?? browserWorker };
  const seconds = Math.round(limits.timeLimitMs / 1000);
  const { profile } = options;

  const trials = profile
    ? lane(
        'good-call-trial',
        limits,
        (reply, isNewest) => {
          if (!isNewest || reply.kind !== 'trial') return;
          if (reply.ok) callbacks.onTrial?.(reply.diagnostics);
          else callbacks.onFailure(reply.message);
        },
        (message) => callbacks.onFailure(message),
        () => callbacks.onTrialTimeout?.(seconds),
      )
    : undefined;

  const checks = lane(
    'good-call-compiler',
    limits,
    (reply, isNewest) => {
      // Newer text is waiting: this reply describes text that is no longer in the editor.
      if (!isNewest || reply.kind !== 'check') return;
      callbacks.onBusy(false);
      if (!reply.ok) {
        callbacks.onFailure(reply.message);
        return;
      }
      callbacks.onResult({ check: reply.check, milliseconds: reply.milliseconds });
      const { manifest, stories } = reply.check;
      if (trials && profile && manifest && Object.keys(stories).length > 0) trials.send({ kind: 'trial', manifest, stories, profile });
      else callbacks.onTrial?.([]);
    },
    (message) => {
      callbacks.onBusy(false);
      callbacks.onFailure(message);
    },
    () => {
      callbacks.onBusy(false);
      callbacks.onFailure(`the check took longer than ${seconds} seconds and was stopped`);
    },
  );

  return {
    check(workspace) {
      callbacks.onBusy(true);
      checks.send({ kind: 'check', workspace });
    },
    dispose() {
      checks.dispose();
      trials?.dispose();
    },
  };
}
