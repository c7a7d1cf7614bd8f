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
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = /line (\d+)/.exec(message);
    const located = line ? Number(line[1]) : position ? lineAt(text, Number(position[1])) : undefined;
    return {
      ok: false,
      diagnostic: { file, severity: 'error', message: `not valid JSON: ${message}`, ...(located !== undefined ? { line: located } : {}) },
    };
  }
}

/** Field problems as located diagnostics. */
export function fieldDiagnostics(text: string, file: string, problems: readonly { field: string; message: string }[]): Diagnostic[] {
  return problems.map((p) => {
    const line = lineOfField(text, p.field);
    return { file, field: p.field, severity: 'error' as const, message: p.message, ...(line !== undefined ? { line } : {}) };
  });
}
