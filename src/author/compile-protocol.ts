/** Messages between the author page and its compile worker. */
import type { WorkspaceCheck } from './check-workspace.js';
import type { Workspace } from './workspace.js';

export interface CheckRequest {
  readonly workspace: Workspace;
}

export type CheckReply =
  | { readonly ok: true; readonly check: WorkspaceCheck; readonly milliseconds: number }
  /** The checker itself failed (a bug, not an authoring mistake). */
  | { readonly ok: false; readonly message: string };
