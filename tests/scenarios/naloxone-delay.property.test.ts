import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionId } from '../../src/engine/vocabulary/actions.js';
import { type Choice, type Session } from '../../src/engine/session.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const scenario = loadScenarioDir(resolveScenarioDir('overdose-apartment')).bundle!;
const OPENING: ActionId[] = ['scene_size_up', 'don_gloves', 'check_responsiveness', 'check_breathing', 'call_ems'];
const CARE: ActionId[] = ['explain_what_happened', 'handoff_to_ems', 'recovery_position', 'monitor', 'offer_transport', 'respect_refusal', 'leave_naloxone_kit', 'offer_referral'];
const NEVER: ReadonlySet<string> = new Set(['leave_scene', 'arrest', 'cite', 'warrant_check', 'demand_id', 'search_person', 'search_area', 'seize_drugs', 'seize_paraphernalia', 'force_transport', 'restrain', 'threaten_arrest', 'demean', 'folk_remedy', 'delay_for_exposure_fear', 'wait', 'ask_drug_source', 'ask_for_intelligence', 'coerce_referral']);

function first(choices: readonly Choice[], action: ActionId): Choice | undefined {
  return choices.find((c) => c.actions[0]?.action === action);
}

/** The same careful officer every time: the opening checks, naloxone after `delay` seconds, then care. */
function playCarefully(seed: number, delay: number): Session {
  const session = scoredSession({ scenario, profile: profile(), seed });
  let lastDose: number | undefined;
  for (let pick = 0; pick < 80; pick++) {
    const { choices, ended, state } = session.next();
    if (ended) break;
    const opening = OPENING.map((a) => first(choices, a)).find((c) => c !== undefined);
    const nextDoseDue = lastDose === undefined ? true : !state.responsive && state.elapsedSeconds - lastDose >= 150;
    const dose = nextDoseDue && !state.responsive ? first(choices, 'naloxone_nasal') : undefined;
    const breaths = state.breathing === 'none' ? first(choices, 'rescue_breathing') : undefined;
    let choice = opening ?? (dose && lastDose === undefined ? dose : undefined) ?? breaths ?? dose;
    choice ??= CARE.map((a) => first(choices, a)).find((c) => c !== undefined);
    choice ??= choices.find((c) => c.actions.length === 0) ?? choices.find((c) => !c.actions.some((a) => NEVER.has(a.action))) ?? choices[0];
    if (!choice) break;
    if (choice.actions[0]?.action === 'naloxone_nasal') {
      if (lastDose === undefined && delay > 0) session.elapse(delay);
      lastDose = session.state().elapsedSeconds;
    }
    session.choose(choice.index);
  }
  return session;
}

/**
 * How bad an outcome is for the patient: death, then re-sedation alone, then brain injury (whether
 * awake or handed to EMS), then still unconscious in EMS care, then revived.
 */
function severity(session: Session): number {
  const { patient } = session.report().outcome;
  const state = session.state();
  if (patient === 'died') return 4;
  if (patient === 'resedated') return 3;
  if (state.brainInjury) return 2;
  return patient === 'in_ems_care' ? 1 : 0;
}

describe('two minutes of delay before naloxone never leaves the patient better off', () => {
  // Two complete encounters per run, a hundred runs: on a shared, loaded machine that outlasts the default timeout.
  it('on the roommate\'s call, over several delays and variants', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.constantFrom(0, 30, 60, 90, 120, 180), (seed, delay) => {
        const sooner = playCarefully(seed, delay);
        const later = playCarefully(seed, delay + 120);
        expect(severity(later)).toBeGreaterThanOrEqual(severity(sooner));
        if (sooner.state().dead) expect(later.state().dead).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('shows the cost: from a prompt dose to one two minutes late the patient goes longer without oxygen', () => {
    const prompt = playCarefully(7, 0);
    const late = playCarefully(7, 120);
    expect(prompt.report().outcome.patient).not.toBe('died');
    expect(late.state().oxygenDebtSeconds).toBeGreaterThan(prompt.state().oxygenDebtSeconds);
    expect(late.report().rules.find((r) => r.id === 'OD-NALOXONE-PROMPT')?.verdict).toBe('violated');
  });
});
