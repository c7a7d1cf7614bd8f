/**
 * "Naloxone isn't enough" (overdose-shelter-xylazine) played by the engine: fentanyl with xylazine.
 * The two-dose variant shows the graded response at the times the parameters give (no breathing at
 * the apnea time, slow breathing from the first dose's onset, normal from the second's), the
 * sedative keeps him unresponsive before and after EMS, and the same story without the sedative
 * wakes him `wakeAfterBreathingSeconds` after his breathing returns. Random playthroughs hold the
 * story to the recovery-position window it teaches.
 */
import { scoredSession } from '../../src/protocols/scored-session.js';
import { describe, expect, it } from 'vitest';
import { type ScenarioBundle, type Session } from '../../src/engine/index.js';
import type { LogEntry } from '../../src/engine/log.js';
import { seededRandom } from '../../src/engine/random.js';
import { readGoldenPaths } from '../../src/tooling/golden-paths.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { profile } from '../helpers/fixtures.js';

const DIR = resolveScenarioDir('overdose-shelter-xylazine');
const scenario = loadScenarioDir(DIR, { assets: null }).bundle!;
const TWO_DOSES = readGoldenPaths(DIR)!.paths.find((p) => p.name === 'exemplary, two doses')!;

/** The same story and seed with the manifest's parameters changed. */
function withParameters(bundle: ScenarioBundle, parameters: Record<string, unknown>): ScenarioBundle {
  return { ...bundle, manifest: { ...bundle.manifest, parameters: { ...bundle.manifest.parameters, ...parameters } } };
}

function play(bundle: ScenarioBundle, seed: number, picks: string): Session {
  const session = scoredSession({ scenario: bundle, profile: profile(), seed });
  playPicks(session, parsePicks(picks));
  return session;
}

/** Each change of one tracked state, as [value, simulated seconds]. */
function changes(log: readonly LogEntry[], id: string): [unknown, number][] {
  return log.filter((e) => e.kind === 'state' && e.id === id).map((e) => [e.params.value, e.at]);
}

function doseTimes(log: readonly LogEntry[]): number[] {
  return log.filter((e) => e.kind === 'action' && e.id === 'naloxone_nasal').map((e) => e.at);
}

describe('the two-dose variant, on the simulated clock', () => {
  const session = play(scenario, TWO_DOSES.seed ?? 1, TWO_DOSES.picks);
  const { apneaAfterSeconds, onsetSeconds, dosesNeeded, sedativeOnBoard } = session.parameters;
  const log = session.log();
  const [first, second] = doseTimes(log);

  it('is the variant the golden path says: two doses needed, a sedative on board, both doses given', () => {
    expect(dosesNeeded).toBe(2);
    expect(sedativeOnBoard).toBe(true);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first!).toBeLessThan(apneaAfterSeconds);
  });

  it('breathing goes slow, none at the apnea time, slow at the first dose onset, normal at the second', () => {
    expect(changes(log, 'breathing')).toEqual([
      ['slow', 0],
      ['none', apneaAfterSeconds],
      ['slow', first! + onsetSeconds],
      ['normal', second! + onsetSeconds],
    ]);
  });

  it('keeps him unresponsive from then on, through the medics arriving: sedated, never awake', () => {
    expect(changes(log, 'sedated')).toEqual([
      [false, 0],
      [true, second! + onsetSeconds],
    ]);
    expect(changes(log, 'responsive')).toEqual([[false, 0]]);
    const arrival = changes(log, 'ems_on_scene').find(([value]) => value === true);
    expect(arrival).toBeDefined();
    expect(session.state().responsive).toBe(false);
    expect(session.state().sedated).toBe(true);
    expect(session.report().outcome.patient).toBe('in_ems_care');
  });
});

describe('the same story without the sedative', () => {
  it('wakes him wakeAfterBreathingSeconds after his breathing returns, which the sedated story never does', () => {
    const unsedated = withParameters(scenario, { sedativeOnBoard: false, wakeAfterBreathingSeconds: 90 });
    // The golden path as far as the roll: what comes after is the sedated story's (he never wakes there).
    const untilRolled = TWO_DOSES.picks.slice(0, TWO_DOSES.picks.indexOf('act:recovery_position') + 'act:recovery_position'.length);
    const session = play(unsedated, TWO_DOSES.seed ?? 1, untilRolled);
    session.elapse(120);
    // wakeAfterBreathingSeconds is drawn after every other range, so fixing it keeps the variant.
    expect(session.parameters.dosesNeeded).toBe(2);
    const [, second] = doseTimes(session.log());
    const breathingBack = second! + session.parameters.onsetSeconds;
    expect(changes(session.log(), 'breathing').at(-1)).toEqual(['normal', breathingBack]);
    expect(changes(session.log(), 'responsive')).toEqual([
      [false, 0],
      [true, breathingBack + 90],
    ]);
    expect(changes(session.log(), 'sedated')).toEqual([[false, 0]]);
  });
});

describe('random playthroughs of the story', () => {
  const RUNS = 40;

  it(`never wake him, stack withdrawal only on a dose given while he breathes, and offer the roll when breathing returns (${RUNS} runs)`, () => {
    let windows = 0;
    for (let run = 1; run <= RUNS; run++) {
      const random = seededRandom(run * 104_729);
      const session = scoredSession({ scenario, profile: profile(), seed: run });
      // The picks at which he breathes normally, is not on his side and the medics are not there yet.
      let windowPicks = 0;
      for (let pick = 0; pick < 80; pick++) {
        const step = session.next();
        if (step.ended) break;
        const { state, choices } = step;
        const inWindow = state.breathing === 'normal' && !state.responsive && !state.emsOnScene && !state.dead;
        if (inWindow) {
          expect(state.sedated, `run ${run}: breathing but not sedated`).toBe(true);
          const onSide = session.log().filter((e) => e.kind === 'action' && (e.id === 'recovery_position' || e.id === 'rescue_breathing' || e.id === 'cpr')).at(-1)?.id === 'recovery_position';
          // OD-RECOVERY-POSITION: he can be rolled at the first pick of the window, or the next.
          if (!onSide && windowPicks < 2) {
            expect(choices.some((c) => c.actions.some((a) => a.action === 'recovery_position')), `run ${run}, pick ${pick}: no roll offered`).toBe(true);
          }
          windowPicks++;
        }
        session.choose(Math.floor(random() * choices.length));
      }
      if (windowPicks > 0) windows++;
      const log = session.log();
      expect(changes(log, 'responsive').some(([value]) => value === true), `run ${run}: he woke`).toBe(false);
      const dosedWhileBreathing = log.some((e) => e.kind === 'action' && e.id === 'naloxone_nasal' && breathingAt(log, e.at) === 'normal');
      const severe = changes(log, 'withdrawal').some(([value]) => value === 'severe');
      expect(severe, `run ${run}: severe withdrawal ${severe ? 'without' : 'despite'} a dose on normal breathing`).toBe(dosedWhileBreathing);
    }
    // Enough runs reached the window for the checks above to mean something.
    expect(windows).toBeGreaterThan(RUNS / 4);
  });
});

/** The breathing the log records at simulated second `t` (changes at `t` included). */
function breathingAt(log: readonly LogEntry[], t: number): unknown {
  return changes(log, 'breathing')
    .filter(([, at]) => at <= t)
    .at(-1)?.[0];
}
