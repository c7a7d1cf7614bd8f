/**
 * The sound of a story: which cues a run plays and the caption each one gets, the fake that records
 * them, mute and volume as settings, and the shipped sounds (listed, each made by a recipe, captioned).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Choice, type Line, type Session } from '../../src/engine/index.js';
import { createI18n, createTranslator } from '../../src/i18n/translator.js';
import { createFakeAudio } from '../../src/ui/audio/fake-audio.js';
import { audioPreferences, DEFAULT_VOLUME, onlyAudioChanged } from '../../src/ui/audio/preferences.js';
import { soundSource } from '../../src/ui/audio/sound-library.js';
import { followSceneSounds, sceneCues } from '../../src/ui/audio/scene-sounds.js';
import { captionOf, createStoryAudio, followStorySounds } from '../../src/ui/audio/story-sounds.js';
import { recipeNamed } from '../../src/ui/audio/synth/recipes.js';
import { PLACES } from '../../src/ui/scene-picture.js';
import type { Settings } from '../../src/ui/settings.js';
import { loadFixture, manifestJson, profile, writeScenario } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'assets', 'manifest.json'), 'utf8')) as {
  bg: Record<string, { licence: string; ambience: { sound: string; caption: string; licence: string } }>;
  sfx: Record<string, { licence: string; sound: string; caption: string }>;
};
const t = createTranslator('en');
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, sfx: [], events: [], at: 0, ...extra });

describe('the sounds of a story', () => {
  it('starts the default place’s ambience at the first line, changes it where the story names a new place, and plays each #sfx in order', () => {
    const hear = followStorySounds('overdose');
    expect(hear([line('Dispatch.', { sfx: ['radio_dispatch'] }), line('You arrive.')])).toEqual([
      [
        { kind: 'ambience', id: 'apartment' },
        { kind: 'sfx', id: 'radio_dispatch' },
      ],
      [],
    ]);
    expect(hear([line('The restroom.', { bg: 'restroom', sfx: ['door_knock', 'snoring'] }), line('Again.', { bg: 'restroom' })])).toEqual([
      [
        { kind: 'ambience', id: 'restroom' },
        { kind: 'sfx', id: 'door_knock' },
        { kind: 'sfx', id: 'snoring' },
      ],
      [],
    ]);
    expect(followStorySounds('patdown')([line('In the car.', { bg: 'patrol_car' })])).toEqual([[{ kind: 'ambience', id: 'patrol_car' }]]);
  });

  it('captions every cue in the trainee’s language, ambience included', () => {
    expect(captionOf({ kind: 'sfx', id: 'snoring' }, t)).toEqual({ cue: 'sfx:snoring', text: '[Sound: slow, loud, rattling snores]' });
    expect(captionOf({ kind: 'ambience', id: 'restroom' }, t).text).toBe('[In the background: the extractor fan, a dripping tap]');
    expect(captionOf({ kind: 'sfx', id: 'naloxone_spray' }, createTranslator('es')).text).toBe(
      '[Sonido: el clic y el siseo del atomizador nasal]',
    );
    // An id a trainer's scenario uses before the manifest lists it is still captioned, in plain words.
    expect(captionOf({ kind: 'sfx', id: 'glass_breaking' }, t).text).toBe('[Sound: glass breaking]');
  });

  it('plays what it captions, records whether it was audible, and replays quietly', () => {
    const fake = createFakeAudio();
    const story = createStoryAudio('overdose', fake, t);
    const captions = story.tell([line('Spray.', { sfx: ['naloxone_spray'] })]);
    expect(captions.flat().map((c) => c.cue)).toEqual(['ambience:apartment', 'sfx:naloxone_spray']);
    expect(fake.cues).toEqual([
      { name: 'ambience:apartment', audible: true },
      { name: 'sfx:naloxone_spray', audible: true },
    ]);
    fake.setPreferences({ muted: true, volume: 0.5 });
    story.tell([line('Cough.', { sfx: ['cough'] })]);
    expect(fake.cues.at(-1)).toEqual({ name: 'sfx:cough', audible: false });

    const replay = createFakeAudio();
    const replayed = createStoryAudio('overdose', replay, t);
    expect(replayed.tell([line('In the car.', { bg: 'patrol_car', sfx: ['siren'] })], { quietly: true }).flat()).toHaveLength(2);
    expect(replay.cues).toEqual([]);
    replayed.resumeAmbience();
    expect(replay.cues).toEqual([{ name: 'ambience:patrol_car', audible: true }]);
    expect(replay.ambience).toBe('ambience:patrol_car');
    replay.stop();
    expect([replay.ambience, replay.stops]).toEqual([null, 1]);
  });

  it('captions the hub fixture’s spray when naloxone is given', () => {
    const session = scoredSession({ scenario: loadFixture('hub-overdose'), profile: profile(), seed: 1 });
    const fake = createFakeAudio();
    const story = createStoryAudio('overdose', fake, t);
    story.tell(session.next().lines);
    const step = session.choose(session.next().choices.findIndex((c) => c.actions.some((a) => a.action === 'naloxone_nasal')));
    expect(
      story
        .tell(step.lines)
        .flat()
        .map((c) => c.text),
    ).toEqual(['[Sound: the click and hiss of the nasal spray]']);
    expect(fake.cues.map((c) => c.name)).toEqual(['ambience:apartment', 'sfx:naloxone_spray']);
  });
});

describe('the sounds of the scene', () => {
  const choiceDoing = (session: Session, action: string): Choice => {
    const choice = session.next().choices.find((c) => c.actions.some((a) => a.action === action));
    if (!choice) throw new Error(`no choice does ${action}`);
    return choice;
  };
  const pickAction = (session: Session, action: string): number => choiceDoing(session, action).index;
  /** Calls EMS (due 6 minutes after the call) and lets the clock run until they are `secondsLeft` away. */
  const callEmsAndWait = (session: Session, secondsLeft: number): void => {
    const call = choiceDoing(session, 'call_ems');
    session.choose(call.index);
    session.elapse(6 * 60 - call.seconds - secondsLeft);
  };

  it('plays and captions the siren once when the clock brings EMS between picks', () => {
    const session = scoredSession({ scenario: loadFixture('hub-overdose'), profile: profile(), seed: 1, mode: 'assess' });
    const fake = createFakeAudio();
    const scene = followSceneSounds(session.state(), fake, t);
    expect(scene.hear(session.choose(pickAction(session, 'call_ems')).state)).toBeUndefined();
    expect(scene.hear(session.elapse(60).state)).toBeUndefined();
    const arrival = session.elapse(6 * 60);
    expect(arrival.state.emsOnScene).toBe(true);
    const heard = scene.hear(arrival.state);
    expect(heard?.captions).toEqual([[{ cue: 'sfx:siren', text: '[Sound: an ambulance siren, coming closer]' }]]);
    expect(heard?.lines).toEqual([{ text: '', sfx: [], events: [], at: arrival.state.elapsedSeconds }]);
    expect(fake.cues).toEqual([{ name: 'sfx:siren', audible: true }]);
    // EMS staying on scene is not news: the siren is not heard again.
    expect(scene.hear(session.elapse(60).state)).toBeUndefined();
    expect(fake.cues).toHaveLength(1);
  });

  it('captions it in Spanish for a Spanish-speaking trainee, and records it unheard when muted', () => {
    const session = scoredSession({ scenario: loadFixture('hub-overdose'), profile: profile(), seed: 1, mode: 'assess' });
    const fake = createFakeAudio({ muted: true, volume: 0.8 });
    const scene = followSceneSounds(session.state(), fake, createTranslator('es'));
    session.choose(pickAction(session, 'call_ems'));
    expect(
      scene
        .hear(session.elapse(10 * 60).state)
        ?.captions.flat()
        .map((c) => c.text),
    ).toEqual(['[Sonido: la sirena de una ambulancia que se acerca]']);
    expect(fake.cues).toEqual([{ name: 'sfx:siren', audible: false }]);
  });

  it('sounds the siren when a pick’s own time brings EMS, unless the story tags the siren there itself', () => {
    const untagged = scoredSession({ scenario: loadFixture('hub-overdose'), profile: profile(), seed: 1, mode: 'assess' });
    callEmsAndWait(untagged, 10);
    expect(untagged.state().emsOnScene).toBe(false);
    const fake = createFakeAudio();
    const scene = followSceneSounds(untagged.state(), fake, t);
    const waited = untagged.choose(pickAction(untagged, 'wait'));
    expect(waited.state.emsOnScene).toBe(true);
    expect(waited.lines.map((l) => l.text)).toContain('The medics come in.');
    expect(
      scene
        .hear(waited.state, waited.lines)
        ?.captions.flat()
        .map((c) => c.cue),
    ).toEqual(['sfx:siren']);

    const ink = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'scenarios', 'hub-overdose', 'en.ink'), 'utf8').replace(
      'The medics come in. #speaker:ems',
      'The medics come in. #speaker:ems #sfx:siren',
    );
    const { load } = writeScenario({ 'scenario.json': manifestJson({ parameters: { dosesNeeded: 1, emsEtaMinutes: 6 } }), 'en.ink': ink });
    if (!load.bundle) throw new Error(JSON.stringify(load.diagnostics));
    const tagged = scoredSession({ scenario: load.bundle, profile: profile(), seed: 1, mode: 'assess' });
    callEmsAndWait(tagged, 10);
    expect(tagged.state().emsOnScene).toBe(false);
    const quiet = createFakeAudio();
    const taggedScene = followSceneSounds(tagged.state(), quiet, t);
    const step = tagged.choose(pickAction(tagged, 'wait'));
    expect(step.state.emsOnScene).toBe(true);
    expect(step.lines.flatMap((l) => l.sfx)).toContain('siren');
    expect(taggedScene.hear(step.state, step.lines)).toBeUndefined();
    expect(quiet.cues).toEqual([]);
  });

  it('hears nothing for a scene that starts with EMS already there, or for other changes', () => {
    const onScene = { emsOnScene: true, elapsedSeconds: 0 };
    const away = { emsOnScene: false, elapsedSeconds: 0 };
    expect(sceneCues(onScene, { ...onScene, elapsedSeconds: 60 })).toEqual([]);
    expect(sceneCues(away, { ...away, elapsedSeconds: 60 })).toEqual([]);
    expect(sceneCues(away, onScene, [line('Sirens.', { sfx: ['footsteps'] })])).toEqual([{ kind: 'sfx', id: 'siren' }]);
  });
});

describe('mute and volume', () => {
  const settings: Settings = {
    locale: 'en',
    mode: 'learn',
    traineeCode: 'TR-AAAA-BBBB',
    sound: true,
    timeFactor: 1,
    profileId: 'model-policy',
  };

  it('are read from the settings, with a default volume', () => {
    expect(audioPreferences(settings)).toEqual({ muted: false, volume: DEFAULT_VOLUME });
    expect(audioPreferences({ ...settings, sound: false, volume: 0.3 })).toEqual({ muted: true, volume: 0.3 });
  });

  it('are told apart from other settings, which redraw the screen', () => {
    expect(onlyAudioChanged(settings, { ...settings, sound: false })).toBe(true);
    expect(onlyAudioChanged(settings, { ...settings, volume: 0.2 })).toBe(true);
    expect(onlyAudioChanged(settings, { ...settings, volume: 0.2, locale: 'es' })).toBe(false);
    expect(onlyAudioChanged(settings, settings)).toBe(false);
  });
});

describe('the shipped sounds', () => {
  it('lists a scene with an ambience for every place the game draws, each a loop, and every story cue a one-shot', () => {
    expect(Object.keys(manifest.bg).sort()).toEqual([...PLACES].sort());
    for (const bg of Object.values(manifest.bg)) expect(recipeNamed(bg.ambience.sound)?.loop, bg.ambience.sound).toBe(true);
    for (const sfx of Object.values(manifest.sfx)) expect(recipeNamed(sfx.sound)?.loop, sfx.sound).toBe(false);
  });

  it('ships no sound files: every sound is made for this project by its recipe', () => {
    expect(() => readFileSync(path.join(ROOT, 'assets', 'sounds', 'snoring.ogg'))).toThrow();
    for (const entry of [
      ...Object.values(manifest.sfx),
      ...Object.values(manifest.bg),
      ...Object.values(manifest.bg).map((b) => b.ambience),
    ]) {
      expect(entry.licence).toMatch(/made for Good Call/);
    }
  });

  it('gives each sound a caption in every language', () => {
    const keys = [...Object.values(manifest.sfx).map((s) => s.caption), ...Object.values(manifest.bg).map((b) => b.ambience.caption)];
    for (const locale of ['en', 'es']) {
      const i18n = createI18n(locale);
      expect(keys.filter((key) => !i18n.exists(key))).toEqual([]);
    }
  });

  it('resolves each cue to the recipe it is made from, looping the ambience, and ignores an id it does not know', () => {
    expect(soundSource({ kind: 'sfx', id: 'snoring' })).toEqual({ sound: 'snoring', loop: false });
    expect(soundSource({ kind: 'ambience', id: 'park_bench' })).toEqual({ sound: 'ambience-park-bench', loop: true });
    expect(soundSource({ kind: 'sfx', id: 'glass_breaking' })).toBeUndefined();
  });
});
