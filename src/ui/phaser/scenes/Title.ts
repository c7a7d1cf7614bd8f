/** Behind the title screen: a city at night, and a phone lighting up with a call. */
import { COLOURS } from '../palette.js';
import { skyline } from '../paint-places.js';
import { PictureScene } from '../picture-scene.js';

export class TitleScene extends PictureScene {
  constructor() {
    super('Title');
  }

  protected paint(_picture: unknown, width: number, height: number): void {
    skyline(this.add.graphics(), width, height);
    // In the margin beside the title card.
    const x = width - 90;
    const y = height * 0.3;
    const ring = this.add.circle(x, y, 70, COLOURS.accent, 0.18);
    this.flash(ring, 2800, 0, 'glow');
    const phone = this.add.graphics();
    phone.fillStyle(COLOURS.night).fillRoundedRect(x - 26, y - 46, 52, 92, 10);
    phone.fillStyle(COLOURS.accent).fillRoundedRect(x - 20, y - 38, 40, 70, 6);
  }
}
