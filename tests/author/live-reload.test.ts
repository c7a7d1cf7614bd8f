/**
 * Live reload without a browser: the dev server's message for a saved file, the catalogue taking it
 * in, and the encounter resumed on the new version with the trainee's picks replayed as far as they
 * still apply.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type ScenarioBundle } from '../../src/engine/index.js';
import { compileInk } from '../../src/engine/story/compile-ink.js';
import { applyScenarioFileChange, listScenarios, loadScenario, onCatalogueChange, type CatalogueChange } from '../../src/game/catalogue.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import { inkScenarios, scenarioFileChange } from '../../src/tooling/vite-plugin-ink.js';
import type { ScenarioFileChange } from '../../src/game/scenario-hot-update.js';
import { openWithReplay, recordedPlayOf } from '../../src/play/open-session.js';
import type { EncounterPlan } from '../../src/play/start.js';
import { reloadedNote } from '../../src/ui/play-notes.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const HUB = path.resolve(import.meta.dirname, '..', 'fixtures', 'scenarios', 'hub-overdose');
const hubInk = readFileSync(path.join(HUB, 'en.ink'), 'utf8');
const profile = (() => {
  const loaded = loadProfile('model-policy');
  if (!loaded.ok) throw new Error('model-policy does not load');
  return loaded.profile;
})();

function bundleWith(ink: string): ScenarioBundle {
  const load = loadScenarioDir(HUB, { assets: null });
  const compiled = compileInk(ink, 'en.ink');
  if (!load.bundle || !compiled.ok) throw new Error('the fixture does not compile');
  return { manifest: load.bundle.manifest, stories: { en: compiled.story } };
}

const plan = (mode: 'learn' | 'assess' = 'learn'): EncounterPlan => ({
  scenarioId: 'hub-overdose',
  seed: 1,
  profileId: 'model-policy',
  mode,
  timeFactor: 1,
  locale: 'en',
  start: { kind: 'fresh' },
});

describe('resuming an encounter on a changed story', () => {
  it('replays every pick on a story whose words changed, and shows the new words', () => {
    const before = scoredSession({ scenario: bundleWith(hubInk), profile, seed: 1 });
    before.choose(0);
    before.choose(2);
    const resumed = openWithReplay(
      plan(),
      bundleWith(hubInk.replace('The spray hisses.', 'The spray hisses loudly.')),
      profile,
      recordedPlayOf(before),
    );
    expect(resumed.replay).toEqual({ replayed: 2, inputsReplayed: 0, notReplayed: { picks: 0, inputs: 0 } });
    expect(resumed.session.picks().map((p) => p.index)).toEqual([0, 2]);
    expect(resumed.session.transcript().some((line) => line.text.includes('The spray hisses loudly.'))).toBe(true);
    expect(resumed.session.state()).toEqual(before.state());
    expect(resumed.narration.map((batch) => batch.pickText)).toEqual([undefined, 'Give him a dose of naloxone', 'Call EMS']);
  });

  it('stops at the first pick the new story no longer offers, and says which', () => {
    const before = scoredSession({ scenario: bundleWith(hubInk), profile, seed: 1 });
    before.choose(4); // Wait
    before.choose(0); // naloxone
    const fewer = hubInk.replace('+ [Wait #act:wait]\n  -> beside_patient\n', '');
    const { replay } = openWithReplay(plan(), bundleWith(fewer), profile, recordedPlayOf(before));
    expect(replay).toMatchObject({ replayed: 0, notReplayed: { picks: 2 } });
    expect(replay?.lost?.text).toContain('Wait');
    const t = createTranslator('en');
    expect(reloadedNote(replay!, t)).toContain('“Wait” is no longer offered');
    expect(reloadedNote({ replayed: 3 }, t)).toContain('3 choices were replayed');
  });

  it('keeps the time that passed after the last pick in assess mode', () => {
    const before = scoredSession({ scenario: bundleWith(hubInk), profile, seed: 1, mode: 'assess' });
    before.choose(0);
    before.elapse(45);
    const resumed = openWithReplay(plan('assess'), bundleWith(hubInk), profile, recordedPlayOf(before));
    expect(resumed.session.state().elapsedSeconds).toBe(before.state().elapsedSeconds);
    expect(resumed.session.report().log).toEqual(before.report().log);
  });
});

describe('the dev server telling the game about a saved scenario file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'good-call-live-'));
  const folder = path.join(dir, 'hub-overdose');
  cpSync(HUB, folder, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends a story compiled again, or its errors with their lines', () => {
    const file = path.join(folder, 'en.ink');
    const story = scenarioFileChange(file, hubInk);
    expect(story).toMatchObject({ kind: 'story', scenarioId: 'hub-overdose', locale: 'en' });
    const broken = scenarioFileChange(file, hubInk.replace('#act:call_ems', '#act:call_ambulance'));
    expect(broken?.kind).toBe('problems');
    if (broken?.kind !== 'problems') return;
    expect(broken.diagnostics).toEqual([expect.objectContaining({ line: 25, message: expect.stringContaining('call_ambulance') })]);
  });

  it('sends a manifest read again, or its problems at their lines', () => {
    const file = path.join(folder, 'scenario.json');
    const text = readFileSync(file, 'utf8');
    expect(scenarioFileChange(file, text)).toMatchObject({ kind: 'manifest', scenarioId: 'hub-overdose' });
    const wrong = scenarioFileChange(file, text.replace('"overdose"', '"fire"'));
    expect(wrong?.kind === 'problems' && wrong.diagnostics[0]).toMatchObject({ field: 'kind', line: 4 });
  });

  it('sends a mistyped engine variable as a located problem, though the story compiles', () => {
    const file = path.join(folder, 'en.ink');
    const mistyped = scenarioFileChange(file, hubInk.replace('VAR breathing = "slow"', 'VAR breathing = 0'));
    expect(mistyped?.kind).toBe('problems');
    if (mistyped?.kind !== 'problems') return;
    expect(mistyped.diagnostics).toEqual([
      expect.objectContaining({
        line: 2,
        severity: 'error',
        message: expect.stringMatching(/^breathing is a string written by the engine/),
      }),
    ]);
  });

  it('sends a manifest that lists a locale with no story file as a problem at its line', () => {
    const file = path.join(folder, 'scenario.json');
    const text = readFileSync(file, 'utf8');
    const change = scenarioFileChange(
      file,
      text
        .replace('"locales": ["en"]', '"locales": ["en", "es"]')
        .replace('"en": "Fixture: a hub at an overdose"', '"en": "Fixture: a hub at an overdose", "es": "Un caso"')
        .replace(
          '"en": "A small overdose scene for the engine\'s tests."',
          '"en": "A small overdose scene for the engine\'s tests.", "es": "Una escena"',
        ),
    );
    expect(change?.kind).toBe('problems');
    if (change?.kind !== 'problems') return;
    expect(change.diagnostics).toEqual([
      expect.objectContaining({
        field: 'locales',
        line: 8,
        message: expect.stringMatching(/lists "es" but .*hub-overdose\/es\.ink does not exist/),
      }),
    ]);
  });

  it('fails the module load of a story with a mistyped engine variable, naming the file and line', () => {
    const file = path.join(folder, 'en.ink');
    writeFileSync(file, hubInk.replace('VAR responsive = false', 'VAR responsive = "no"'));
    const thrown: { message: string; loc?: { line: number } }[] = [];
    const context = {
      warn: () => undefined,
      error: (error: { message: string; loc?: { line: number } }): never => {
        thrown.push(error);
        throw new Error(error.message);
      },
    };
    const load = inkScenarios().load as unknown as (this: typeof context, id: string) => unknown;
    try {
      expect(() => load.call(context, file)).toThrow(/en\.ink:3: error: responsive is a boolean written by the engine/);
      expect(thrown[0]?.loc?.line).toBe(3);
    } finally {
      writeFileSync(file, hubInk);
    }
    expect(load.call(context, file)).toMatchObject({ code: expect.stringMatching(/^export default /) });
  });

  it('sends a second save made too soon after the first for the watcher to report it', async () => {
    vi.useFakeTimers();
    try {
      const file = path.join(folder, 'en.ink');
      const sent: ScenarioFileChange[] = [];
      const context = { environment: { name: 'client', hot: { send: (_event: string, change: ScenarioFileChange) => sent.push(change) } } };
      const hook = inkScenarios().hotUpdate as unknown as (
        this: typeof context,
        options: { type: string; file: string; read: () => string },
      ) => Promise<unknown>;
      writeFileSync(file, hubInk);
      expect(await hook.call(context, { type: 'update', file, read: () => hubInk })).toEqual([]);
      // Saved again at once: the watcher stays silent, the plugin looks again.
      writeFileSync(file, hubInk.replace('#act:call_ems', '#act:call_ambulance'));
      vi.runOnlyPendingTimers();
      expect(sent.map((c) => c.kind)).toEqual(['story', 'problems']);
      // Nothing changed since: nothing more is sent.
      vi.runOnlyPendingTimers();
      expect(sent).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores files outside a scenario folder', () => {
    writeFileSync(path.join(dir, 'en.ink'), hubInk);
    expect(scenarioFileChange(path.join(dir, 'en.ink'), hubInk)).toBeUndefined();
    expect(scenarioFileChange(path.join(folder, 'paths.json'), '{}')).toBeUndefined();
  });
});

describe('the catalogue taking in a saved file', () => {
  const shipped = listScenarios().find((s) => s.ok);
  if (!shipped?.ok) throw new Error('no scenario in the catalogue');
  const heard: CatalogueChange[] = [];
  const stop = onCatalogueChange((change) => heard.push(change));
  afterAll(stop);

  it('lists the saved manifest and plays the saved story from then on', async () => {
    applyScenarioFileChange({
      kind: 'manifest',
      scenarioId: shipped.id,
      file: 'scenario.json',
      manifest: { ...shipped.manifest, title: { ...shipped.manifest.title, en: 'Edited title' } },
    });
    const listed = listScenarios().find((s) => s.id === shipped.id);
    expect(listed?.ok && listed.manifest.title.en).toBe('Edited title');

    const locale = shipped.manifest.locales[0] ?? 'en';
    const edited = bundleWith(hubInk).stories.en!;
    applyScenarioFileChange({ kind: 'story', scenarioId: shipped.id, locale, file: `${locale}.ink`, story: edited });
    const { bundle } = await loadScenario(shipped.manifest);
    expect(bundle.stories[locale]).toBe(edited);
    expect(heard.map((c) => c.kind)).toEqual(['updated', 'updated']);
  });

  it('passes on problems, and ignores scenarios it does not have', () => {
    applyScenarioFileChange({
      kind: 'problems',
      scenarioId: shipped.id,
      file: 'en.ink',
      diagnostics: [{ file: 'en.ink', line: 3, severity: 'error', message: 'oops' }],
    });
    applyScenarioFileChange({ kind: 'manifest', scenarioId: 'not-in-this-build', file: 'scenario.json', manifest: {} });
    expect(heard.at(-1)).toMatchObject({ kind: 'problems', diagnostics: [{ line: 3 }] });
    expect(heard).toHaveLength(3);
    expect(listScenarios().some((s) => s.id === 'not-in-this-build')).toBe(false);
  });
});
