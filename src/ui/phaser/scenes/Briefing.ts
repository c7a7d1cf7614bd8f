/**
 * Behind the briefing: the view from a patrol car at night, the road ahead, and the radio lit with
 * the call in the margin beside the briefing card.
 */
import type { ScenePicture } from '../../scene-picture.js';
import { COLOURS } from '../palette.js';
import { PictureScene } from '../picture-scene.js';

type BriefingPicture = Extract<ScenePicture, { screen: 'briefing' }>;

export class BriefingScene extends PictureScene<BriefingPicture> {
  constructor() {
    super('Briefing');
  }

  protected paint(picture: BriefingPicture, width: number, height: number): void {
    const g = this.add.graphics();
    const horizon = height * 0.45;
    g.fillStyle(COLOURS.sky).fillRect(0, 0, width, horizon);
    g.fillStyle(COLOURS.night).fillRect(0, horizon, width, height - horizon);
    g.fillStyle(COLOURS.road).fillTriangle(width * 0.5, horizon, -width * 0.2, height, width * 1.2, height);
    g.fillStyle(COLOURS.marking);
    for (let i = 0; i < 5; i++) {
      const y = horizon + (height - horizon) * (i / 5) ** 1.6;
      g.fillRect(width * 0.5 - 2 - i, y, 4 + i * 2, 10 + i * 8);
    }
    for (const side of [0.08, 0.92]) {
      g.fillStyle(COLOURS.frame).fillRect(width * side, horizon - height * 0.25, 6, height * 0.25);
      g.fillStyle(COLOURS.light, 0.3).fillCircle(width * side + 3, horizon - height * 0.25, 40);
    }
    g.fillStyle(COLOURS.wallDark).fillRect(0, height * 0.8, width, height * 0.2);
    const radioX = 80;
    const radioY = height * 0.88;
    g.fillStyle(COLOURS.night).fillRoundedRect(radioX - 50, radioY - 28, 100, 56, 8);
    const light = this.add.circle(radioX - 26, radioY, 10, picture.kind === 'overdose' ? COLOURS.siren : COLOURS.accent);
    this.flash(light, 1400, 0, 'glow');
    g.fillStyle(COLOURS.good).fillRect(radioX - 8, radioY - 8, 44, 16);
    g.fillStyle(COLOURS.window).fillRoundedRect(width - 190, height * 0.83, 150, 90, 8);
  }
}
