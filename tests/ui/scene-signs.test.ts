/**
 * What the encounter's picture shows of the engine's state: the chest's rate, the lips' colour, the
 * words drawn into it and read from it, and motion that never flashes faster than WCAG allows.
 */
import { describe, expect, it } from 'vitest';
import { type ObservableState } from '../../src/engine/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { createSceneBridge, type SceneView } from '../../src/ui/bridge.js';
import {
  breathCycle,
  EMERGENCY_LIGHT_CYCLE_MS,
  MAX_FLASHES_PER_SECOND,
  safeFlashCycle,
  TREMOR_CYCLE_MS,
} from '../../src/ui/phaser/motion.js';
import { breathsPerMinute, hypoxiaLevel } from '../../src/engine/encounter/signs.js';
import { describeScene, encounterPicture, type EncounterPicture, type ScenePicture } from '../../src/ui/scene-picture.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const t = createTranslator('en');
const hub = loadFixture('hub-overdose');

function stateAfter(picks: (actions: readonly string[]) => boolean, count: number): ObservableState {
  const session = scoredSession({ scenario: hub, profile: profile(), seed: 1 });
  for (let i = 0; i < count; i++) {
    const choice = session.next().choices.find((c) => picks(c.actions.map((a) => a.action)));
    if (!choice) break;
    session.choose(choice.index);
  }
  return session.state();
}

describe('the chest', () => {
  it('rises at the rate the engine’s breathing gives: slow, normal, fast in withdrawal, not at all without breathing', () => {
    const base = { dead: false, withdrawal: 'none' } as const;
    expect(breathsPerMinute({ ...base, breathing: 'slow' })).toBe(5);
    expect(breathsPerMinute({ ...base, breathing: 'normal' })).toBe(14);
    expect(breathsPerMinute({ ...base, breathing: 'normal', withdrawal: 'severe' })).toBe(22);
    expect(breathsPerMinute({ ...base, breathing: 'none' })).toBe(0);
    expect(breathsPerMinute({ ...base, breathing: 'normal', dead: true })).toBe(0);
  });

  it('takes one whole breath per period: a shallow rise and a long pause when slow', () => {
    const slow = breathCycle(5)!;
    const normal = breathCycle(14)!;
    expect(slow.periodMs).toBe(12_000);
    expect(2 * slow.riseMs + slow.restMs).toBe(slow.periodMs);
    expect(2 * normal.riseMs + normal.restMs).toBe(normal.periodMs);
    expect(slow.restMs).toBeGreaterThan(normal.restMs);
    expect(slow.depth).toBeLessThan(normal.depth);
    expect(breathCycle(0)).toBeNull();
  });
});

describe('the lips', () => {
  it('grey with time without oxygen against the scenario’s injury time, and pink again once breathing is normal', () => {
    const at = (breathing: ObservableState['breathing'], oxygenDebtSeconds: number, dead = false) =>
      hypoxiaLevel({ breathing, oxygenDebtSeconds, dead }, 240);
    expect(at('slow', 0)).toBe(1);
    expect(at('slow', 119)).toBe(1);
    expect(at('slow', 120)).toBe(2);
    expect(at('none', 10)).toBe(2);
    expect(at('none', 240)).toBe(3);
    expect(at('normal', 400)).toBe(0);
    expect(at('normal', 0, true)).toBe(3);
  });

  it('follow the engine through the hub fixture: waiting leaves them greyer, naloxone brings the colour back', () => {
    const waited = stateAfter((a) => a.includes('wait'), 12);
    const revived = stateAfter((a) => a.includes('naloxone_nasal') || a.includes('wait'), 16);
    expect(waited.hypoxia).toBeGreaterThan(1);
    expect(revived.responsive).toBe(true);
    expect(revived.hypoxia).toBe(0);
  });
});

describe('the words in and about the picture', () => {
  it('writes the clock, EMS’s arrival and the breathing rate into the picture, in the trainee’s language', () => {
    const state = stateAfter((a) => a.includes('call_ems'), 1);
    const picture = encounterPicture(state, 'apartment', t);
    expect(picture.labels).toEqual({
      clock: 'Time on scene 00:20',
      ems: 'EMS: 6 min',
      breathing: 'Chest rises 5 times a minute',
      closeUp: 'Close up',
    });
    const spanish = encounterPicture(state, 'apartment', createTranslator('es'));
    expect(spanish.labels.breathing).toBe('El pecho sube 5 veces por minuto');
  });

  it('describes the signs an officer sees once beside the patient, and only the car on the way there', () => {
    const atTheDoor = encounterPicture(
      stateAfter(() => false, 0),
      'apartment',
      t,
    );
    expect(describeScene(atTheDoor, t)).not.toContain('pupils');
    expect(describeScene(atTheDoor, t)).not.toContain('breathing');
    const state = stateAfter((a) => a.includes('rescue_breathing'), 1);
    const picture = encounterPicture(state, 'apartment', t);
    expect(describeScene(picture, t)).toContain('Eyes barely open, pupils pinpoint.');
    expect(describeScene({ ...picture, place: 'patrol_car' }, t)).toBe('Inside a patrol car.');
    const withdrawn: EncounterPicture = { ...picture, responsive: true, breathing: 'normal', withdrawal: 'severe' };
    expect(describeScene(withdrawn, t)).toContain('Awake and in withdrawal: sweating, shaking, sick.');
  });

  it('redraws the followed session’s picture with the new language’s words', () => {
    const shown: ScenePicture[] = [];
    const view: SceneView = { show: (p) => shown.push(p) };
    const bridge = createSceneBridge(() => {}, t);
    bridge.attach(view);
    bridge.follow(scoredSession({ scenario: hub, profile: profile(), seed: 1 }));
    bridge.retranslate(createTranslator('es'));
    expect((shown.at(-1) as EncounterPicture).labels.clock).toBe('Tiempo en la escena 00:00');
  });
});

describe('motion', () => {
  it('never changes brightness more than three times a second: emergency lights included', () => {
    expect(1000 / safeFlashCycle(50)).toBeLessThanOrEqual(MAX_FLASHES_PER_SECOND);
    expect(safeFlashCycle(2000)).toBe(2000);
    expect(1000 / EMERGENCY_LIGHT_CYCLE_MS).toBeLessThanOrEqual(1);
    // A tremor moves the figure a pixel or two; it changes no brightness, so it is not a flash.
    expect(TREMOR_CYCLE_MS).toBeGreaterThan(200);
  });
});
