/**
 * Every call to a SCORM LMS, checked: the return value of each call and `GetLastError` after it. A
 * refused call is kept as a problem, with the LMS's own error text and diagnostic, for the
 * diagnostics panel an instructor reads (lms-status-panel.ts); nothing is dropped silently. Once the
 * session is terminated nothing more is sent, as both versions require: a late call is kept as a
 * problem here instead.
 */
import type { ScormApi } from './find-scorm-api.js';

export interface ScormProblem {
  /** The call, as the version names it (`SetValue`, `LMSCommit`). */
  readonly call: string;
  readonly element?: string;
  /** The value that was refused, shortened. */
  readonly value?: string;
  /** The LMS's error code; 0 when the LMS refused without one, -1 when the call was never made (after the end). */
  readonly code: number;
  /** The LMS's text for the code (`GetErrorString`), or ours when the call was not made. */
  readonly message: string;
  readonly diagnostic?: string;
  /** ISO date-time. */
  readonly at: string;
}

export type ConnectionState = 'not-started' | 'running' | 'terminated';

export interface ScormConnection {
  readonly version: ScormApi['version'];
  state(): ConnectionState;
  initialize(): boolean;
  /**
   * The element's value; `undefined` when the LMS has none: SCORM 2004's "not initialized" (403) is
   * an answer, not a fault, for an element the LMS may leave unset (`optional`).
   */
  get(element: string, options?: { readonly optional?: boolean }): string | undefined;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  problems(): readonly ScormProblem[];
  /** Told after each new problem. */
  onProblem(listener: (problem: ScormProblem) => void): () => void;
}

/** SCORM 2004's "Data Model Element Value Not Initialized". */
const NOT_INITIALIZED = 403;

interface RawCalls {
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
  readonly names: Readonly<Record<'initialize' | 'terminate' | 'get' | 'set' | 'commit', string>>;
}

function rawCalls(scorm: ScormApi): RawCalls {
  if (scorm.version === '1.2') {
    const { api } = scorm;
    return {
      initialize: () => api.LMSInitialize(''),
      terminate: () => api.LMSFinish(''),
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => api.LMSSetValue(e, v),
      commit: () => api.LMSCommit(''),
      lastError: () => api.LMSGetLastError(),
      errorString: (code) => api.LMSGetErrorString?.(code),
      diagnostic: (code) => api.LMSGetDiagnostic?.(code),
      names: { initialize: 'LMSInitialize', terminate: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' },
    };
  }
  const { api } = scorm;
  return {
    initialize: () => api.Initialize(''),
    terminate: () => api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v),
    commit: () => api.Commit(''),
    lastError: () => api.GetLastError(),
    errorString: (code) => api.GetErrorString?.(code),
    diagnostic: (code) => api.GetDiagnostic?.(code),
    names: { initialize: 'Initialize', terminate: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' },
  };
}

function shortened(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function scormConnection(scorm: ScormApi, now: () => Date = () => new Date()): ScormConnection {
  const raw = rawCalls(scorm);
  const problems: ScormProblem[] = [];
  const listeners = new Set<(problem: ScormProblem) => void>();
  let state: ConnectionState = 'not-started';

  const keep = (problem: ScormProblem): void => {
    problems.push(problem);
    for (const listener of [...listeners]) listener(problem);
  };
  const text = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));
  const problemAt = (call: string, code: number, detail: { element?: string; value?: string }): ScormProblem => {
    const codeText = String(code);
    let message = '';
    let diagnostic: string | undefined;
    try {
      message = text(raw.errorString(codeText)) ?? '';
      diagnostic = text(raw.diagnostic(codeText));
    } catch {
      // An LMS whose error calls throw still has its code recorded.
    }
    return {
      call,
      ...(detail.element !== undefined ? { element: detail.element } : {}),
      ...(detail.value !== undefined ? { value: shortened(detail.value) } : {}),
      code,
      message: message || `error ${code}`,
      ...(diagnostic && diagnostic !== message ? { diagnostic: shortened(diagnostic, 300) } : {}),
      at: now().toISOString(),
    };
  };
  const lastError = (): number => {
    try {
      const code = Number(text(raw.lastError()) ?? '0');
      return Number.isFinite(code) ? code : 0;
    } catch {
      return 0;
    }
  };
  /** Runs a call that answers "true" or "false"; keeps a problem when it fails or leaves an error code. */
  const run = (
    kind: 'initialize' | 'terminate' | 'set' | 'commit',
    call: () => unknown,
    detail: { element?: string; value?: string } = {},
  ): boolean => {
    const name = raw.names[kind];
    if (state === 'terminated' || (state === 'not-started' && kind !== 'initialize')) {
      keep({
        call: name,
        ...detail,
        code: -1,
        message: state === 'terminated' ? 'not sent: the session had ended' : 'not sent: the session had not started',
        at: now().toISOString(),
      });
      return false;
    }
    let answer: unknown;
    try {
      answer = call();
    } catch (error) {
      keep({ call: name, ...detail, code: 0, message: error instanceof Error ? error.message : String(error), at: now().toISOString() });
      return false;
    }
    const code = lastError();
    const ok = String(answer) === 'true';
    if (!ok || code !== 0) keep(problemAt(name, code, detail));
    return ok;
  };

  return {
    version: scorm.version,
    state: () => state,
    initialize() {
      const ok = run('initialize', () => raw.initialize());
      // An LMS that says no may still answer; the calls that follow show whether it does.
      state = 'running';
      return ok;
    },
    get(element, options = {}) {
      const name = raw.names.get;
      if (state !== 'running') {
        keep({ call: name, element, code: -1, message: 'not sent: the session was not running', at: now().toISOString() });
        return undefined;
      }
      let value: unknown;
      try {
        value = raw.get(element);
      } catch (error) {
        keep({ call: name, element, code: 0, message: error instanceof Error ? error.message : String(error), at: now().toISOString() });
        return undefined;
      }
      const code = lastError();
      if (code === 0) return text(value) ?? '';
      if (!(code === NOT_INITIALIZED && options.optional)) keep(problemAt(name, code, { element }));
      return undefined;
    },
    set: (element, value) => run('set', () => raw.set(element, value), { element, value }),
    commit: () => run('commit', () => raw.commit()),
    terminate() {
      const ok = run('terminate', () => raw.terminate());
      state = 'terminated';
      return ok;
    },
    problems: () => problems,
    onProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
