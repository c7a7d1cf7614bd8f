/**
 * What `phaser` means in this build (vite.config.ts aliases it here): Phaser assembled from its own
 * sources, the way its core entry (phaser/src/phaser-core.js) is, but with only what the pictures
 * draw. Phaser's sources register each game-object factory and scene plugin when their module is
 * loaded, so whatever is not imported here is not in the bundle, and the build flags (WebGL only, no
 * sound) drop the rest. A picture that needs another factory (`this.add.image`, ...) or scene plugin
 * adds its import here: tests/ui/phaser-build.test.ts fails until it does.
 *
 * Type-checking still uses Phaser's full declarations: only the code that runs is smaller.
 */
// First, as in Phaser's own entries: its WebGL render nodes require the renderer's index, which
// requires them back, and only this order leaves each complete before it is used.
import 'phaser/src/renderer/index.js';
import CONST from 'phaser/src/const.js';
import CoreEvents from 'phaser/src/core/events/index.js';
import Game from 'phaser/src/core/Game.js';
import ScaleModes from 'phaser/src/scale/const/SCALE_MODE_CONST.js';
import Scene from 'phaser/src/scene/Scene.js';

// The scene plugins the pictures use: `this.events`, `this.cameras`, `this.add`, the display and
// update lists, `this.scene` and `this.tweens`. No loader, input, clock, data or lights.
import 'phaser/src/events/EventEmitter.js';
import 'phaser/src/cameras/2d/CameraManager.js';
import 'phaser/src/gameobjects/GameObjectFactory.js';
import 'phaser/src/gameobjects/DisplayList.js';
import 'phaser/src/gameobjects/UpdateList.js';
import 'phaser/src/scene/ScenePlugin.js';
import 'phaser/src/tweens/TweenManager.js';

// The factories the pictures call (`this.add.<name>`).
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import 'phaser/src/gameobjects/shape/rectangle/RectangleFactory.js';
import 'phaser/src/gameobjects/shape/arc/ArcFactory.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';

const { WEBGL } = CONST as { WEBGL: number };
const Core = { Events: CoreEvents };
const Scale = { ...(ScaleModes as object) };

export { Core, Game, Scale, Scene, WEBGL };
