/**
 * `scenarios/<id>/scenario.json`: what a scenario is, checked field by field so that a trainer sees
 * every mistake with the field it is in.
 */
import type { FieldProblem, ParameterName, ParameterValue, StoryParameterValue } from './parameters.js';
import { validateParameters, validateStoryParameters } from './parameters.js';
import { ENGINE_VARIABLE_NAMES } from '../story/engine-variables.js';
import { isRecord } from '../validation/field-checks.js';

export const SCENARIO_KINDS = ['overdose', 'patdown'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const PROTOCOL_FAMILIES = [
  'naloxone',
  'good-samaritan',
  'no-arrest-at-overdose',
  'sharps-safety',
  'voluntary-referral',
  'lawful-contact',
] as const;
export type ProtocolFamily = (typeof PROTOCOL_FAMILIES)[number];

/** Text given once per locale, e.g. `{ "en": "The roommate's call", "es": "..." }`. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface ScenarioManifest {
  /** Lower-case id, the same as the scenario's folder name. */
  readonly id: string;
  /** Bumped by the author whenever the story changes, so saved attempts know what they were played on. */
  readonly version: number;
  readonly kind: ScenarioKind;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  /** What the trainee reads before the encounter starts (the dispatch call), per locale. Optional. */
  readonly briefing?: LocalizedText;
  readonly estimatedMinutes: number;
  /** Locales with a `<locale>.ink` file; the first is the scenario's own language. */
  readonly locales: readonly string[];
  /** Protocol families the scenario trains. */
  readonly protocols: readonly ProtocolFamily[];
  /** Engine parameters (DESIGN.md), each a value or a `[min, max]` range drawn from the seed. */
  readonly parameters: Readonly<Partial<Record<ParameterName, ParameterValue>>>;
  /** Story-only parameters, drawn from the seed after the engine's and written once into the story's own variables. */
  readonly storyParameters?: Readonly<Record<string, StoryParameterValue>>;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Versions go up by one per change: a million is far past any scenario's, and far below where whole numbers stop being exact. */
export const MAX_SCENARIO_VERSION = 1_000_000;
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

function checkLocalizedText(value: unknown, field: string, locales: readonly string[], required: boolean): FieldProblem[] {
  if (value === undefined) return required ? [{ field, message: 'is required: an object keyed by locale, e.g. {"en": "..."}' }] : [];
  if (!isRecord(value)) return [{ field, message: 'must be an object keyed by locale, e.g. {"en": "..."}' }];
  const problems: FieldProblem[] = [];
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text !== 'string' || text.trim() === '') problems.push({ field: `${field}.${locale}`, message: 'must be non-empty text' });
  }
  for (const locale of locales) {
    if (!(locale in value)) problems.push({ field: `${field}.${locale}`, message: `is missing: the scenario lists locale "${locale}"` });
  }
  return problems;
}

export type ManifestValidation =
  { readonly ok: true; readonly manifest: ScenarioManifest } | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/**
 * Validates a parsed `scenario.json`. `folderName`, when given, must equal the id (a trainer who
 * copies a folder and forgets the id would otherwise overwrite another scenario's attempts).
 */
export function validateManifest(value: unknown, folderName?: string): ManifestValidation {
  if (!isRecord(value)) return { ok: false, problems: [{ field: '(root)', message: 'must be a JSON object' }] };
  const problems: FieldProblem[] = [];
  const known = new Set([
    'id',
    'version',
    'kind',
    'title',
    'summary',
    'briefing',
    'estimatedMinutes',
    'locales',
    'protocols',
    'parameters',
    'storyParameters',
    '$schema',
  ]);
  for (const key of Object.keys(value)) {
    if (!known.has(key))
      problems.push({ field: key, message: `unknown field; known: ${[...known].filter((k) => k !== '$schema').join(', ')}` });
  }

  const { id, version, kind, estimatedMinutes, locales, protocols } = value;
  if (typeof id !== 'string' || !ID.test(id)) {
    problems.push({ field: 'id', message: 'must be a lower-case id of letters, digits and dashes, e.g. "overdose-apartment"' });
  } else if (folderName !== undefined && id !== folderName) {
    problems.push({ field: 'id', message: `is "${id}" but the folder is "${folderName}": they must match` });
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > MAX_SCENARIO_VERSION) {
    problems.push({ field: 'version', message: `must be a whole number from 1 to ${MAX_SCENARIO_VERSION.toLocaleString('en-US')}` });
  }
  if (typeof kind !== 'string' || !(SCENARIO_KINDS as readonly string[]).includes(kind)) {
    problems.push({ field: 'kind', message: `must be one of ${SCENARIO_KINDS.join(', ')}` });
  }
  if (typeof estimatedMinutes !== 'number' || !(estimatedMinutes >= 1) || !(estimatedMinutes <= 240)) {
    problems.push({ field: 'estimatedMinutes', message: 'must be a number of minutes from 1 to 240' });
  }
  let localeList: string[] = [];
  if (!Array.isArray(locales) || locales.length === 0) {
    problems.push({ field: 'locales', message: 'must be a non-empty list such as ["en", "es"]' });
  } else {
    locales.forEach((locale, i) => {
      if (typeof locale !== 'string' || !LOCALE.test(locale))
        problems.push({ field: `locales[${i}]`, message: 'must be a locale such as "en"' });
      else if (localeList.includes(locale)) problems.push({ field: `locales[${i}]`, message: `"${locale}" is listed twice` });
      else localeList.push(locale);
    });
  }
  if (!Array.isArray(protocols)) {
    problems.push({ field: 'protocols', message: `must be a list of protocol families: ${PROTOCOL_FAMILIES.join(', ')}` });
  } else {
    protocols.forEach((family, i) => {
      if (typeof family !== 'string' || !(PROTOCOL_FAMILIES as readonly string[]).includes(family)) {
        problems.push({ field: `protocols[${i}]`, message: `must be one of ${PROTOCOL_FAMILIES.join(', ')}` });
      }
    });
  }
  problems.push(...checkLocalizedText(value.title, 'title', localeList, true));
  problems.push(...checkLocalizedText(value.summary, 'summary', localeList, true));
  problems.push(...checkLocalizedText(value.briefing, 'briefing', localeList, false));
  problems.push(...validateParameters(value.parameters));
  problems.push(...validateStoryParameters(value.storyParameters, ENGINE_VARIABLE_NAMES));

  if (problems.length > 0) return { ok: false, problems };
  localeList = [...(locales as string[])];
  return {
    ok: true,
    manifest: {
      ...(value as unknown as ScenarioManifest),
      locales: localeList,
      parameters: (value.parameters ?? {}) as ScenarioManifest['parameters'],
    },
  };
}

/** Text in the wanted locale, else in the scenario's first locale. */
export function localized(text: LocalizedText, locale: string, fallbackLocales: readonly string[]): string {
  const found = text[locale] ?? fallbackLocales.map((l) => text[l]).find((t) => t !== undefined);
  return found ?? Object.values(text)[0] ?? '';
}
