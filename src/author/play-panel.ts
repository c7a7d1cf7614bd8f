/**
 * The author preview's play panel: plays the story in the editor, as the trainee would meet it, with
 * what a trainer needs to see beside it: the actions each pick recorded, the event log, and the
 * rubric's verdicts as they stand after every pick. The play controller (src/play) runs it; when the
 * text changes (or the profile, seed or language), it starts again on the new version and replays the
 * same picks as far as they still apply, so the trainer watches the scene change in place.
 */
import type { Diagnostic, ScenarioBundle, ScenarioManifest } from '../engine/index.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { pickedNumber } from '../kit/pick-keys.js';
import { startPlay, type Play } from '../play/controller.js';
import type { EncounterPlan } from '../play/start.js';
import type { WorkspaceCheck } from './check-workspace.js';
import { createPlayControls } from './play-controls.js';
import { createPlayDrawing } from './play-drawing.js';

export interface PlayPanel {
  readonly root: HTMLElement;
  /** The newest check of the workspace: what can be played now. */
  update(check: WorkspaceCheck): void;
}

export interface PlayPanelOptions {
  readonly t: Translate;
  readonly uiLocale: string;
  readonly profiles: readonly Profile[];
  /** The story stopped while played (it ran away, an Ink runtime error): its located problems, for the problem list; `[]` on a new run. */
  readonly onStoryProblems?: (diagnostics: readonly Diagnostic[]) => void;
}

/** What a run was started from, to tell whether a newer check changes anything played. */
interface Playable {
  readonly bundle: ScenarioBundle;
  readonly fingerprint: string;
}

function playableOf(check: WorkspaceCheck, locale: string): Playable | undefined {
  const { manifest } = check;
  const story = check.stories[locale];
  if (!manifest || !story) return undefined;
  return { bundle: { manifest, stories: { [locale]: story } }, fingerprint: `${JSON.stringify(manifest)}\n${story.json}` };
}

export function createPlayPanel(options: PlayPanelOptions): PlayPanel {
  const { t, uiLocale, profiles } = options;
  let latest: WorkspaceCheck | undefined;
  let played: Playable | undefined;
  let play: Play | undefined;
  const controls = createPlayControls(
    t,
    uiLocale,
    profiles,
    () => {
      if (latest) showReadiness(latest);
      restart();
    },
    () => start(),
  );
  const { settings } = controls;
  const status = h('p', { class: 'play-status', attrs: { role: 'status' } }, t('ui.author.play.waiting'));
  const drawing = createPlayDrawing(t, uiLocale, (index) => play?.send({ type: 'pick', index }));
  const root = h('section', { class: 'play-panel', attrs: { 'aria-labelledby': 'play-heading' } }, [
    h('h2', { id: 'play-heading' }, t('ui.author.play.heading')),
    controls.root,
    status,
    ...drawing.parts,
  ]);

  const planFor = (manifest: ScenarioManifest): EncounterPlan => ({
    scenarioId: manifest.id,
    ...settings,
    mode: 'learn',
    timeFactor: 1,
    start: { kind: 'fresh' },
  });
  const showFailure = (reason: string): void => void (status.textContent = t('ui.author.play.failed', { reason }));

  /** Starts a fresh run of the newest version, from the beginning; a version that cannot start leaves the last run playing. */
  function start(): void {
    const check = latest;
    const chosen = check ? playableOf(check, settings.locale) : undefined;
    const chosenProfile = controls.profile();
    if (!check || !chosen || !chosenProfile) return;
    const next = startPlay({ plan: planFor(chosen.bundle.manifest), profile: chosenProfile, load: () => Promise.resolve(chosen.bundle) });
    const unsubscribe = next.subscribe((view) => {
      if (view.status === 'failed') {
        // At the start or after a pick: the story is stopped by the engine's step budget, and shown at its line.
        unsubscribe();
        next.stop();
        if (play === next) play = undefined;
        options.onStoryProblems?.(view.storyProblems ?? []);
        if (view.storyProblems) status.textContent = t('ui.author.play.stopped', { reason: view.failure ?? '' });
        else showFailure(view.failure ?? '');
      } else if (view.status !== 'loading' && play !== next) {
        options.onStoryProblems?.([]);
        play?.stop();
        [play, played] = [next, chosen];
        drawing.restart();
        drawing.draw(view);
        showReadiness(check);
        drawing.focusFirstChoice();
      } else if (play === next) drawing.draw(view);
    });
  }

  /** The same run on the newest version or settings, its picks replayed as far as they apply. */
  function restart(): void {
    if (!play || !latest) return;
    const chosen = playableOf(latest, settings.locale) ?? (played?.bundle.stories[settings.locale] ? played : undefined);
    const chosenProfile = controls.profile();
    if (!chosen || !chosenProfile) return;
    const run = play.view().run;
    play.send({ type: 'reload', bundle: chosen.bundle, profile: chosenProfile, settings });
    if (play.view().run !== run) played = chosen;
    else showFailure(play.view().reloadProblem ?? '');
  }

  document.addEventListener('keydown', (event) => {
    const index = pickedNumber(event);
    const choice = index === undefined ? undefined : play?.view().step?.choices[index];
    if (!choice) return;
    event.preventDefault();
    play?.send({ type: 'pick', index: choice.index });
  });

  /** Says whether the newest check can be played, and returns what it would play. */
  function showReadiness(check: WorkspaceCheck): Playable | undefined {
    controls.offerLocales(check.manifest?.locales ?? []);
    const now = playableOf(check, settings.locale);
    controls.playButton.disabled = now === undefined;
    if (!play) status.textContent = now ? t('ui.author.play.ready') : t('ui.author.play.cannotPlay');
    else status.textContent = now ? t('ui.author.play.playing', { file: `${settings.locale}.ink` }) : t('ui.author.play.stale');
    return now;
  }

  return {
    root,
    update(check) {
      latest = check;
      const now = showReadiness(check);
      if (play && now && now.fingerprint !== played?.fingerprint) restart();
    },
  };
}
