/**
 * The app: runs the screen flow, renders the screen for each state into the root it is given, and
 * keeps the language, the picture behind the screen and the sound in step with the settings.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { closestLocale, createTranslator, isLocaleRegistered, spokenLocale, type Translate } from '../i18n/translator.js';
import { loadGameLocale } from '../i18n/load-game-locale.js';
import type { SupportedLocale } from '../i18n/resources.js';
import { createAttemptHistory, type AttemptHistory } from './attempts.js';
import { createSceneBridge, type SceneBridge } from './bridge.js';
import { resumePlan } from '../lms/resume-plan.js';
import { classroomProjector, type ClassroomProjector } from '../classroom/projector.js';
import type { LaunchRequest } from '../play/start.js';
import { flowMachine, type FlowContext, type FlowEvent, type ScreenName } from './flow.js';
import type { Catalogue, Screen, ScreenServices } from './screen.js';
import { briefingScreen } from './screens/briefing.js';
import { debriefScreen } from './screens/debrief.js';
import { encounterScreen } from './screens/encounter.js';
import { historyScreen } from './screens/history.js';
import { postCheckScreen, preCheckScreen } from './screens/knowledge-check.js';
import { scenarioListScreen } from './screens/scenario-list.js';
import { titleScreen } from './screens/title.js';
import { randomTraineeCode, type Settings } from './settings.js';
import { loadSettings, saveSettings, type LoadedSettings, type SettingsStorage } from './saved-settings.js';
import type { AudioService } from './audio/audio-service.js';
import { createHowlerAudio } from './audio/howler-audio.js';
import { audioPreferences, onlyAudioChanged } from './audio/preferences.js';
import type { TimeSource } from '../play/time-source.js';

export interface AppOptions {
  /** Where screens are rendered. */
  readonly root: HTMLElement;
  /** The canvas: its accessible name describes the picture. */
  readonly sceneElement: HTMLElement;
  /** The browser's preferred languages (`navigator.languages`). */
  readonly languages: readonly string[];
  readonly catalogue: Catalogue;
  readonly timeSource: TimeSource;
  /** Start on one scenario instead of the title screen. */
  readonly launch?: LaunchRequest;
  /** The attempts on this device; without it, attempts are kept in memory only. */
  readonly attempts?: AttemptHistory;
  /** Plays the story's sounds; howler unless a test hands in a fake. */
  readonly audio?: AudioService;
  /** This window's side of a class; the page's own unless a test hands in one. */
  readonly classroom?: ClassroomProjector;
  /** Where the title's settings are remembered between visits; without it, they last for this page only. */
  readonly settingsStorage?: SettingsStorage;
}

export interface App {
  readonly bridge: SceneBridge;
  readonly attempts: AttemptHistory;
}

const SCREENS: Record<ScreenName, (services: ScreenServices) => Screen> = {
  title: titleScreen,
  scenarios: scenarioListScreen,
  'pre-check': preCheckScreen,
  briefing: briefingScreen,
  encounter: encounterScreen,
  'post-check': postCheckScreen,
  debrief: debriefScreen,
  history: historyScreen,
};

/**
 * The settings the app starts with: this device's remembered ones over the defaults, or for an LMS
 * launch the defaults alone (its learner and mode are the LMS's, not this device's to remember).
 */
export function startingSettings(options: Pick<AppOptions, 'languages' | 'catalogue' | 'launch' | 'settingsStorage'>): LoadedSettings {
  const defaults: Settings = {
    locale: closestLocale(options.languages),
    mode: 'learn',
    traineeCode: randomTraineeCode(),
    sound: true,
    timeFactor: 1,
    profileId: options.catalogue.profiles[0]?.id ?? 'model-policy',
  };
  return loadSettings(
    options.launch ? undefined : options.settingsStorage,
    defaults,
    options.catalogue.profiles.map((p) => p.id),
  );
}

/** Starts the app; the language it starts in (`startingSettings`) must be registered already. */
export function startApp(options: AppOptions): App {
  const { root, sceneElement, catalogue, timeSource } = options;
  const storage = options.launch ? undefined : options.settingsStorage;
  const loaded = startingSettings(options);
  const { settings } = loaded;
  let t: Translate = createTranslator(settings.locale);
  const bridge = createSceneBridge((text) => sceneElement.setAttribute('aria-label', text), t);
  const attempts = options.attempts ?? createAttemptHistory();
  const sound = options.audio ?? createHowlerAudio(audioPreferences(settings));
  const classroom = options.classroom ?? classroomProjector();
  const actor = createActor(flowMachine, { input: { settings, settingsRemembered: loaded.remembered } });
  const send = (event: FlowEvent): void => actor.send(event);

  /** Languages whose strings could not be downloaded: the page goes on in the one it has. */
  const unavailable = new Set<SupportedLocale>();
  let shown: { screen: Screen; state: ScreenName; settings: Settings; plan: FlowContext['plan'] } | undefined;

  const render = (snapshot: SnapshotFrom<typeof flowMachine>): void => {
    const state = snapshot.value as ScreenName;
    const { context } = snapshot;
    sound.setPreferences(audioPreferences(context.settings));
    // A restarted encounter is the same screen with a new plan: drawn again.
    const samePlan = shown?.plan === context.plan;
    if (shown && shown.state === state && shown.settings === context.settings && samePlan) return;
    // Sound and volume apply without drawing the screen again: an encounter goes on while turned down.
    if (shown && shown.state === state && samePlan && onlyAudioChanged(shown.settings, context.settings)) {
      shown = { ...shown, settings: context.settings };
      return;
    }
    const sameScreen = shown?.state === state && samePlan;
    if (!shown || shown.settings.locale !== context.settings.locale) {
      // Another language is downloaded when chosen; the screen stays as it is until it has come.
      if (!isLocaleRegistered(context.settings.locale) && !unavailable.has(context.settings.locale)) {
        loadGameLocale(context.settings.locale).then(
          () => render(actor.getSnapshot()),
          () => {
            unavailable.add(context.settings.locale);
            render(actor.getSnapshot());
          },
        );
        return;
      }
      t = createTranslator(context.settings.locale);
      bridge.retranslate(t);
      // A language that could not be downloaded is shown in the one the page has: `lang` says which.
      document.documentElement.lang = spokenLocale(context.settings.locale);
    }
    // A settings change re-renders the same screen: keep focus on the control the trainee was using.
    const focusedId = sameScreen && document.activeElement instanceof HTMLElement ? document.activeElement.id : '';

    shown?.screen.dispose?.();
    if (state === 'title') bridge.showScreen({ screen: 'title' });
    if (state === 'scenarios' || state === 'history') bridge.showScreen({ screen: 'menu' });
    const screen = SCREENS[state]({ t, send, context, catalogue, attempts, bridge, timeSource, sound, classroom });
    shown = { screen, state, settings: context.settings, plan: context.plan };
    root.replaceChildren(screen.root);
    document.title = `${screen.initialFocus.textContent ?? ''} · ${t('ui.title')}`;
    const refocus = focusedId ? document.getElementById(focusedId) : null;
    if (refocus) refocus.focus();
    else {
      window.scrollTo(0, 0);
      screen.initialFocus.focus();
    }
  };

  let saved = settings;
  actor.subscribe((snapshot) => {
    if (snapshot.context.settings === saved) return;
    saved = snapshot.context.settings;
    saveSettings(storage, saved);
  });
  actor.subscribe(render);
  actor.start();
  render(actor.getSnapshot());
  if (options.launch) launchInto(options.launch, send, settings);
  return { bridge, attempts };
}

function launchInto(launch: LaunchRequest, send: (event: FlowEvent) => void, settings: Settings): void {
  const profileId = launch.profileId ?? settings.profileId;
  const mode = launch.resume?.mode ?? launch.mode ?? settings.mode;
  send({ type: 'change settings', settings: { profileId, mode, ...(launch.traineeCode ? { traineeCode: launch.traineeCode } : {}) } });
  const { resume } = launch;
  if (!resume) {
    send({ type: 'open scenarios' });
    send({ type: 'choose scenario', scenarioId: launch.scenarioId });
    return;
  }
  send({ type: 'resume', plan: resumePlan(launch.scenarioId, resume, { profileId, mode, timeFactor: settings.timeFactor }) });
}
