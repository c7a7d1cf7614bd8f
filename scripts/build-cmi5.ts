/**
 * `npm run build:cmi5`: the game as a cmi5 course: a zip with `cmi5.xml` (one assignable unit per
 * scenario) and the game's files, no service worker. The AU talks to the LMS's LRS, so name its
 * origins at build time: GOOD_CALL_LRS_ORIGIN="https://lrs.academy.example https://lms.academy.example".
 * Optional: GOOD_CALL_CMI5_MOVE_ON (default CompletedAndPassed), GOOD_CALL_CMI5_MASTERY_SCORE (0-1),
 * GOOD_CALL_XAPI_BASE (the IRI the course's ids are made under), GOOD_CALL_PROFILE.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { DEFAULT_XAPI_BASE } from '../src/export/xapi-statements.js';
import { CMI5_MOVE_ON, cmi5CourseStructure, type CourseScenario, type MoveOn } from '../src/lms/cmi5-course.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';
import { REPO_ROOT } from '../src/tooling/paths.js';

const outDir = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'dist-cmi5', 'course'));
const zipFile = path.join(path.dirname(outDir), 'good-call-cmi5.zip');
const moveOn = (process.env.GOOD_CALL_CMI5_MOVE_ON ?? 'CompletedAndPassed') as MoveOn;
if (!CMI5_MOVE_ON.includes(moveOn)) {
  console.error(`GOOD_CALL_CMI5_MOVE_ON must be one of ${CMI5_MOVE_ON.join(', ')}, not ${moveOn}`);
  process.exit(2);
}
const masteryText = process.env.GOOD_CALL_CMI5_MASTERY_SCORE;
const masteryScore = masteryText ? Number(masteryText) : undefined;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, relative) : [relative];
  });
}

await build({ root: REPO_ROOT, mode: 'cmi5', logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const scenarios: CourseScenario[] = shippedScenarioDirs().flatMap((dir) => {
  const manifest = loadScenarioDir(dir, { assets: null }).manifest;
  return manifest ? [{ id: manifest.id, title: manifest.title, summary: manifest.summary }] : [];
});
const profile = process.env.GOOD_CALL_PROFILE;
writeFileSync(
  path.join(outDir, 'cmi5.xml'),
  cmi5CourseStructure({
    scenarios,
    base: process.env.GOOD_CALL_XAPI_BASE ?? DEFAULT_XAPI_BASE,
    moveOn,
    ...(masteryScore !== undefined ? { masteryScore } : {}),
    ...(profile ? { profile } : {}),
  }),
);
const entries: Record<string, Uint8Array> = {};
for (const file of filesUnder(outDir)) entries[file] = readFileSync(path.join(outDir, file));
mkdirSync(path.dirname(zipFile), { recursive: true });
writeFileSync(zipFile, zipSync(entries, { level: 9 }));
console.log(`cmi5 course: ${path.relative(process.cwd(), zipFile)} (${scenarios.length} assignable units)`);
