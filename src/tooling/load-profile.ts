/** Loads jurisdiction profiles: by id from this repository's `scenarios/profiles/`, or from a file path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../engine/diagnostics.js';
import { validateProfile, type Profile } from '../engine/scoring/profile.js';
import { fieldDiagnostics, parseJsonText } from './json-file.js';
import { displayPath, PROFILES_DIR } from './paths.js';

export type ProfileLoad =
  { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function shippedProfileIds(dir = PROFILES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function loadProfileFile(file: string): ProfileLoad {
  const shown = displayPath(file);
  if (!existsSync(file)) return { ok: false, diagnostics: [{ file: shown, severity: 'error', message: 'no such profile file' }] };
  const text = readFileSync(file, 'utf8');
  const parsed = parseJsonText(text, shown);
  if (!parsed.ok) return { ok: false, diagnostics: [parsed.diagnostic] };
  const validation = validateProfile(parsed.value, path.basename(file, '.json'));
  if (!validation.ok) return { ok: false, diagnostics: fieldDiagnostics(text, shown, validation.problems) };
  return { ok: true, profile: validation.profile };
}

/** `model-policy`, or `./my-agency.json`: an id is looked up among the shipped profiles. */
export function loadProfile(idOrPath: string): ProfileLoad {
  if (/^[a-z0-9][a-z0-9-]*$/.test(idOrPath) && !existsSync(idOrPath)) {
    const file = path.join(PROFILES_DIR, `${idOrPath}.json`);
    if (!existsSync(file)) {
      const known = shippedProfileIds().join(', ') || 'none';
      return {
        ok: false,
        diagnostics: [
          {
            file: idOrPath,
            severity: 'error',
            message: `unknown profile "${idOrPath}" (known: ${known}; or give a path to a profile file)`,
          },
        ],
      };
    }
    return loadProfileFile(file);
  }
  return loadProfileFile(path.resolve(idOrPath));
}
