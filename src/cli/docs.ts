/**
 * `npm run -s docs` regenerates the reference blocks of `docs/authoring.md` (actions, events,
 * engine variables, parameters, presentation ids) from the registries. A test fails if they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnownAssets } from '../tooling/assets-manifest.js';
import { fillGeneratedBlocks, generatedBlocks } from '../tooling/authoring-reference.js';
import { REPO_ROOT } from '../tooling/paths.js';
import { runCommand } from './run-command.js';

export const AUTHORING_GUIDE = path.join(REPO_ROOT, 'docs', 'authoring.md');

runCommand('usage: npm run -s docs', () => {
  const before = readFileSync(AUTHORING_GUIDE, 'utf8');
  const after = fillGeneratedBlocks(before, generatedBlocks(loadKnownAssets()));
  writeFileSync(AUTHORING_GUIDE, after);
  console.log(before === after ? 'docs/authoring.md is up to date' : 'updated docs/authoring.md');
});
