/**
 * `npm run -s scenarios:coverage -- <id or dir> [--profile <id or path>] [--budget N] [--seed N]
 *  [--locale en] [--html <file>] [--no-injects]`: explores the scenario breadth-first, with the
 * instructor's injects, and reports dead ends, frozen loops, endings, what only an inject reaches,
 * choices never offered, knots never visited and how each rule fares. Markdown on
 * stdout; a self-contained HTML report written to a file. Exit 1 when a dead end, frozen loop or
 * error is found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../engine/diagnostics.js';
import { htmlReport, markdownReport } from '../tooling/explore/coverage-report.js';
import { DEFAULT_BUDGET, explore } from '../tooling/explore/explore.js';
import { loadProfile } from '../tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../tooling/load-scenario.js';
import { displayPath, REPO_ROOT } from '../tooling/paths.js';
import { BadInput, runCommand } from './run-command.js';

const USAGE =
  'usage: npm run -s scenarios:coverage -- <scenario id or dir> [--profile model-policy] [--budget 20000] [--seed 1] [--locale en] [--html file] [--no-injects]';

runCommand(USAGE, (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      profile: { type: 'string', default: 'model-policy' },
      budget: { type: 'string', default: String(DEFAULT_BUDGET) },
      seed: { type: 'string', default: '1' },
      locale: { type: 'string' },
      html: { type: 'string' },
      'no-injects': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const [target] = positionals;
  if (!target) throw new BadInput(USAGE);
  const budget = Number(values.budget);
  const seed = Number(values.seed);
  if (!Number.isInteger(budget) || budget < 1) throw new BadInput(`--budget ${values.budget}: must be a whole number from 1`);
  if (!Number.isInteger(seed)) throw new BadInput(`--seed ${values.seed}: must be a whole number`);
  const load = loadScenarioDir(resolveScenarioDir(target));
  if (!load.bundle)
    throw new BadInput(
      load.diagnostics
        .filter((d) => d.severity === 'error')
        .map(formatDiagnostic)
        .join('\n'),
    );
  const profile = loadProfile(values.profile);
  if (!profile.ok) throw new BadInput(profile.diagnostics.map(formatDiagnostic).join('\n'));
  const locale = values.locale ?? load.bundle.manifest.locales[0] ?? 'en';
  const source = load.sources[locale]?.text;

  const exploration = explore(load.bundle, {
    profile: profile.profile,
    seed,
    locale,
    budget,
    injects: !values['no-injects'],
    ...(source !== undefined ? { source } : {}),
    now: () => performance.now(),
  });
  console.log(markdownReport(exploration));
  const htmlFile = values.html ?? path.join(REPO_ROOT, 'reports', `coverage-${exploration.scenario}-${exploration.profile}.html`);
  mkdirSync(path.dirname(htmlFile), { recursive: true });
  writeFileSync(htmlFile, htmlReport(exploration));
  console.error(`HTML report: ${displayPath(htmlFile)}`);
  return exploration.deadEnds.length + exploration.frozenLoops.length + exploration.errors.length > 0 ? 1 : 0;
});
