/**
 * `npm run bench`: measures Good Call beside its budgets and an empty Phaser 4 game, prints a table,
 * writes bench/results.json and puts the same table in README.md (between its bench:table marks).
 * Budgets are targets: this reports "within" or "over"; it never fails a build, and the test suite
 * never times anything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
const README = path.join(REPO_ROOT, 'README.md');
const TABLE_START = '<!-- bench:table -->';
const TABLE_END = '<!-- /bench:table -->';

const unit = (u: string): string => (u === 'x' ? 'x' : ` ${u}`);

function row(label: string, value: number | string, valueUnit: string, budget?: BudgetName, judged?: number): string {
  const b = budget ? BUDGETS[budget] : undefined;
  const limit = b ? `${'atLeast' in b && b.atLeast ? '>=' : '<='} ${b.limit}${unit(b.unit)}` : '';
  const result = budget && judged !== undefined ? verdict(budget, judged) : '';
  return `| ${label} | ${value}${unit(valueUnit)} | ${limit} | ${result} |`;
}

const thousands = (n: number): string => n.toLocaleString('en-US');

const started = performance.now();
console.error('bench: building the trainee bundle and two empty Phaser games (stock and trimmed)...');
const bundle = await measureBundle();
console.error('bench: measuring in Chromium (cold loads, Phaser steps, long frames, picks, memory, author preview)...');
const browser = await measureBrowser(bundle.appDir, bundle.emptyDir, PLAYTHROUGHS);
console.error('bench: engine against raw inkjs, and every scenario explored at once, in Node...');
const engine = await measureEngine(EXPLORE_BUDGET);
const dashboard = await measureDashboardImport();

const lines = [
  '| figure | value | budget | |',
  '|---|---|---|---|',
  row('trainee bundle: app code (gzip)', bundle.appKb, 'KB', 'appCodeKb', bundle.appKb),
  row(`scenario stories (gzip; ${bundle.storiesKb} KB for all, one loaded per scenario played)`, bundle.largestStoryKb, 'KB largest'),
  row(`the game's strings (gzip; ${bundle.allStringsKb} KB for every language, one loaded: the trainee's)`, bundle.stringsKb, 'KB largest'),
  row('trainee bundle: Phaser, built with only what the pictures draw (gzip)', bundle.phaserKb, 'KB'),
  row('trainee bundle: inkjs runtime (gzip)', bundle.inkjsKb, 'KB'),
  row('trainee bundle: other libraries (gzip)', bundle.vendorKb, 'KB'),
  row('trainee bundle: sounds, the worker that synthesises them on the device (gzip)', bundle.soundsKb, 'KB'),
  row('trainee bundle: other assets (icon, web app manifest)', bundle.assetsKb, 'KB'),
  row(
    `one-scenario total (${bundle.totalKb} KB) vs the stock empty Phaser game (${bundle.emptyPhaserKb} KB)`,
    bundle.ratio,
    'x',
    'totalVsEmptyPhaser',
    bundle.ratio,
  ),
  row(`one-scenario total vs an empty game on the same trimmed Phaser (${bundle.emptyTrimmedPhaserKb} KB)`, bundle.ratioVsTrimmed, 'x'),
  row(`cold load to interactive title (median of 5; empty Phaser ${browser.emptyPhaserColdLoadMs} ms)`, browser.coldLoadMs, 'ms'),
  row('cold load vs empty Phaser game', browser.coldLoadRatio, 'x', 'coldLoadVsEmptyPhaser', browser.coldLoadRatio),
  row(`Phaser step work p50 (CPU per update and render; ${browser.steps} steps of the animated encounter)`, browser.stepWorkP50Ms, 'ms'),
  row('Phaser step work p95', browser.stepWorkP95Ms, 'ms', 'stepWorkP95Ms', browser.stepWorkP95Ms),
  row(
    `long animation frames (over 50 ms) while the encounter animates${browser.longAnimationFrames > 0 ? ` (longest ${browser.longestAnimationFrameMs} ms)` : ''}`,
    browser.longAnimationFrames,
    'frames',
    'longAnimationFrames',
    browser.longAnimationFrames,
  ),
  row('pick to render p50', browser.pickToRenderP50Ms, 'ms'),
  row('pick to render p95', browser.pickToRenderP95Ms, 'ms', 'pickToRenderP95Ms', browser.pickToRenderP95Ms),
  ...Object.entries(engine.playthroughs).map(([id, p]) =>
    row(
      `engine vs raw inkjs: ${id} (${p.enginePerCpuSecond} vs ${p.rawInkPerCpuSecond} playthroughs per CPU-second; ${p.paths} paths of ${p.picksEach} picks)`,
      p.ratio,
      'x',
      'engineVsRawInk',
      p.ratio,
    ),
  ),
  ...Object.entries(engine.explorer).map(([id, x]) =>
    row(
      `path explorer: ${id} (${thousands(x.states)} states, ${x.stoppedBy === 'exhausted' ? 'explored exhaustively' : 'stopped at its budget'}, ${x.endings} endings, ${x.statesPerSecond} states/s; ${x.cpuSecondsAlone} CPU-s alone)`,
      x.seconds,
      's wall',
      'explorerSeconds',
      x.seconds,
    ),
  ),
  row(`path explorer: every shipped scenario at once, on ${engine.explorerThreads} worker threads`, engine.explorerWallSeconds, 's wall'),
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
const seconds = Math.round((performance.now() - started) / 1000);
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}, headless Chromium with software WebGL`;
const table = `${lines.join('\n')}\n\nMeasured in ${seconds} s on ${machine}.`;
console.log(table);

const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(TABLE_START);
const to = readme.indexOf(TABLE_END);
if (from >= 0 && to > from) {
  writeFileSync(README, `${readme.slice(0, from + TABLE_START.length)}\n${table}\n${readme.slice(to)}`);
  console.error('bench: README.md table updated');
}

const { appDir: _a, emptyDir: _e, ...bundleFigures } = bundle;
writeFileSync(
  path.join(REPO_ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), seconds, machine: { cores: os.cpus().length, loadAverage: os.loadavg()[0], node: process.version }, bundle: bundleFigures, browser, engine, dashboard, budgets: BUDGETS }, null, 2)}\n`,
);
