/**
 * A `scenario.json` that is not JSON must not stop the build, the dev server or the other scenarios:
 * the Ink plugin (src/tooling/vite-plugin-ink.ts) bundles such a file as this stand-in, and the
 * catalogue lists the scenario as unavailable with where the file goes wrong. Plain data, so both
 * sides may import it.
 */
import { formatDiagnostic, type Diagnostic } from '../engine/diagnostics.js';

const MARK = '$goodCallUnreadableManifest';

export interface UnreadableManifest {
  readonly [MARK]: Diagnostic;
}

export function unreadableManifest(diagnostic: Diagnostic): UnreadableManifest {
  return { [MARK]: diagnostic };
}

/** The located reason a bundled manifest could not be read (`scenarios/x/scenario.json:3:16: error: ...`), if it could not. */
export function unreadableReason(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, MARK)) return undefined;
  const diagnostic = (value as UnreadableManifest)[MARK];
  return formatDiagnostic(diagnostic);
}
