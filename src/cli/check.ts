/**
 * `npm run -s scenarios:check [dir ...]` (default: every scenario in `scenarios/`): compiles every
 * locale, validates manifests and profiles, checks tags, engine variables and locale parity, runs
 * the golden paths and explores each for dead ends and frozen loops, several scenarios at once (one
 * per core). Prints `path:line: error|warning: message` for every problem; exit 1 on any error.
 */
import { formatDiagnostic, hasErrors } from '../engine/diagnostics.js';
import { checkProfiles, checkScenarios } from '../tooling/check-scenario.js';
import { resolveScenarioDir, shippedScenarioDirs } from '../tooling/load-scenario.js';
import { BadInput, runCommand } from './run-command.js';

const USAGE = 'usage: npm run -s scenarios:check [-- <scenario dir or id> ...] [--no-golden]';

runCommand(USAGE, async (argv) => {
  const withGolden = !argv.includes('--no-golden');
  const named = argv.filter((a) => !a.startsWith('--'));
  const unknownFlag = argv.find((a) => a.startsWith('--') && a !== '--no-golden');
  if (unknownFlag) throw new BadInput(`unknown option ${unknownFlag}\n${USAGE}`);
  const dirs = named.length > 0 ? named.map(resolveScenarioDir) : shippedScenarioDirs();
  const diagnostics = named.length === 0 ? checkProfiles() : [];
  let scenarios = 0;
  let goldenPaths = 0;
  for (const result of await checkScenarios(dirs, { goldenPaths: withGolden })) {
    diagnostics.push(...result.diagnostics);
    scenarios++;
    goldenPaths += result.goldenPaths;
  }
  for (const d of diagnostics) console.log(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  console.error(
    `${scenarios} scenario${scenarios === 1 ? '' : 's'} checked, ${goldenPaths} golden path${goldenPaths === 1 ? '' : 's'} run: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return hasErrors(diagnostics) ? 1 : 0;
});
