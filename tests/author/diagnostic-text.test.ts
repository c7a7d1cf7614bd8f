/**
 * The checker's problems in the reader's language: every fixed message the author preview's checks
 * write, found by running them on broken scenarios, matches a template whose English is the checks'
 * own wording; Spanish tells it with the same values; compiler text no template knows stays as it is.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkspaceChecker } from '../../src/author/check-workspace.js';
import { checkerMessage, checkerTemplate, diagnosticText } from '../../src/author/diagnostic-text.js';
import { parseTag } from '../../src/engine/story/parse-tag.js';
import { createTranslator } from '../../src/i18n/translator.js';
import englishAuthor from '../../locales/en/author.json';
import { checkLocaleParity } from '../../src/tooling/locale-parity.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HUB = path.join(ROOT, 'tests', 'fixtures', 'scenarios', 'hub-overdose');
const hubInk = readFileSync(path.join(HUB, 'en.ink'), 'utf8');
const hubManifest = JSON.parse(readFileSync(path.join(HUB, 'scenario.json'), 'utf8')) as Record<string, unknown>;
const en = createTranslator('en');
const es = createTranslator('es');
const check = createWorkspaceChecker({ assets: { bg: new Set(['apartment']), sfx: new Set(['naloxone_spray']) } });

/** Tags as a trainer mistypes them, each reaching another of the tag parser's messages. */
const BAD_TAGS = [
  'act',
  'mood:calm',
  'act:',
  'act:Give',
  'act:naloxone_nose',
  'event:ems_lost',
  'speaker:dispatch caller',
  'speaker:mayor',
  'sfx:siren loud',
  'time:soon',
  'act:naloxone_nasal target',
  'act:naloxone_nasal Target=patient',
  'act:naloxone_nasal target=Patient',
  'act:naloxone_nasal target=patient target=patient',
  'act:naloxone_nasal target=dog',
  'act:naloxone_nasal to=hospital',
  'event:ems_delayed minutes=soon',
  'event:on_scene minutes=3',
];

/** A workspace of the hub fixture with its manifest changed by `manifest` and its files by `files`. */
function hub(manifest: Record<string, unknown> = {}, files: Record<string, string> = {}, folder = 'hub-overdose') {
  return { folder, files: { 'scenario.json': JSON.stringify({ ...hubManifest, ...manifest }), 'en.ink': hubInk, ...files } };
}

/** Inks that loop or call out, each reaching one of the story-flow messages. */
const FLOW_INKS = [
  '',
  'EXTERNAL beep()\n~ beep()\nHello.\n-> END',
  'Hi.\n-> a\n=== a ===\nA.\n-> a',
  'Hi.\n-> a\n=== a ===\nA.\n-> b\n=== b ===\nB.\n-> a',
  'Hi.\n~ f()\n-> END\n=== function f() ===\n~ f()',
  'Hi.\n~ f()\n-> END\n=== function f() ===\n~ g()\n=== function g() ===\n~ f()',
  'Hi.\n-> t ->\n-> END\n=== t ===\nT.\n-> t ->\n->->',
  'Hi.\n-> t ->\n-> END\n=== t ===\nT.\n-> u ->\n->->\n=== u ===\nU.\n-> t ->\n->->',
];

function messages(): string[] {
  const found = new Set<string>();
  const add = (message: string) => found.add(message);
  for (const raw of BAD_TAGS) {
    const parsed = parseTag(raw);
    if (!parsed.ok) add(parsed.message);
  }
  const ink = hubInk
    .replace('VAR doses_given = 0', 'CONST doses_given = 0')
    .replace('VAR responsive = false', 'VAR responsive = 0')
    .replace('VAR breathing = "slow"', 'VAR breathing = "fast"')
    .replace('VAR ems_on_scene = false\n', '')
    .replace('You arrive at the apartment. #event:on_scene', 'You arrive at the apartment. #event:on_scene #act:wait #sfx:door_bang')
    .replace('[Wait #act:wait]', '[Wait #act:wait #speaker:narrator]')
    .replace('[Call EMS #act:call_ems]', '[Call EMS #act:call_emz target=nobody]');
  const broken = [
    hub({ version: 0, kind: 'fire', estimatedMinutes: 999, locales: ['en', 'en'], extra: true, title: {} }, { 'en.ink': ink }),
    hub({ storyParameters: { calm: true, doses_given: 1, Bad: 1, mood: 'x'.repeat(201), size: [2, 1] }, summary: 'short' }),
    hub({ storyParameters: { given: 3 } }, { 'en.ink': `VAR given = "three"\n${hubInk}` }),
    hub({ storyParameters: 'none', parameters: 'none', title: { en: '' }, id: 'Bad Id', locales: [], protocols: 'all' }),
    hub({
      parameters: { dosesNeeded: 9, onsetSeconds: [5, 1], bystanders: 1.5, emsDispatchedWithCall: 1, injectableEvents: ['x'], wings: 2 },
    }),
    hub({ parameters: { bystanders: [1.5, 2] }, locales: [5], protocols: ['fire'] }),
    hub({ locales: ['en', 'es'], title: { en: 'T', es: 'T' }, summary: { en: 'S', es: 'S' } }),
    hub({ storyParameters: { calm: true } }),
    hub({ title: undefined }),
    hub({}, { 'fr.ink': 'Bonjour.' }),
    hub({}, {}, 'other-folder'),
    { folder: 'hub-overdose', files: { 'scenario.json': '{ "id": ', 'en.ink': hubInk } },
    { folder: 'hub-overdose', files: { 'scenario.json': '[]', 'en.ink': hubInk } },
    { folder: 'hub-overdose', files: { 'en.ink': hubInk } },
    ...FLOW_INKS.map((text) => hub({}, { 'en.ink': text })),
  ];
  for (const workspace of broken) for (const d of check(workspace).diagnostics) add(d.message);
  // Without the game's list of pictures and sounds, their ids cannot be checked.
  for (const d of createWorkspaceChecker()(hub()).diagnostics) add(d.message);
  const translated = hubInk
    .replace('=== waking_up ===', '=== despertando ===')
    .replace('* [Call EMS #act:call_ems]\n  -> beside_patient\n', '')
    .replace('[Wait #act:wait]', '[Wait #act:monitor]')
    .replace('+ [Stay with him #act:monitor]', '+ [Stay with him #act:monitor]\n  -> beside_patient_awake\n+ [Leave #act:leave_scene]');
  const shortened = hubInk.replace('+ [Wait #act:wait]\n  -> beside_patient\n', '');
  for (const text of [translated, shortened])
    for (const d of checkLocaleParity({ locale: 'en', file: 'en.ink', text: hubInk }, { locale: 'es', file: 'es.ink', text }))
      add(d.message);
  return [...found];
}

/** Met only when a story is played (the trial run in the compile worker), not by the checks. */
const AT_PLAY_ONLY = ['storyStopped'];

describe("the checker's messages in the reader's language", () => {
  const found = messages();

  it("meets every template in the broken scenarios, so none has drifted from the checks' wording", () => {
    const templates = Object.keys(englishAuthor.checker);
    const met = new Set(found.flatMap((m) => [checkerTemplate(m)?.key, checkerTemplate(checkerTemplate(m)?.values.detail ?? '')?.key]));
    expect(templates.filter((key) => !met.has(key) && !AT_PLAY_ONLY.includes(key))).toEqual([]);
  });

  it('knows every fixed message: English gives it back word for word, Spanish tells it otherwise', () => {
    // inkjs's own messages ("Unresolved variable") and JSON.parse's are not the checks' wording: only those are left as written.
    const fixed = found.filter((m) => !/^(ERROR|WARNING)?:?\s*'?[^']*'? line \d+|Unresolved|^Expected /.test(m));
    const untold = fixed.filter((m) => checkerMessage(es, m) === m);
    expect(untold).toEqual([]);
    for (const m of fixed) expect(checkerMessage(en, m)).toBe(m);
  });

  it('keeps the values and the location as written, and the compiler text as inkjs wrote it', () => {
    expect(checkerMessage(es, 'unknown action "naloxone_nose" in "#act:naloxone_nose target=patient"')).toBe(
      'acción desconocida "naloxone_nose" en "#act:naloxone_nose target=patient"',
    );
    expect(checkerMessage(es, 'locale parity with en.ink: knot waking_up (en.ink:32) is missing')).toBe(
      'paridad de idiomas con en.ink: falta el nudo waking_up (en.ink:32)',
    );
    expect(checkerMessage(es, 'the story stopped: Division by zero')).toBe('la historia se detuvo: Division by zero');
    const compiler = 'Unresolved variable: breathin on line 18';
    expect(checkerMessage(es, compiler)).toBe(compiler);
    expect(
      diagnosticText(es, { file: 'scenario.json', line: 3, field: 'kind', severity: 'error', message: 'must be one of overdose, patdown' }),
    ).toBe('kind: debe ser uno de overdose, patdown');
  });
});
