/** Where things are in this repository, wherever the command is run from. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCENARIOS_DIR = path.join(REPO_ROOT, 'scenarios');
export const PROFILES_DIR = path.join(SCENARIOS_DIR, 'profiles');
export const ASSETS_MANIFEST = path.join(REPO_ROOT, 'assets', 'manifest.json');

/** A path as a trainer would like to read it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
