import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random.js';
import { type Line } from '../../src/engine/session.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

/**
 * The story tells of brain injury when the patient wakes (the engine's `brain_injury`), and the
 * debrief scores it (`revived_with_injury`): the two must never disagree. Per scenario and locale,
 * phrases that only the waking scene uses and a phrase that only its injury prose uses.
 */
const WAKING: readonly { scenario: string; locale: string; wakes: readonly string[]; injury: string }[] = [
  { scenario: 'overdose-apartment', locale: 'en', wakes: ['"...the hell?"', "What'd you DO to me?"], injury: 'the words come slowly' },
  { scenario: 'overdose-apartment', locale: 'es', wakes: ['"...¿qué carajo?"', '¿¡Qué me HIZO!?'], injury: 'las palabras le salen lentas' },
  { scenario: 'overdose-public-restroom', locale: 'en', wakes: ['Who hit me with Narcan?'], injury: "can't remember which way the door is" },
  { scenario: 'overdose-public-restroom', locale: 'es', wakes: ['¿Quién me metió Narcan?'], injury: 'no recordara hacia dónde queda la puerta' },
];

const RUNS = 80;
const MAX_PICKS = 50;
/** Seconds a trainee may hesitate before a pick; mostly none. */
const PAUSES = [0, 0, 0, 0, 20, 60];

function mentions(lines: readonly Line[], phrases: readonly string[]): boolean {
  return lines.some((line) => phrases.some((phrase) => line.text.includes(phrase)));
}

describe.each(WAKING)('the waking prose of $scenario ($locale)', ({ scenario: id, locale, wakes, injury }) => {
  const scenario = loadScenarioDir(resolveScenarioDir(id), { assets: null }).bundle!;

  it(`mentions injury signs exactly when the engine has recorded brain injury, over ${RUNS} seeded random playthroughs`, () => {
    const seen = { injured: 0, unharmed: 0 };
    for (let run = 1; run <= RUNS; run++) {
      const random = seededRandom(run * 7919);
      const session = scoredSession({ scenario, profile: profile(), seed: run, locale });
      let wokeInStory = false;
      for (let pick = 0; pick < MAX_PICKS; pick++) {
        const { choices, ended } = session.next();
        if (ended || choices.length === 0) break;
        const pause = PAUSES[Math.floor(random() * PAUSES.length)] ?? 0;
        if (pause > 0) session.elapse(pause);
        const { lines, state } = session.choose(Math.floor(random() * choices.length));
        if (!mentions(lines, wakes)) continue;
        wokeInStory = true;
        expect(mentions(lines, [injury]), `run ${run}, pick ${pick}: the engine says brainInjury is ${state.brainInjury}`).toBe(state.brainInjury);
        seen[state.brainInjury ? 'injured' : 'unharmed']++;
      }
      // And the debrief agrees with what the trainee read.
      const { patient } = session.report().outcome;
      if (wokeInStory && (patient === 'revived' || patient === 'revived_with_injury')) {
        expect(mentions(session.transcript(), [injury]), `run ${run}: the debrief says ${patient}`).toBe(patient === 'revived_with_injury');
      }
    }
    // Both branches of the prose were exercised, so the agreement above is not vacuous.
    expect(seen.injured).toBeGreaterThan(5);
    expect(seen.unharmed).toBeGreaterThan(5);
  });
});
