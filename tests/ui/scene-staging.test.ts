/**
 * The picture follows the session: played through the bridge, a scripted path of every shipped
 * scenario kind places the officer (door, beside, back, with the medics, gone) and poses the patient
 * (on the back, recovery position, sitting up, stretcher), the care under way (breaths, CPR) and the
 * pat-down person's hands as the log implies after each pick, never from the story's prose.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { scoredSession } from '../../src/protocols/scored-session.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { createSceneBridge } from '../../src/ui/bridge.js';
import type { EncounterPicture, ScenePicture } from '../../src/ui/scene-picture.js';
import { scriptedPath } from '../browser/helpers/scene-paths.js';

interface Followed {
  /** The picture before the first pick, then after each. */
  readonly pictures: EncounterPicture[];
  /** The actions each pick logged. */
  readonly actions: string[][];
  readonly descriptions: string[];
}

function follow(scenarioId: string, pathName?: string, locale: 'en' | 'es' = 'en'): Followed {
  const path = scriptedPath(scenarioId, pathName);
  const bundle = loadScenarioDir(resolveScenarioDir(scenarioId)).bundle!;
  const profile = loadProfile('model-policy');
  if (!profile.ok) throw new Error('model-policy does not load');
  const session = scoredSession({ scenario: bundle, profile: profile.profile, seed: path.seed, locale });
  const shown: ScenePicture[] = [];
  const descriptions: string[] = [];
  const bridge = createSceneBridge((text) => descriptions.push(text), createTranslator(locale));
  bridge.attach({ show: (picture) => shown.push(picture) });
  bridge.follow(session);
  const pictures = [shown.at(-1) as EncounterPicture];
  const actions: string[][] = [];
  for (const pick of path.picks) {
    const logged = session.log().length;
    session.choose(pick.index);
    actions.push(
      session
        .log()
        .slice(logged)
        .filter((e) => e.kind === 'action')
        .map((e) => e.id),
    );
    pictures.push(shown.at(-1) as EncounterPicture);
  }
  return { pictures, actions, descriptions };
}

/** The officer's place, the patient's posture and the care, without consecutive repeats: what a trainee sees change. */
function changes(pictures: readonly EncounterPicture[], show: (p: EncounterPicture) => string): string[] {
  return pictures.map(show).filter((v, i, all) => i === 0 || v !== all[i - 1]);
}

const overdoseView = (p: EncounterPicture): string => `${p.officer} ${p.posture}${p.care ? ` ${p.care}` : ''}`;

/** What each pick's actions imply for the picture, whatever the scenario. */
function expectPicksFollowed({ pictures, actions }: Followed): void {
  actions.forEach((done, n) => {
    const p = pictures[n + 1]!;
    const at = `after pick ${n + 1} (${done.join(', ')})`;
    if (done.includes('leave_scene')) expect(p.officer, at).toBe('gone');
    if (p.emsOnScene || done.includes('leave_scene')) return;
    if (done.includes('cpr')) expect([p.officer, p.care, p.posture], at).toEqual(['beside', 'cpr', 'on_back']);
    if (done.includes('rescue_breathing')) expect([p.officer, p.care, p.posture], at).toEqual(['beside', 'rescue_breathing', 'on_back']);
    if (done.includes('recovery_position') && !p.responsive) expect([p.officer, p.posture], at).toEqual(['beside', 'recovery']);
    if (done.includes('check_responsiveness') || done.includes('check_breathing')) expect(p.officer, at).toBe('beside');
    if (done.includes('wait') || done.includes('delay_for_exposure_fear')) expect(p.officer, at).toBe('back');
    if (p.responsive && !p.dead) expect(p.posture, at).toBe('sitting');
  });
}

describe('the picture of an overdose follows the log', () => {
  it('the apartment, done well: from the door to his side, breaths, the roll, awake, the stretcher, gone', () => {
    const followed = follow('overdose-apartment');
    expectPicksFollowed(followed);
    expect(changes(followed.pictures, overdoseView)).toEqual([
      'door on_back',
      'beside on_back',
      'beside on_back rescue_breathing',
      'beside recovery',
      'with_medics sitting',
      'with_medics stretcher',
      'gone stretcher',
    ]);
    // The caller is on the phone until the officer calls the medics.
    expect(changes(followed.pictures, (p) => p.caller)).toEqual(['phone', 'standing']);
    expect(followed.descriptions[0]).toContain('An officer stands at the door.');
  });

  it('the apartment, frozen by fear: backed out, CPR once he has died, the medics take over', () => {
    const followed = follow('overdose-apartment', 'frozen by fear: he dies');
    expectPicksFollowed(followed);
    expect(changes(followed.pictures, overdoseView)).toEqual(['door on_back', 'back on_back', 'beside on_back cpr', 'with_medics on_back']);
    expect(followed.descriptions.some((d) => d.includes('The officer is doing chest compressions.'))).toBe(true);
  });

  it('the apartment, waiting for hazmat: back, then beside, back again, and breaths after the roll lay him flat', () => {
    const followed = follow('overdose-apartment', 'waiting for hazmat leaves him brain-injured');
    expectPicksFollowed(followed);
    expect(changes(followed.pictures, overdoseView)).toEqual([
      'door on_back',
      'back on_back',
      'beside on_back',
      'beside recovery',
      'back recovery',
      'beside recovery',
      'beside on_back rescue_breathing',
      'beside recovery',
      'with_medics recovery',
      'with_medics stretcher',
      'gone stretcher',
    ]);
  });

  it('the public restroom: she wakes before the medics come, the caller leaves, and having refused transport she stays off the stretcher', () => {
    const followed = follow('overdose-public-restroom');
    expectPicksFollowed(followed);
    expect(changes(followed.pictures, overdoseView)).toEqual([
      'door on_back',
      'beside on_back',
      'beside on_back rescue_breathing',
      'beside recovery',
      'beside sitting',
      'with_medics sitting',
      'gone sitting',
    ]);
    expect(followed.actions.flat()).toContain('handoff_to_ems');
    expect(changes(followed.pictures, (p) => p.caller)).toEqual(['phone', 'standing', 'gone']);
  });

  it('the shelter: breathing again but sedated, he stays in the recovery position until the stretcher', () => {
    const followed = follow('overdose-shelter-xylazine');
    expectPicksFollowed(followed);
    expect(changes(followed.pictures, overdoseView)).toEqual([
      'door on_back',
      'beside on_back',
      'beside on_back rescue_breathing',
      'beside recovery',
      'with_medics recovery',
      'with_medics stretcher',
      'gone stretcher',
    ]);
  });

  it('describes the places and the care in Spanish too', () => {
    const followed = follow('overdose-apartment', 'frozen by fear: he dies', 'es');
    expect(followed.descriptions[0]).toContain('Un agente está de pie en la puerta.');
    expect(followed.descriptions.some((d) => d.includes('El agente le hace compresiones en el pecho.'))).toBe(true);
  });
});

describe('the picture of a pat-down follows the log', () => {
  it('the park bench: a hand to the waistband, pockets emptied on request, close to look at the card, walking off when released', () => {
    const followed = follow('patdown-park-bench');
    expect(changes(followed.pictures, (p) => `${p.officer} ${p.hands} ${p.distance}`)).toEqual([
      'door crossed talking',
      'beside waistband talking',
      'beside pockets talking',
      'beside emptying talking',
      'beside down close',
      'beside down talking',
      'beside leaving talking',
    ]);
    expect(followed.descriptions.some((d) => d.includes('One hand goes to their waistband.'))).toBe(true);
  });

  it('the traffic stop: the passenger empties her pockets herself, and goes once released', () => {
    const followed = follow('patdown-traffic-stop');
    const hands = changes(followed.pictures, (p) => p.hands);
    expect(hands).toContain('emptying');
    expect(hands.at(-1)).toBe('leaving');
    const emptied = followed.actions.findIndex((done) => done.includes('have_person_remove_items'));
    expect(followed.pictures[emptied + 1]?.hands).toBe('emptying');
  });
});
