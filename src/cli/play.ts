/**
 * `npm run -s play -- --scenario <dir or id> [--profile <id or path>] [--locale en] [--seed N]
 *  [--mode learn|assess] --picks <list> [--json]`
 * Plays a scenario from the command line for trainers and tests. Exit 0 whenever the picks were
 * played, whatever the verdicts; exit 2 only for bad input.
 */
import { parseArgs } from 'node:util';
import { formatDiagnostic, sortDiagnostics } from '../engine/diagnostics.js';
import type { Mode, ScoreReport } from '../engine/scoring/report.js';
import { registerAllLocales } from '../i18n/all-locales.js';
import { createTranslator } from '../i18n/translator.js';
import { checkLoadedScenario } from '../tooling/check-scenario.js';
import { loadProfile } from '../tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../tooling/load-scenario.js';
import { describeChoices, parsePicks, PickError, playPicks } from '../tooling/picks.js';
import { BadInput, runCommand } from './run-command.js';
import { scoredSession } from '../protocols/scored-session.js';

registerAllLocales();

/** The seed's generator keeps 32 bits: a larger number would quietly play another seed. */
const MAX_SEED = 0xffffffff;

const USAGE = `usage: npm run -s play -- --scenario <dir or id> --picks <list> [--profile <id or path>] [--locale en] [--seed N] [--mode learn|assess] [--json]
  picks: comma-separated N (1-based), act:<action> or text:<substring>; a trailing * means zero or more`;

function printReport(report: ScoreReport, locale: string): void {
  const t = createTranslator(locale);
  console.log(`\n== ${report.passed ? 'PASSED' : 'FAILED'}: score ${report.score} (pass mark ${report.passMark})`);
  if (report.criticalFailures.length > 0) console.log(`   critical failures: ${report.criticalFailures.join(', ')}`);
  for (const rule of report.rules) {
    if (rule.verdict === 'not_applicable') continue;
    const when = rule.at !== undefined ? ` at ${rule.at}s` : '';
    console.log(`   ${rule.verdict.padEnd(9)} ${rule.id} (${rule.severity})${when}: ${t(rule.explanation, rule.values ?? {})}`);
  }
  console.log(`   outcome: ${JSON.stringify(report.outcome)}`);
}

runCommand(USAGE, (argv) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: 'string' },
      profile: { type: 'string', default: 'model-policy' },
      locale: { type: 'string', default: 'en' },
      seed: { type: 'string', default: '1' },
      mode: { type: 'string', default: 'learn' },
      picks: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.scenario) throw new BadInput(`--scenario is required\n${USAGE}`);
  if (values.picks === undefined) throw new BadInput(`--picks is required (an empty list plays no pick)\n${USAGE}`);
  const picks = values.picks;
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
    throw new BadInput(`--seed ${values.seed}: must be a whole number from 0 to ${MAX_SEED}`);
  if (values.mode !== 'learn' && values.mode !== 'assess') throw new BadInput(`--mode ${values.mode}: must be learn or assess`);
  const mode: Mode = values.mode;

  const load = loadScenarioDir(resolveScenarioDir(values.scenario));
  // What the checker refuses from the files alone (an engine variable of the wrong type, a translation out of step), play refuses too.
  const errors = sortDiagnostics(checkLoadedScenario(load)).filter((d) => d.severity === 'error');
  if (!load.bundle || errors.length > 0) throw new BadInput(errors.map(formatDiagnostic).join('\n'));
  const profile = loadProfile(values.profile);
  if (!profile.ok) throw new BadInput(profile.diagnostics.map(formatDiagnostic).join('\n'));
  const locale = values.locale;
  if (!load.bundle.manifest.locales.includes(locale)) {
    throw new BadInput(`--locale ${locale}: the scenario has ${load.bundle.manifest.locales.join(', ')}`);
  }

  let items;
  try {
    items = parsePicks(picks);
  } catch (error) {
    throw error instanceof PickError ? new BadInput(error.message) : error;
  }
  const session = scoredSession({ scenario: load.bundle, profile: profile.profile, locale, mode, seed });
  const printStep = (lines: readonly { text: string; speaker?: string }[]): void => {
    if (values.json) return;
    for (const line of lines) console.log(line.speaker ? `${line.speaker.toUpperCase()}: ${line.text}` : line.text);
  };
  let played;
  try {
    played = playPicks(session, items, (step, index) => {
      if (values.json) return;
      printStep(step.lines);
      console.log(
        `\n[${step.state.elapsedSeconds}s]\n${describeChoices(step.choices)}\n> ${index + 1}. ${step.choices[index]?.text ?? ''}\n`,
      );
    });
  } catch (error) {
    throw error instanceof PickError ? new BadInput(error.message) : error;
  }
  const report = session.report();
  if (values.json) {
    console.log(JSON.stringify({ ...report, ended: played.step.ended, picksUsed: played.picksUsed }));
    return;
  }
  printStep(played.step.lines);
  if (!played.step.ended)
    console.log(`\n[${played.step.state.elapsedSeconds}s] the story goes on:\n${describeChoices(played.step.choices)}`);
  else console.log('\n(the end)');
  printReport(report, locale);
});
