/**
 * Finds the learning management system's SCORM API the way the ADL run-time guidance describes: in
 * this window or one of its parents, then in the opener and its parents. Without one the game runs
 * as it does anywhere else.
 */

export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString?(code: string): string;
  LMSGetDiagnostic?(code: string): string;
}

export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString?(code: string): string;
  GetDiagnostic?(code: string): string;
}

export type ScormApi = { readonly version: '1.2'; readonly api: Scorm12Api } | { readonly version: '2004'; readonly api: Scorm2004Api };

/** The parts of a window the search needs; tests pass plain objects. */
export interface WindowLike {
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
  readonly API?: unknown;
  readonly API_1484_11?: unknown;
}

/** ADL: give up after this many parents, so a broken frame chain cannot hang the search. */
const MAX_DEPTH = 500;

function readApi(win: WindowLike, prefer: '1.2' | '2004'): ScormApi | undefined {
  try {
    const api2004 = win.API_1484_11 as Scorm2004Api | undefined;
    const api12 = win.API as Scorm12Api | undefined;
    const has2004 = typeof api2004?.Initialize === 'function';
    const has12 = typeof api12?.LMSInitialize === 'function';
    if (prefer === '2004' && has2004) return { version: '2004', api: api2004! };
    if (has12) return { version: '1.2', api: api12! };
    if (has2004) return { version: '2004', api: api2004! };
  } catch {
    // A frame from another origin cannot be read: it is not our LMS.
  }
  return undefined;
}

function searchUp(start: WindowLike | null | undefined, prefer: '1.2' | '2004'): ScormApi | undefined {
  let win = start;
  for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
    const found = readApi(win, prefer);
    if (found) return found;
    let parent: WindowLike | null | undefined;
    try {
      parent = win.parent;
    } catch {
      return undefined;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

export function findScormApi(start: WindowLike, prefer: '1.2' | '2004' = '1.2'): ScormApi | undefined {
  const here = searchUp(start, prefer);
  if (here) return here;
  let opener: WindowLike | null | undefined;
  try {
    opener = start.opener;
  } catch {
    return undefined;
  }
  return searchUp(opener, prefer);
}
