/**
 * The one bridge from the game's state to the picture behind the DOM: screens and the running
 * session say what is happening (its state and its log, which places the people: scene-staging.ts), the bridge turns it into a ScenePicture for the Phaser scenes and a
 * description for the canvas's accessible name. Nothing flows back.
 */
import type { Session } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { defaultPlace, describeScene, encounterPicture, lastPlace, type ScenePicture } from './scene-picture.js';

/** Whatever draws the picture: the Phaser game once it has loaded. */
export interface SceneView {
  show(picture: ScenePicture): void;
}

export interface SceneBridge {
  showScreen(picture: ScenePicture): void;
  /** Keeps the picture in step with a session until the returned function is called. */
  follow(session: Session): () => void;
  /** Attaches the renderer; it is shown the current picture at once. */
  attach(view: SceneView): void;
  /** The language changed: the description, and the words drawn into the picture, are rewritten. */
  retranslate(t: Translate): void;
}

export function createSceneBridge(setDescription: (text: string) => void, initialTranslate: Translate): SceneBridge {
  let t = initialTranslate;
  let current: ScenePicture = { screen: 'title' };
  // The picture of a followed session carries translated words: it is rebuilt in a new language.
  let rebuild: ((translate: Translate) => ScenePicture) | undefined;
  let view: SceneView | undefined;

  const show = (picture: ScenePicture): void => {
    current = picture;
    setDescription(describeScene(picture, t));
    view?.show(picture);
  };

  return {
    showScreen(picture) {
      rebuild = undefined;
      show(picture);
    },
    follow(session) {
      let place = lastPlace(session.transcript()) ?? defaultPlace(session.manifest.kind);
      const picture = (translate: Translate): ScenePicture => encounterPicture(session.state(), place, translate, session.log());
      rebuild = picture;
      show(picture(t));
      const stop = session.subscribe((step) => {
        place = lastPlace(step.lines) ?? place;
        rebuild = picture;
        show(picture(t));
      });
      return () => {
        stop();
        if (rebuild === picture) rebuild = undefined;
      };
    },
    attach(renderer) {
      view = renderer;
      renderer.show(current);
    },
    retranslate(next) {
      t = next;
      if (rebuild) show(rebuild(t));
      else setDescription(describeScene(current, t));
    },
  };
}
