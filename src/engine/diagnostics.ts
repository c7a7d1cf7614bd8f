/**
 * Located problems in author input (scenario files, manifests, profiles, picks). They are collected,
 * never thrown one at a time, and printed as `path:line: severity: message`.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** The file the problem is in, as the author would type it (relative where possible). */
  readonly file: string;
  /** 1-based line in that file; absent for problems of a whole file. */
  readonly line?: number;
  /** 1-based column on that line, where it is known exactly (a JSON syntax error). */
  readonly column?: number;
  /** For JSON input: the field, as a dotted path (`parameters.dosesNeeded`). */
  readonly field?: string;
  readonly severity: Severity;
  readonly message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : d.file;
  const field = d.field !== undefined ? ` ${d.field}:` : '';
  return `${where}: ${d.severity}:${field} ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Thrown where author input makes it impossible to go on; carries every located problem. */
export class ScenarioError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'ScenarioError';
    this.diagnostics = diagnostics;
  }
}

/** Sorts by file, then line, keeping the original order among equals. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.file.localeCompare(b.d.file) || (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}
