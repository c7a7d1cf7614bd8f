/**
 * `npm run build:scorm12` and `npm run build:scorm2004`: the game as a SCORM package for a learning
 * management system: a zip with `imsmanifest.xml`, relative asset paths, one SCO per scenario, and no
 * service worker. Set GOOD_CALL_PROFILE to launch every scenario under an agency's profile.
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { imsManifest, SCHEMA_FILES, type PackagedScenario } from '../src/lms/imsmanifest.js';
import { schemaSource } from '../src/lms/validate-manifest.js';
import { REPO_ROOT } from '../src/tooling/paths.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';

const version = process.argv[2] === '2004' ? '2004' : process.argv[2] === '1.2' || process.argv[2] === '12' ? '1.2' : undefined;
if (!version) {
  console.error('usage: tsx scripts/build-scorm.ts 12|2004 [outDir]');
  process.exit(2);
}
const tag = version === '1.2' ? 'scorm12' : 'scorm2004';
const outDir = path.resolve(process.argv[3] ?? path.join(REPO_ROOT, 'dist-scorm', tag));
const zipFile = path.join(path.dirname(outDir), `good-call-${tag}.zip`);

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? filesUnder(full, relative) : [relative];
  });
}

await build({ root: REPO_ROOT, mode: tag, logLevel: 'warn', build: { outDir, emptyOutDir: true } });

const scenarios: PackagedScenario[] = shippedScenarioDirs().flatMap((dir) => {
  const manifest = loadScenarioDir(dir, { assets: null }).manifest;
  return manifest ? [{ id: manifest.id, title: manifest.title['en'] ?? Object.values(manifest.title)[0] ?? manifest.id }] : [];
});
// The schemas the manifest names go in the package root, where strict importers look for them.
const schemas = SCHEMA_FILES[version];
const schemaDir = schemaSource(REPO_ROOT, version);
for (const file of schemas.files) copyFileSync(path.join(schemaDir, file), path.join(outDir, file));
const schemaFiles: readonly string[] = schemas.files;
const files = filesUnder(outDir).filter((f) => f !== 'imsmanifest.xml' && !schemaFiles.includes(f));
const profile = process.env.GOOD_CALL_PROFILE;
writeFileSync(path.join(outDir, 'imsmanifest.xml'), imsManifest({ version, scenarios, files, ...(profile ? { profile } : {}) }));

const entries: Record<string, Uint8Array> = {};
for (const file of [...files, ...schemaFiles, 'imsmanifest.xml']) entries[file] = readFileSync(path.join(outDir, file));
mkdirSync(path.dirname(zipFile), { recursive: true });
writeFileSync(zipFile, zipSync(entries, { level: 9 }));
console.log(`SCORM ${version} package: ${path.relative(process.cwd(), zipFile)} (${scenarios.length} scenarios, ${files.length} files)`);
