/**
 * What each figure of `npm run bench` should stay within. Every budget is a ratio (against an empty
 * Phaser game, against raw inkjs) or a figure of work done (CPU time of a step, time to feedback),
 * never the machine's refresh rate. A budget is a target, not a test: the bench prints "within" or
 * "over" beside each figure, and the test suite never times anything.
 */
export interface Budget {
  /** The largest (or, with `atLeast`, smallest) acceptable value. */
  readonly limit: number;
  readonly unit: string;
  readonly atLeast?: boolean;
}

export const BUDGETS = {
  appCodeKb: { limit: 150, unit: 'KB gzip' },
  /** Everything the trainee page loads to play its largest scenario, over the stock empty Phaser game. */
  totalVsEmptyPhaser: { limit: 1.15, unit: 'x' },
  coldLoadVsEmptyPhaser: { limit: 1.5, unit: 'x' },
  /** CPU time of one Phaser step (update and render) while the encounter animates. */
  stepWorkP95Ms: { limit: 8, unit: 'ms' },
  /** Animation frames over 50 ms while the encounter animates: none. */
  longAnimationFrames: { limit: 0, unit: 'frames' },
  pickToRenderP95Ms: { limit: 50, unit: 'ms' },
  /** Engine playthroughs per CPU-second over raw inkjs on the same paths. */
  engineVsRawInk: { limit: 0.75, unit: 'x', atLeast: true },
  /** Wall seconds for one scenario explored to 2,000 states, every scenario at once sharing the cores. */
  explorerSeconds: { limit: 5, unit: 's' },
  heapGrowthMb: { limit: 5, unit: 'MB' },
  authorFeedbackP95Ms: { limit: 200, unit: 'ms' },
  dashboardImport1000Ms: { limit: 2000, unit: 'ms' },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;

export function verdict(name: BudgetName, value: number): 'within' | 'over' {
  const budget: Budget = BUDGETS[name];
  return budget.atLeast ? (value >= budget.limit ? 'within' : 'over') : value <= budget.limit ? 'within' : 'over';
}
