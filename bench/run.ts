/**
 * `npm run bench`: measures Good Call beside its budgets and an empty Phaser 4 game, prints a table,
 * and writes bench/results.json. Budgets are targets: this reports "within" or "over"; it never
 * fails a build, and the test suite never times anything.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/tooling/paths.js';
import { measureBrowser } from './browser.js';
import { BUDGETS, verdict, type BudgetName } from './budgets.js';
import { measureBundle } from './bundle.js';
import { measureDashboardImport } from './dashboard.js';
import { measureEngine } from './engine.js';

const EXPLORE_BUDGET = 2_000;
const PLAYTHROUGHS = 50;

function row(label: string, value: number | string, unit: string, budget?: BudgetName, judged?: number): string {
  const b = budget ? BUDGETS[budget] : undefined;
  const limit = b ? `${'atLeast' in b && b.atLeast ? '>=' : '<='} ${b.limit} ${b.unit}` : '';
  const result = budget && judged !== undefined ? verdict(budget, judged) : '';
  return `| ${label} | ${value} ${unit} | ${limit} | ${result} |`;
}

const started = performance.now();
console.error('bench: building the trainee bundle and an empty Phaser game...');
const bundle = await measureBundle();
console.error('bench: measuring in Chromium (cold loads, frames, picks, memory, author preview)...');
const browser = await measureBrowser(bundle.appDir, bundle.emptyDir, PLAYTHROUGHS);
console.error('bench: engine throughput and path explorer in Node...');
const engine = measureEngine(EXPLORE_BUDGET);
const dashboard = await measureDashboardImport();

const slowest = Math.min(...Object.values(engine.playthroughs).map((p) => p.perSecond));
const lines = [
  '| figure | value | budget | |',
  '|---|---|---|---|',
  row('trainee bundle: app code (gzip)', bundle.appKb, 'KB', 'appCodeKb', bundle.appKb),
  row(`scenario stories (gzip; ${bundle.storiesKb} KB for all, one loaded per scenario played)`, bundle.largestStoryKb, 'KB largest'),
  row('trainee bundle: Phaser (gzip)', bundle.phaserKb, 'KB'),
  row('trainee bundle: inkjs runtime (gzip)', bundle.inkjsKb, 'KB'),
  row('trainee bundle: other libraries (gzip)', bundle.vendorKb, 'KB'),
  row('trainee bundle: assets (one sound format)', bundle.assetsKb, 'KB'),
  row(
    `trainee bundle total, one scenario (${bundle.totalKb} KB) vs empty Phaser game (${bundle.emptyPhaserKb} KB)`,
    bundle.ratio,
    'x',
    'totalVsEmptyPhaser',
    bundle.ratio,
  ),
  row(`cold load to interactive title (median of 5; empty Phaser ${browser.emptyPhaserColdLoadMs} ms)`, browser.coldLoadMs, 'ms'),
  row('cold load vs empty Phaser game', browser.coldLoadRatio, 'x', 'coldLoadVsEmptyPhaser', browser.coldLoadRatio),
  row('encounter frame time p50', browser.frameP50Ms, 'ms'),
  row('encounter frame time p95', browser.frameP95Ms, 'ms', 'frameP95Ms', browser.frameP95Ms),
  row('pick to render p50', browser.pickToRenderP50Ms, 'ms'),
  row('pick to render p95', browser.pickToRenderP95Ms, 'ms', 'pickToRenderP95Ms', browser.pickToRenderP95Ms),
  ...Object.entries(engine.playthroughs).map(([id, p]) =>
    row(`playthroughs per second: ${id} (${p.picksEach} picks each)`, p.perSecond, '/s', 'playthroughsPerSecond', p.perSecond),
  ),
  ...Object.entries(engine.explorer).map(([id, x]) =>
    row(`path explorer: ${id} (${x.states} states, ${x.endings} endings, ${x.stoppedBy})`, x.seconds, 's'),
  ),
  row(
    `heap after ${PLAYTHROUGHS} playthroughs (first: ${browser.heapFirstMb} MB, after: ${browser.heapAfter50Mb} MB)`,
    browser.heapGrowthMb,
    'MB growth',
    'heapGrowthMb',
    browser.heapGrowthMb,
  ),
  row('author preview feedback after a keystroke p50', browser.authorFeedbackP50Ms, 'ms'),
  row(
    'author preview feedback after a keystroke p95',
    browser.authorFeedbackP95Ms,
    'ms',
    'authorFeedbackP95Ms',
    browser.authorFeedbackP95Ms,
  ),
  row(
    `dashboard import of ${dashboard.attempts} attempts (${dashboard.megabytes} MB in 10 files)`,
    dashboard.import1000Ms,
    'ms',
    'dashboardImport1000Ms',
    dashboard.import1000Ms,
  ),
];
console.log(lines.join('\n'));
const seconds = Math.round((performance.now() - started) / 1000);
console.log(
  `\nMeasured in ${seconds} s on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, headless Chromium with software WebGL. Slowest engine throughput: ${slowest}/s.`,
);

const { appDir: _a, emptyDir: _e, ...bundleFigures } = bundle;
writeFileSync(
  path.join(REPO_ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), seconds, machine: { cores: os.cpus().length, node: process.version }, bundle: bundleFigures, browser, engine, dashboard, budgets: BUDGETS }, null, 2)}\n`,
);
