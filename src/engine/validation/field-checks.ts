/**
 * The shared part of validating data read from outside (a profile, a stored or imported attempt):
 * every problem is collected with the field it is in, so one pass reports them all.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface FieldProblem {
  /** Where: `report.rules[3].verdict`, `passMark`, `(root)`. */
  readonly field: string;
  readonly message: string;
}

export class FieldChecks {
  readonly problems: FieldProblem[] = [];

  fail(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  object(value: unknown, field: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    this.fail(field, 'must be an object');
    return undefined;
  }

  flag(value: unknown, field: string): void {
    if (typeof value !== 'boolean') this.fail(field, 'must be true or false');
  }

  oneOf(value: unknown, field: string, allowed: readonly string[]): void {
    if (typeof value !== 'string' || !allowed.includes(value)) this.fail(field, `must be one of ${allowed.join(', ')}`);
  }
}
