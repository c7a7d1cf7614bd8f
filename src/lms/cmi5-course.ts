/**
 * `cmi5.xml`, the course structure an LMS imports: one assignable unit per scenario, each launching
 * the game on that scenario (the LMS adds its launch parameters to the URL), titled and described in
 * every language the scenario has. No masteryScore unless the agency sets one: Good Call decides pass
 * or fail, and a mastery score the LMS sends is honoured (lms-outcome.ts).
 */
import { escapeXml } from './imsmanifest.js';

/** The AU's own state document in a registration (cmi5-au.ts): where the trainee stands, and what has been sent. */
export const RESUME_STATE_ID = 'https://good-call.invalid/cmi5/state/resume';

export const CMI5_MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof CMI5_MOVE_ON)[number];

export interface CourseScenario {
  readonly id: string;
  /** By locale (`en`, `es`). */
  readonly title: Readonly<Record<string, string>>;
  readonly summary: Readonly<Record<string, string>>;
}

export interface CourseOptions {
  readonly scenarios: readonly CourseScenario[];
  /** The IRI the course's and the AUs' ids are made under (the agency's, or Good Call's reserved one). */
  readonly base: string;
  readonly moveOn: MoveOn;
  /** 0 to 1, four decimals at most; absent unless the agency sets one. */
  readonly masteryScore?: number;
  /** A profile id to launch every AU with. */
  readonly profile?: string;
}

function langstrings(texts: Readonly<Record<string, string>>): string {
  return Object.entries(texts)
    .map(
      ([locale, text]) =>
        `<langstring lang="${locale === 'en' ? 'en-US' : locale === 'es' ? 'es-US' : escapeXml(locale)}">${escapeXml(text)}</langstring>`,
    )
    .join('');
}

export function auId(base: string, scenarioId: string): string {
  return `${base.replace(/\/+$/, '')}/cmi5/au/${encodeURIComponent(scenarioId)}`;
}

export function cmi5CourseStructure(options: CourseOptions): string {
  const base = options.base.replace(/\/+$/, '');
  if (options.masteryScore !== undefined && !(options.masteryScore >= 0 && options.masteryScore <= 1))
    throw new Error(`masteryScore must be between 0 and 1, not ${options.masteryScore}`);
  const aus = options.scenarios
    .map((s) => {
      const query = new URLSearchParams({ scenario: s.id, ...(options.profile ? { profile: options.profile } : {}) });
      const mastery = options.masteryScore !== undefined ? ` masteryScore="${options.masteryScore}"` : '';
      return `  <au id="${escapeXml(auId(base, s.id))}" moveOn="${options.moveOn}"${mastery} launchMethod="AnyWindow">
    <title>${langstrings(s.title)}</title>
    <description>${langstrings(s.summary)}</description>
    <url>${escapeXml(`index.html?${query.toString()}`)}</url>
  </au>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(`${base}/cmi5/course`)}">
    <title>${langstrings({ en: 'Good Call', es: 'Good Call' })}</title>
    <description>${langstrings({
      en: 'Short encounters for harm-reduction policing, each decision scored against protocols and explained.',
      es: 'Encuentros breves de policía con reducción de daños; cada decisión se evalúa según los protocolos y se explica.',
    })}</description>
  </course>
${aus}
</courseStructure>
`;
}
