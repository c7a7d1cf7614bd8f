/** Behind the debrief: the city again, with a result board showing a tick for a pass or a cross. */
import type { ScenePicture } from '../../scene-picture.js';
import { COLOURS } from '../palette.js';
import { skyline } from '../paint-places.js';
import { PictureScene } from '../picture-scene.js';

type DebriefPicture = Extract<ScenePicture, { screen: 'debrief' }>;

export class DebriefScene extends PictureScene<DebriefPicture> {
  constructor() {
    super('Debrief');
  }

  protected paint(picture: DebriefPicture, width: number, height: number): void {
    const g = this.add.graphics();
    skyline(g, width, height);
    // In the margin beside the debrief's cards, at 1366 pixels wide and up.
    const r = Math.min(width, height) * 0.06;
    const x = width - r * 1.7;
    const y = height * 0.25;
    g.fillStyle(COLOURS.night, 0.9).fillCircle(x, y, r * 1.4);
    g.lineStyle(r * 0.3, picture.passed ? COLOURS.good : COLOURS.warn, 1);
    if (picture.passed) {
      g.lineBetween(x - r * 0.6, y, x - r * 0.1, y + r * 0.5);
      g.lineBetween(x - r * 0.1, y + r * 0.5, x + r * 0.7, y - r * 0.5);
    } else {
      g.lineBetween(x - r * 0.5, y - r * 0.5, x + r * 0.5, y + r * 0.5);
      g.lineBetween(x + r * 0.5, y - r * 0.5, x - r * 0.5, y + r * 0.5);
    }
  }
}
