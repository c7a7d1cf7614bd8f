/** One scenario folder checked, as a worker thread runs it (checkScenarios in check-scenario.ts). */
import { checkScenario, type CheckOptions, type ScenarioCheck } from './check-scenario.js';

export interface CheckJob extends Pick<CheckOptions, 'goldenPaths' | 'exploreBudget'> {
  readonly dir: string;
}

export function run(job: CheckJob): ScenarioCheck {
  const { dir, ...options } = job;
  return checkScenario(dir, options);
}
