/**
 * What each figure of `npm run bench` should stay within (issue: benchmarks and budgets). A budget is
 * a target, not a test: the bench prints "within" or "over" and CI never times anything.
 */
export interface Budget {
  /** The largest (or, with `atLeast`, smallest) acceptable value. */
  readonly limit: number;
  readonly unit: string;
  readonly atLeast?: boolean;
}

export const BUDGETS = {
  appCodeKb: { limit: 150, unit: 'KB gzip' },
  totalVsEmptyPhaser: { limit: 1.3, unit: 'x' },
  coldLoadVsEmptyPhaser: { limit: 1.5, unit: 'x' },
  frameP95Ms: { limit: 16.7, unit: 'ms' },
  pickToRenderP95Ms: { limit: 50, unit: 'ms' },
  playthroughsPerSecond: { limit: 2000, unit: '/s', atLeast: true },
  heapGrowthMb: { limit: 5, unit: 'MB' },
  authorFeedbackP95Ms: { limit: 200, unit: 'ms' },
  dashboardImport1000Ms: { limit: 2000, unit: 'ms' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

export function verdict(name: BudgetName, value: number): 'within' | 'over' {
  const budget: Budget = BUDGETS[name];
  return budget.atLeast ? (value >= budget.limit ? 'within' : 'over') : value <= budget.limit ? 'within' : 'over';
}
