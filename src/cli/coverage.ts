/**
 * `npm run -s scenarios:coverage -- <id or dir> [<id or dir> ...] [--profile <id or path>]
 *  [--budget N] [--seed N] [--locale en] [--html <file>] [--no-injects] [--threads N]`: explores each
 * scenario breadth-first, with the instructor's injects, and reports dead ends, frozen loops,
 * endings, what only an inject reaches, choices never offered, knots never visited and how each rule
 * fares. Several scenarios are explored at once, one per core. Markdown on stdout; a self-contained
 * HTML report per scenario written to a file. Exit 1 when a dead end, frozen loop or error is found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../engine/diagnostics.js';
import { explorationSummary, htmlReport, markdownReport } from '../tooling/explore/coverage-report.js';
import { DEFAULT_BUDGET } from '../tooling/explore/explore.js';
import { exploreScenarios } from '../tooling/explore/explore-scenarios.js';
import { loadProfile } from '../tooling/load-profile.js';
import { resolveScenarioDir } from '../tooling/load-scenario.js';
import { displayPath, REPO_ROOT } from '../tooling/paths.js';
import { BadInput, runCommand } from './run-command.js';

const USAGE =
  'usage: npm run -s scenarios:coverage -- <scenario id or dir> [more ...] [--profile model-policy] [--budget 20000] [--seed 1] [--locale en] [--html file] [--no-injects] [--threads N]';

function wholeNumber(flag: string, value: string, least: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < least)
    throw new BadInput(`--${flag} ${value}: must be a whole number${least > -Infinity ? ` from ${least}` : ''}`);
  return n;
}

runCommand(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      profile: { type: 'string', default: 'model-policy' },
      budget: { type: 'string', default: String(DEFAULT_BUDGET) },
      seed: { type: 'string', default: '1' },
      locale: { type: 'string' },
      html: { type: 'string' },
      'no-injects': { type: 'boolean', default: false },
      threads: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new BadInput(USAGE);
  if (values.html !== undefined && positionals.length > 1) throw new BadInput('--html names one file: give it with one scenario');
  const budget = wholeNumber('budget', values.budget, 1);
  const seed = wholeNumber('seed', values.seed, -Infinity);
  const threads = values.threads !== undefined ? wholeNumber('threads', values.threads, 1) : undefined;
  const profile = loadProfile(values.profile);
  if (!profile.ok) throw new BadInput(profile.diagnostics.map(formatDiagnostic).join('\n'));

  const jobs = positionals.map((target) => ({
    dir: resolveScenarioDir(target),
    profile: profile.profile,
    seed,
    budget,
    injects: !values['no-injects'],
    timed: true,
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
  }));
  const { outcomes } = await exploreScenarios(jobs, threads !== undefined ? { threads } : {});

  let problems = 0;
  let unreadable = 0;
  const reports: string[] = [];
  for (const outcome of outcomes) {
    if (!('exploration' in outcome)) {
      unreadable++;
      console.error(outcome.diagnostics.map(formatDiagnostic).join('\n'));
      continue;
    }
    const x = outcome.exploration;
    reports.push(markdownReport(x));
    const htmlFile = values.html ?? path.join(REPO_ROOT, 'reports', `coverage-${x.scenario}-${x.profile}.html`);
    mkdirSync(path.dirname(htmlFile), { recursive: true });
    writeFileSync(htmlFile, htmlReport(x));
    console.error(`${explorationSummary(x)}; HTML report: ${displayPath(htmlFile)}`);
    problems += x.deadEnds.length + x.frozenLoops.length + x.errors.length;
  }
  console.log(reports.join('\n\n'));
  // A folder that does not load is bad input, as with one scenario; found problems are exit 1.
  if (unreadable > 0 && reports.length === 0) return 2;
  return problems > 0 || unreadable > 0 ? 1 : 0;
});
