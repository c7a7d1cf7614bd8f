/**
 * `npx tsx bench/exploration-hash.ts [--default]`: explores every shipped scenario at 2,000 states
 * (model-policy, seed 1, the default random completions and injects, the story's source for the
 * choices never offered and the knots never visited) and prints a SHA-256 of each exploration
 * without its duration, and one over them all. The same hashes before and after a change to the
 * explorer (or to the engine it drives) prove the change altered nothing the coverage report shows:
 * states counted, endings, dead ends, frozen loops, rules exercised, knots and choices never reached.
 * `--default` adds patdown-robbery-report at the default budget of 20,000 states (slow).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { DEFAULT_BUDGET, explore } from '../src/tooling/explore/explore.js';
import { loadProfile } from '../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';
import { REPO_ROOT } from '../src/tooling/paths.js';

const BUDGET = 2000;
const AT_DEFAULT_BUDGET = 'patdown-robbery-report';

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const profile = loadProfile('model-policy');
if (!profile.ok) throw new Error('the model-policy profile does not load');
const runs: [string, number][] = shippedScenarioDirs().map((dir) => [dir, BUDGET]);
if (process.argv.includes('--default')) {
  const dir = shippedScenarioDirs().find((d) => path.basename(d) === AT_DEFAULT_BUDGET);
  if (dir) runs.push([dir, DEFAULT_BUDGET]);
}
const all = createHash('sha256');
for (const [dir, budget] of runs) {
  const load = loadScenarioDir(dir, { assets: null });
  if (!load.bundle) throw new Error(`${dir} does not load`);
  const source = load.sources[load.bundle.manifest.locales[0] ?? 'en']?.text;
  const { seconds: _seconds, ...exploration } = explore(load.bundle, {
    profile: profile.profile,
    budget,
    ...(source !== undefined ? { source } : {}),
  });
  // Paths inside the repository only, so that two checkouts of the same code hash alike.
  const text = JSON.stringify(exploration)
    .split(REPO_ROOT + path.sep)
    .join('');
  all.update(text).update('\n');
  console.log(
    `${`${exploration.scenario} at ${budget}`.padEnd(44)} ${hashOf(text).slice(0, 16)}  ${exploration.states} states, ${exploration.stoppedBy}`,
  );
}
console.log(`${'all'.padEnd(44)} ${all.digest('hex').slice(0, 16)}`);
