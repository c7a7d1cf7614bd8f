import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, parseJsonText } from '../../src/tooling/json-file.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('a JSON syntax error, at its line and column', () => {
  it.each([
    ['{\n  "id": "x",\n  "version": 1,\n}\n', 4, 1, "expected a property name in double quotes, found '}' (a comma before it?)"],
    ['{\n  "id": "x"\n  "version": 1\n}\n', 3, 3, `expected ',' or '}' after a property's value, found '"'`],
    ['{\n  "title": { "en": "The call }\n}\n', 2, 31, 'a string runs past the end of its line: close it with "'],
    ['{\n  "locales": ["en", "es"\n', 3, 1, "expected ',' or ']' after an item of a list, found the end of the file"],
    [
      '{ "estimatedMinutes": tree }',
      1,
      23,
      "expected a value (a string in double quotes, a number, true, false, null, an object or a list), found 'tree'",
    ],
    ['', 1, 1, 'expected a value (a string in double quotes, a number, true, false, null, an object or a list), found the end of the file'],
  ])('%j', (text, line, column, message) => {
    expect(jsonSyntaxError(text)).toEqual({ line, column, message });
    expect(parseJsonText(text, 'scenario.json')).toEqual({
      ok: false,
      diagnostic: { file: 'scenario.json', severity: 'error', line, column, message: `not valid JSON: ${message}` },
    });
  });

  it('finds no error in JSON, and one in any text that is not', () => {
    fc.assert(fc.property(fc.json(), (text) => jsonSyntaxError(text) === undefined));
    const nearlyJson = fc.oneof(
      fc.string(),
      fc
        .json()
        .chain((text) =>
          fc
            .tuple(fc.nat(text.length), fc.constantFrom('', ',', '"', '}', ']', ':', 'x', '\n', '\\'))
            .map(([at, c]) => text.slice(0, at) + c + text.slice(at + 1)),
        ),
    );
    fc.assert(
      fc.property(nearlyJson, (text) => (jsonSyntaxError(text) === undefined) === parses(text.replace(/^\uFEFF/, ''))),
      { numRuns: 2000 },
    );
  });
});
