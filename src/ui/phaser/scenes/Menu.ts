/** Behind the scenario list and the history: a map of the beat with a few calls pinned on it. */
import { COLOURS } from '../palette.js';
import { PictureScene } from '../picture-scene.js';

export class MenuScene extends PictureScene {
  constructor() {
    super('Menu');
  }

  protected paint(_picture: unknown, width: number, height: number): void {
    const g = this.add.graphics();
    g.fillStyle(COLOURS.night).fillRect(0, 0, width, height);
    g.lineStyle(1, COLOURS.wall, 1);
    for (let x = 0; x < width; x += 48) g.lineBetween(x, 0, x, height);
    for (let y = 0; y < height; y += 48) g.lineBetween(0, y, width, y);
    g.lineStyle(10, COLOURS.wallDark, 1);
    g.lineBetween(0, height * 0.35, width, height * 0.5);
    g.lineBetween(width * 0.3, 0, width * 0.2, height);
    g.lineBetween(width * 0.75, 0, width * 0.85, height);
    const pins: [number, number, number][] = [
      [0.08, 0.2, COLOURS.accent],
      [0.93, 0.62, COLOURS.police],
      [0.05, 0.8, COLOURS.police],
      [0.9, 0.18, COLOURS.accent],
    ];
    for (const [px, py, colour] of pins) g.fillStyle(colour).fillCircle(width * px, height * py, 9);
  }
}
