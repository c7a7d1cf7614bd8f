/**
 * `startGame(parent)`: the Phaser game that draws the picture behind the DOM. It takes no input (the
 * DOM has every control), makes no sound (the audio service does), and is shown pictures through the bridge.
 * Loaded with a dynamic import, so Phaser's chunk never delays the first interactive screen.
 */
import * as Phaser from 'phaser';
import type { SceneView } from '../bridge.js';
import type { ScenePicture } from '../scene-picture.js';
import type { PictureScene } from './picture-scene.js';
import { BriefingScene } from './scenes/Briefing.js';
import { DebriefScene } from './scenes/Debrief.js';
import { EncounterScene, type EncounterProbe } from './scenes/Encounter.js';
import { MenuScene } from './scenes/Menu.js';
import { TitleScene } from './scenes/Title.js';
import { COLOURS } from './palette.js';
import { measureStepWork } from './step-work.js';

const SCENE_KEYS: Readonly<Record<ScenePicture['screen'], string>> = {
  title: 'Title',
  menu: 'Menu',
  briefing: 'Briefing',
  encounter: 'Encounter',
  debrief: 'Debrief',
};

const CONFIG: Phaser.Types.Core.GameConfig = {
  type: Phaser.WEBGL,
  backgroundColor: COLOURS.night,
  banner: false,
  autoFocus: false,
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  // Old laptops: slow pulses need no more than this, and a still picture needs no frames at all.
  fps: { target: 24, limit: 24 },
  render: { powerPreference: 'low-power', antialias: true },
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  scene: [TitleScene, MenuScene, BriefingScene, EncounterScene, DebriefScene],
};

export interface PictureGame extends SceneView {
  destroy(): void;
}

/** Browser tests read how the encounter's picture moves through this, in e2e builds only. */
function exposeProbe(game: Phaser.Game): void {
  (window as unknown as { goodCallPicture: () => EncounterProbe | null }).goodCallPicture = () => {
    const scene = game.scene.getScene('Encounter') as EncounterScene | null;
    return scene && game.scene.isActive('Encounter') ? scene.probe() : null;
  };
}

export function startGame(parent: HTMLElement): PictureGame {
  const canvas = parent.querySelector('canvas') ?? parent.appendChild(document.createElement('canvas'));
  const game = new Phaser.Game({ ...CONFIG, canvas, parent });
  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  game.registry.set('reducedMotion', motionQuery.matches);

  let ready = false;
  let pending: ScenePicture | undefined;
  let framesSinceChange = 0;

  const wake = (): void => {
    framesSinceChange = 0;
    if (!game.loop.running) game.loop.wake();
  };
  // A still picture is drawn a few times (scene starts are queued to the next step), then the loop
  // sleeps until the next change: no frames, no CPU, on a laptop that has little of either.
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    framesSinceChange++;
    const animated = game.scene.getScenes(true).some((scene) => (scene as PictureScene).animated);
    if (!animated && framesSinceChange > 3) game.loop.sleep();
  });
  window.addEventListener('resize', wake);
  // The trainee may turn reduced motion on mid-encounter: the running pictures are drawn again, still.
  const onMotionPreference = (): void => {
    game.registry.set('reducedMotion', motionQuery.matches);
    wake();
    for (const scene of game.scene.getScenes(true)) (scene as PictureScene).repaint();
  };
  motionQuery.addEventListener('change', onMotionPreference);
  if (import.meta.env.MODE === 'e2e') exposeProbe(game);
  if (new URLSearchParams(window.location.search).get('measure') === 'steps') measureStepWork(game);

  const show = (picture: ScenePicture): void => {
    wake();
    if (!ready) {
      pending = picture;
      return;
    }
    const key = SCENE_KEYS[picture.screen];
    if (game.scene.isActive(key)) {
      (game.scene.getScene(key) as PictureScene).show(picture);
      return;
    }
    for (const running of game.scene.getScenes(true)) if (running.scene.key !== key) game.scene.stop(running.scene.key);
    game.scene.start(key, picture);
  };

  game.events.once(Phaser.Core.Events.READY, () => {
    ready = true;
    if (pending) show(pending);
  });

  return {
    show,
    destroy: () => {
      window.removeEventListener('resize', wake);
      motionQuery.removeEventListener('change', onMotionPreference);
      game.destroy(false);
    },
  };
}
