/**
 * Reading JSON that people write by hand (manifests, profiles, golden paths): parse errors and field
 * problems come back with the line they are on.
 */
import type { Diagnostic } from '../engine/diagnostics.js';

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The line of a dotted field (`parameters.dosesNeeded`, `locales[1]`) in JSON text, as near as can be found. */
export function lineOfField(text: string, field: string): number | undefined {
  const segments = field
    .split('.')
    .flatMap((s) => s.replace(/\[\d+\]/g, '').split('.'))
    .filter((s) => s && s !== '(root)');
  let position = -1;
  let from = 0;
  for (const segment of segments) {
    const found = text.indexOf(`"${segment}"`, from);
    if (found < 0) break;
    position = found;
    from = found + segment.length + 2;
  }
  return position < 0 ? undefined : lineAt(text, position);
}

export type JsonRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly diagnostic: Diagnostic };

export function parseJsonText(text: string, file: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const found = jsonSyntaxError(text);
    const message = found?.message ?? (error instanceof Error ? error.message : String(error));
    return {
      ok: false,
      diagnostic: {
        file,
        severity: 'error',
        message: `not valid JSON: ${message}`,
        ...(found ? { line: found.line, column: found.column } : {}),
      },
    };
  }
}

export interface JsonSyntaxError {
  /** 1-based line and column of the first character that cannot be JSON. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Where JSON text first goes wrong, and what was expected there. The engines' own messages name a
 * character offset, or nothing at all ("Unexpected end of JSON input"), and differ between engines;
 * a trainer needs the line and column.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  const fail = (message: string): never => {
    throw Object.assign(new Error(message), { at });
  };
  const describe = (): string => {
    if (at >= text.length) return 'the end of the file';
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(at, at + 40))?.[0];
    const found = word ?? text[at]!;
    return found === "'" ? `"'"` : `'${found}'`;
  };
  const space = (): void => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, at)) at += word.length;
    else fail(`expected a value (a string in double quotes, a number, true, false, null, an object or a list), found ${describe()}`);
  };
  const string = (): void => {
    at++;
    while (at < text.length && text[at] !== '"') {
      const c = text[at]!;
      if (c === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) fail('expected four hexadecimal digits after \\u');
          at += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) at += 2;
        else fail(`\\${next ?? ''} is not an escape JSON knows: write \\\\ for a backslash`);
      } else if (c < ' ')
        fail(c === '\n' ? 'a string runs past the end of its line: close it with "' : 'a control character inside a string');
      else at++;
    }
    if (at >= text.length) fail('a string is never closed: add the closing "');
    at++;
  };
  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) fail(`expected a value, found ${describe()}`);
    at += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nested too deeply');
    space();
    const c = text[at];
    if (c === '{') {
      at++;
      space();
      if (text[at] === '}') {
        at++;
        return;
      }
      for (;;) {
        space();
        if (text[at] !== '"')
          fail(`expected a property name in double quotes, found ${describe()}${text[at] === '}' ? ' (a comma before it?)' : ''}`);
        string();
        space();
        if (text[at] !== ':') fail(`expected ':' after the property name, found ${describe()}`);
        at++;
        value(depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return;
        }
        fail(`expected ',' or '}' after a property's value, found ${describe()}`);
      }
    }
    if (c === '[') {
      at++;
      space();
      if (text[at] === ']') {
        at++;
        return;
      }
      for (;;) {
        value(depth + 1);
        space();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return;
        }
        fail(`expected ',' or ']' after an item of a list, found ${describe()}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail(`expected a value (a string in double quotes, a number, true, false, null, an object or a list), found ${describe()}`);
  };
  try {
    value(0);
    space();
    if (at < text.length) fail(`expected the end of the file after the value, found ${describe()}`);
    return undefined;
  } catch (error) {
    const offset = (error as { at?: number }).at ?? at;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return { line, column, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Field problems as located diagnostics. */
export function fieldDiagnostics(text: string, file: string, problems: readonly { field: string; message: string }[]): Diagnostic[] {
  return problems.map((p) => {
    const line = lineOfField(text, p.field);
    return { file, field: p.field, severity: 'error' as const, message: p.message, ...(line !== undefined ? { line } : {}) };
  });
}
