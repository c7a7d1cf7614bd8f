/**
 * The rule case tables, one per test file, gathered so the explanations test can play every case
 * and require text for each verdict a rule is shown to give.
 */
import type { Case, Sandbox } from '../../helpers/sandbox.js';

export type RuleCases = Readonly<Record<string, readonly Case[]>>;

export interface CaseTable {
  readonly cases: RuleCases;
  /** The sandbox a case plays on unless it names another. */
  readonly sandbox: Sandbox;
}
