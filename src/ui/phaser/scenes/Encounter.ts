/**
 * Behind the encounter: the place the story names, the patient or the person, the officer, and EMS
 * when they are coming or here. Breathing and agitation show as motion (unless reduced motion is
 * preferred) and as colour.
 */
import type * as Phaser from 'phaser';
import type { EncounterPicture } from '../../scene-picture.js';
import { COLOURS, encounterStage, type Stage } from '../palette.js';
import { ambulance, lyingPatient, officer, sittingPatient, standingPerson } from '../paint-figures.js';
import { FLOOR_LINE, PLACE_PAINTERS } from '../paint-places.js';
import { PictureScene } from '../picture-scene.js';

const AGITATION_COLOURS = [COLOURS.good, COLOURS.good, COLOURS.accent, COLOURS.warn, COLOURS.danger];

export class EncounterScene extends PictureScene<EncounterPicture> {
  constructor() {
    super('Encounter');
  }

  protected paint(picture: EncounterPicture, width: number, height: number): void {
    const backdrop = this.add.graphics();
    backdrop.fillStyle(COLOURS.night).fillRect(0, 0, width, height);
    const stage = encounterStage(width, height);
    PLACE_PAINTERS[picture.place](backdrop, stage);
    if (picture.kind === 'overdose') this.paintOverdose(picture, stage);
    else this.paintPatdown(picture, stage);
  }

  private paintOverdose(p: EncounterPicture, s: Stage): void {
    const size = Math.min(s.w, s.h) * 0.22;
    const floorY = s.y + s.h * (FLOOR_LINE + 0.12);
    const g = this.add.graphics();
    const patientX = s.x + s.w * 0.45;
    if (p.responsive && !p.dead) sittingPatient(g, patientX, floorY, size);
    else {
      lyingPatient(g, patientX, floorY, size, p.dead || p.breathing === 'none');
      if (!p.dead && p.breathing !== 'none') {
        const chest = this.add.ellipse(patientX - size * 0.1, floorY - size * 0.2, size * 0.6, size * 0.14, COLOURS.clothes);
        this.pulse(chest, { scaleY: 1.8 }, p.breathing === 'slow' ? 2600 : 1200);
      }
    }
    if (p.officerOnScene) officer(g, patientX + size * 1.6, floorY, size);
    if (p.emsOnScene) ambulance(g, s.x + s.w * 0.05, floorY - size * 0.1, size * 0.9);
    else if (p.emsCalled) {
      const light = this.add.circle(s.x + s.w * 0.92, s.y + s.h * 0.08, Math.max(6, size * 0.08), COLOURS.siren);
      this.pulse(light, { alpha: 0.2 }, 500);
    }
  }

  private paintPatdown(p: EncounterPicture, s: Stage): void {
    const size = Math.min(s.w, s.h) * 0.25;
    const groundY = s.y + s.h * 0.9;
    const g = this.add.graphics();
    const personX = s.x + s.w * 0.4;
    const halo: Phaser.GameObjects.Arc = this.add.circle(personX, groundY - size * 0.7, size * 0.9, AGITATION_COLOURS[p.agitation] ?? COLOURS.accent, 0.22);
    if (p.agitation >= 3) this.pulse(halo, { scale: 1.15 }, 600 - p.agitation * 80);
    standingPerson(g, personX, groundY, size);
    if (p.officerOnScene) officer(g, personX + size * 1.3, groundY, size);
  }
}
