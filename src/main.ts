/**
 * The page's wiring: the app renders every screen into `#app`; the picture behind it is drawn by
 * Phaser into `#scene-layer`, loaded afterwards so the title screen is interactive first.
 */
import './ui/styles.css';
import { listProfiles, listScenarios } from './game/catalogue.js';
import { startApp } from './ui/app.js';
import { browserTimeSource } from './ui/time-source.js';

const root = document.getElementById('app');
const sceneLayer = document.getElementById('scene-layer');
const sceneCanvas = document.getElementById('scene');

if (root && sceneLayer && sceneCanvas) {
  const app = startApp({
    root,
    sceneElement: sceneCanvas,
    languages: navigator.languages,
    catalogue: { scenarios: listScenarios(), profiles: listProfiles() },
    timeSource: browserTimeSource(),
  });
  import('./ui/phaser/start-game.js')
    .then(({ startGame }) => app.bridge.attach(startGame(sceneLayer)))
    // The picture is decoration: without WebGL the game is played the same, over a plain backdrop.
    .catch(() => sceneLayer.classList.add('no-picture'));
}
