import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { manifestJson, writeScenario } from '../helpers/fixtures.js';

const GOOD_INK = 'Hello. #event:on_scene\n* [Give naloxone #act:naloxone_nasal] -> END\n';

function messages(files: Record<string, string>): string[] {
  return writeScenario(files).load.diagnostics.map(formatDiagnostic);
}

describe('located errors in author input', () => {
  it('names the manifest field and its line', () => {
    const manifest = manifestJson({ kind: 'overdoze', parameters: { dosesNeeded: 0, emsEtaMinutes: [9, 3], typo: 1 } });
    const found = messages({ 'scenario.json': manifest, 'en.ink': GOOD_INK });
    expect(found).toContainEqual(expect.stringMatching(/scenario\.json:4: error: kind: must be one of overdose, patdown/));
    expect(found).toContainEqual(expect.stringMatching(/scenario\.json:\d+: error: parameters\.dosesNeeded: must be a number from 1 to 5/));
    expect(found).toContainEqual(expect.stringMatching(/error: parameters\.emsEtaMinutes: a range must be \[min, max\]/));
    expect(found).toContainEqual(expect.stringMatching(/error: parameters\.typo: unknown parameter/));
  });

  it('locates a JSON syntax error', () => {
    const found = messages({ 'scenario.json': '{\n  "id": "tmp-scenario",\n  "version": 1,,\n}', 'en.ink': GOOD_INK });
    expect(found).toEqual([
      expect.stringMatching(/scenario\.json:3:16: error: not valid JSON: expected a property name in double quotes, found ','/),
    ]);
  });

  it('names the file and line of an unknown action', () => {
    const ink = 'Hello.\n* [Spray #act:naloxone_spray] -> END\n';
    expect(messages({ 'scenario.json': manifestJson(), 'en.ink': ink })).toContainEqual(
      expect.stringMatching(/en\.ink:2: error: unknown action "naloxone_spray"/),
    );
  });

  it('names the file and line of a broken divert', () => {
    const ink = 'Hello.\n* [Go #act:wait] -> nowhere_at_all\n';
    expect(messages({ 'scenario.json': manifestJson(), 'en.ink': ink })).toContainEqual(
      expect.stringMatching(/en\.ink:2: error: Divert target not found: '-> nowhere_at_all'/),
    );
  });

  it('reports every mistake of a file in one run, tag mistakes even when the Ink does not compile', () => {
    const ink = [
      'Hello. #event:arrive',
      '* [A #act:arrest reason=drunk] -> END',
      '* [B #act:wait #mood:calm] -> END',
      '{ broken',
      'A line. #act:wait',
    ].join('\n');
    const found = messages({ 'scenario.json': manifestJson(), 'en.ink': ink });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/en\.ink:1: error: unknown event "arrive"/),
        expect.stringMatching(/en\.ink:2: error: reason=drunk is not one of/),
        expect.stringMatching(/en\.ink:3: error: unknown tag "#mood:calm"/),
        expect.stringMatching(/en\.ink:4: error: /),
        expect.stringMatching(/en\.ink:5: error: #act: belongs to a choice, inside its brackets/),
      ]),
    );
  });

  it('says when a listed locale has no story file', () => {
    const found = messages({
      'scenario.json': manifestJson({ locales: ['en', 'es'], title: { en: 'x', es: 'x' }, summary: { en: 'x', es: 'x' } }),
      'en.ink': GOOD_INK,
    });
    expect(found).toContainEqual(expect.stringMatching(/scenario\.json: error: locales: lists "es" but .*es\.ink does not exist/));
  });
});
