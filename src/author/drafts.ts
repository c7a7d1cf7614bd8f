/**
 * What the trainer types in the author preview, kept in this browser as they type (localStorage), one
 * draft per scenario folder (pasted Ink has its own), so that a reload, a crashed tab or a closed
 * laptop loses nothing not yet downloaded. Reopened, the page puts back the last draft edited; opening
 * a folder puts back the edits to its files that were never downloaded.
 */
import type { Workspace } from './workspace.js';

const PREFIX = 'good-call:author-draft:';
const LAST = `${PREFIX}last`;
const PASTED = '(pasted)';

export interface Draft {
  readonly workspace: Workspace;
  readonly activeFile: string;
  /** Files edited since they were opened or downloaded. */
  readonly unsaved: readonly string[];
}

function keyOf(folder: string | undefined): string {
  return `${PREFIX}${folder ?? PASTED}`;
}

function isStrings(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

function readDraft(key: string): Draft | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Draft> | null;
    const workspace = value?.workspace;
    if (!workspace || !isStrings(workspace.files) || typeof value.activeFile !== 'string' || !Array.isArray(value.unsaved))
      return undefined;
    if (workspace.folder !== undefined && typeof workspace.folder !== 'string') return undefined;
    const files = Object.fromEntries(Object.entries(workspace.files));
    return {
      workspace: workspace.folder !== undefined ? { folder: workspace.folder, files } : { files },
      activeFile: value.activeFile,
      unsaved: value.unsaved.filter((f): f is string => typeof f === 'string' && f in files),
    };
  } catch {
    return undefined;
  }
}

/** Keeps the draft; a browser that refuses (storage full, or turned off) is not the trainer's problem while the page is open. */
export function keepDraft(draft: Draft): boolean {
  try {
    const key = keyOf(draft.workspace.folder);
    localStorage.setItem(key, JSON.stringify({ ...draft, unsaved: [...draft.unsaved] }));
    localStorage.setItem(LAST, key);
    return true;
  } catch {
    return false;
  }
}

/** The draft edited last, to put back when the page opens. */
export function lastDraft(): Draft | undefined {
  try {
    const key = localStorage.getItem(LAST);
    return key?.startsWith(PREFIX) ? readDraft(key) : undefined;
  } catch {
    return undefined;
  }
}

/** The draft of a scenario folder, to put its edits not yet downloaded back over the files opened. */
export function draftOf(folder: string | undefined): Draft | undefined {
  return readDraft(keyOf(folder));
}
