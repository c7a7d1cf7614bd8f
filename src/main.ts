/**
 * The page's wiring: the app renders every screen into `#app`; the picture behind it is drawn by
 * Phaser into `#scene-layer`, loaded afterwards so the title screen is interactive first.
 */
import './ui/styles.css';
import { listProfiles, listScenarios } from './game/catalogue.js';
import { newAttemptId } from './storage/attempt-record.js';
import { openAttemptStore } from './storage/attempt-store.js';
import { startApp, startingSettings } from './ui/app.js';
import { loadGameLocale } from './i18n/load-game-locale.js';
import { fakeAudioFor } from './ui/audio/e2e-audio.js';
import { createAttemptHistory } from './ui/attempts.js';
import { deviceSettingsStorage } from './ui/saved-settings.js';
import { browserTimeSource } from './play/time-source.js';
import { launchFromLms } from './lms/launch.js';
import { lmsStatusPanel } from './lms/lms-status-panel.js';
import { scenarioTitle } from './kit/scenario-text.js';

const root = document.getElementById('app');
const sceneLayer = document.getElementById('scene-layer');
const sceneCanvas = document.getElementById('scene');

/**
 * In a SCORM package (built with mode scorm12 or scorm2004) the launch URL names the scenario and the
 * LMS, when there is one, is told how the attempt goes. Anywhere else the game starts on its title.
 */
const scormVersion = import.meta.env.MODE === 'scorm12' ? '1.2' : import.meta.env.MODE === 'scorm2004' ? '2004' : undefined;
function shippedVersion(scenarioId: string): number | undefined {
  const entry = listScenarios().find((s) => s.id === scenarioId);
  return entry?.ok ? entry.manifest.version : undefined;
}
// The agency's salt for the trainee codes derived from LMS learner ids (src/lms/pseudonym.ts).
const traineeSalt = String(import.meta.env.VITE_GOOD_CALL_TRAINEE_SALT ?? '');
const lms = scormVersion ? launchFromLms(window, location.search, scormVersion, shippedVersion, traineeSalt) : undefined;
if (lms?.recording) {
  const recording = lms.recording;
  // The LMS keeps what was reported only once the session is ended, so end it when the page goes: in
  // the capture phase, before the encounter's own pagehide save, after which the session ends.
  window.addEventListener('pagehide', () => recording.pageHiding(), { capture: true });
}

/**
 * In a cmi5 course (mode cmi5) the LMS's launch is read, its token fetched and its state document
 * read before the game starts; other builds never load this code.
 */
const titleOf = (scenarioId: string, locale: string): string => {
  const entry = listScenarios().find((s) => s.id === scenarioId);
  return entry?.ok ? scenarioTitle(entry.manifest, locale) : scenarioId;
};
const cmi5 =
  import.meta.env.MODE === 'cmi5'
    ? await import('./lms/cmi5-au.js').then(({ launchCmi5 }) =>
        launchCmi5({ search: location.search, knownVersion: shippedVersion, titleOf, traineeSalt }),
      )
    : undefined;
if (cmi5?.recording) {
  const recording = cmi5.recording;
  window.addEventListener('pagehide', () => recording.pageHiding(), { capture: true });
}
const launched = lms ?? cmi5;
const onSave = lms?.recording?.onSave ?? cmi5?.recording?.onSave;
const languages = [...(cmi5?.languages ?? []), ...navigator.languages];
const settingsStorage = deviceSettingsStorage();
// A catalogue: under the dev server a saved scenario.json changes the list (live reload), hence the getter.
const catalogue = {
  get scenarios() {
    return listScenarios();
  },
  profiles: listProfiles(),
};

// Only the language the trainee starts in is downloaded before the title; English if it cannot be.
const { locale } = startingSettings({ languages, catalogue, settingsStorage, ...(launched ? { launch: launched.launch } : {}) }).settings;
await loadGameLocale(locale).catch(() => loadGameLocale('en'));
const recording = lms?.recording ?? cmi5?.recording;
if (recording) document.body.append(lmsStatusPanel(recording).root);

if (root && sceneLayer && sceneCanvas) {
  const app = startApp({
    root,
    sceneElement: sceneCanvas,
    languages,
    catalogue,
    timeSource: browserTimeSource(),
    // Attempts live in IndexedDB on this device, so a reload or a crash loses nothing.
    attempts: createAttemptHistory({
      store: openAttemptStore(),
      newId: () => newAttemptId(),
      ...(onSave ? { onSave } : {}),
    }),
    ...(launched ? { launch: launched.launch } : {}),
    settingsStorage,
    // Browser tests (e2e builds only): `?audio=fake` records the sounds instead of playing them.
    audio: import.meta.env.MODE === 'e2e' ? fakeAudioFor(location.search) : undefined,
  });
  // The title screen is up and focused: what `npm run bench` times a cold load to.
  performance.mark('good-call:interactive');
  // Dev server only: scenario files saved with errors are listed over the game with file and line.
  if (import.meta.hot) void import('./ui/live-reload-overlay.js').then(({ showScenarioProblems }) => showScenarioProblems(document.body));
  import('./ui/phaser/start-game.js')
    .then(({ startGame }) => app.bridge.attach(startGame(sceneLayer)))
    // The picture is decoration: without WebGL the game is played the same, over a plain backdrop.
    .catch(() => sceneLayer.classList.add('no-picture'));
}
