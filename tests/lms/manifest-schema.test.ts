/**
 * Both SCORM manifests against ADL's official schemas, through xmllint, as a strict LMS importer
 * checks them: what the build writes validates, and a planted fault (a duplicate identifier, the
 * fault the first packages had) is caught.
 */
import { describe, expect, it } from 'vitest';
import { imsManifest } from '../../src/lms/imsmanifest.js';
import { schemaSource, validateManifest } from '../../src/lms/validate-manifest.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { REPO_ROOT } from '../../src/tooling/paths.js';

const scenarios = shippedScenarioDirs().flatMap((dir) => {
  const manifest = loadScenarioDir(dir, { assets: null }).manifest;
  return manifest ? [{ id: manifest.id, title: manifest.title['en'] ?? manifest.id }] : [];
});
const files = ['index.html', 'assets/index-abc.js', 'assets/index-abc.css', 'favicon.svg'];

describe.each(['1.2', '2004'] as const)('the SCORM %s manifest', (version) => {
  const schemas = schemaSource(REPO_ROOT, version);

  it('validates against the official schemas', () => {
    const manifest = imsManifest({ version, scenarios, files, profile: 'model-policy', title: 'Good Call & friends' });
    const check = validateManifest(manifest, version, schemas);
    expect(check.output).toContain('validates');
    expect(check.valid).toBe(true);
  });

  it('fails validation when two identifiers are the same', () => {
    const manifest = imsManifest({ version, scenarios, files }).replace('identifier="good-call-course"', 'identifier="good-call-package"');
    const check = validateManifest(manifest.replace('default="good-call-course"', 'default="good-call-package"'), version, schemas);
    expect(check.valid).toBe(false);
    expect(check.output).toMatch(/xs:ID|good-call-package/);
  });
});
