/**
 * Behind the encounter: the place the story names, the people in it, and the signs an officer must
 * read, all from the engine's state. The chest rises at the breathing rate (slow, normal, not at
 * all); the lips grey with time without oxygen; the eyes, in a close-up, are pinpoint while the
 * opioid holds and wide in withdrawal; posture follows responsiveness and agitation. A clock and
 * EMS's arrival are written in the corner. With reduced motion nothing moves: the breathing rate is
 * written beside a still chest instead, and still marks stand where a tremor would shake.
 */
import type * as Phaser from 'phaser';
import type { EncounterPicture } from '../../scene-picture.js';
import type { Hands } from '../../scene-staging.js';
import { breathCycle, EMERGENCY_LIGHT_CYCLE_MS } from '../motion.js';
import { COLOURS, css, encounterStage, type Stage } from '../palette.js';
import {
  ambulance,
  closeUpFace,
  kneelingOfficer,
  kneelingPerson,
  LOOKS,
  faceShield,
  lyingPatient,
  medic,
  officer,
  recoveryPatient,
  sittingPatient,
  standingPerson,
  stretcher,
  type Arms,
  type Box,
} from '../paint-figures.js';
import { PLACE_PAINTERS, type PlaceFixtures } from '../paint-places.js';
import { PictureScene, type Motion } from '../picture-scene.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** What a browser test may read of the picture (e2e builds expose it; see start-game.ts). */
export interface EncounterProbe {
  readonly breathingPeriodMs: number;
  /** How far the chest has risen now: 1 at rest. */
  readonly chestScale: number;
  /** The rate written beside a still chest, when motion is reduced. */
  readonly breathingLabel: string | null;
  readonly motions: readonly Motion[];
  /** Where the people stand, in canvas (CSS) pixels: the page's panels must leave it uncovered. */
  readonly people: readonly Box[];
}

interface Hud {
  readonly panel: Phaser.GameObjects.Graphics;
  readonly clock: Phaser.GameObjects.Text;
  readonly ems: Phaser.GameObjects.Text;
  readonly x: number;
  readonly y: number;
}

const ARMS: Record<Hands, Arms> = {
  down: 'down',
  pockets: 'pockets',
  crossed: 'crossed',
  raised: 'raised',
  waistband: 'waistband',
  emptying: 'offering',
  leaving: 'down',
};

const armsFor = (hands: Hands): Arms => ARMS[hands];

/** About 110 compressions a minute. */
const COMPRESSION_CYCLE_MS = 545;

export class EncounterScene extends PictureScene<EncounterPicture> {
  private hud: Hud | undefined;
  private chest: Phaser.GameObjects.Graphics | undefined;
  private breathingPeriodMs = 0;
  private breathingLabel: string | null = null;
  private people: Box[] = [];
  /** The last pose each figure was drawn in, so a change (not a redraw) is what tweens. */
  private readonly poses = new Map<string, string>();

  constructor() {
    super('Encounter');
  }

  probe(): EncounterProbe {
    const chestScale = this.chest ? Math.max(this.chest.scaleX, this.chest.scaleY) : 1;
    return {
      breathingPeriodMs: this.breathingPeriodMs,
      chestScale,
      breathingLabel: this.breathingLabel,
      motions: this.motions,
      people: this.people,
    };
  }

  protected override paintKey(picture: EncounterPicture): string {
    // The clock and EMS's minutes change often: they are refreshed in place, never redrawn.
    const { labels, ...rest } = picture;
    return JSON.stringify({ ...rest, breathingLabel: labels.breathing, closeUp: labels.closeUp });
  }

  protected paint(p: EncounterPicture, width: number, height: number): void {
    const backdrop = this.add.graphics();
    backdrop.fillStyle(COLOURS.night).fillRect(0, 0, width, height);
    const stage = encounterStage(width, height);
    // Everything is drawn inside the stage: the camera shows nothing beyond it.
    this.cameras.main.setViewport(stage.x, stage.y, stage.w, stage.h).setScroll(stage.x, stage.y);
    const fixtures = PLACE_PAINTERS[p.place](backdrop, stage);
    this.chest = undefined;
    this.breathingPeriodMs = 0;
    this.breathingLabel = null;
    this.people = [];
    this.paintLights(p, stage, fixtures);
    if (fixtures.figures) {
      if (p.kind === 'overdose') this.paintOverdose(p, stage, fixtures);
      else this.paintPatdown(p, stage, fixtures);
    }
    this.hud = this.paintHud(stage);
    this.publish();
  }

  protected override refresh(p: EncounterPicture): void {
    const hud = this.hud;
    if (!hud) return;
    hud.clock.setText(p.labels.clock);
    hud.ems.setText(p.labels.ems ?? '').setVisible(p.labels.ems !== null);
    const width = Math.max(hud.clock.width, p.labels.ems ? hud.ems.width : 0) + 16;
    const height = hud.clock.height + (p.labels.ems ? hud.ems.height + 2 : 0) + 10;
    hud.panel.clear().fillStyle(COLOURS.panel, 0.85).fillRoundedRect(hud.x, hud.y, width, height, 6);
  }

  protected override onLeave(): void {
    delete this.game.canvas.dataset.breathingPeriod;
    delete this.game.canvas.dataset.motion;
    this.chest = undefined;
    this.hud = undefined;
    this.poses.clear();
  }

  /** Tells the page how the chest moves, so tests and tools can check it without reading pixels. */
  private publish(): void {
    this.game.canvas.dataset.breathingPeriod = String(this.breathingPeriodMs);
    this.game.canvas.dataset.motion = this.reducedMotion ? 'reduced' : 'full';
  }

  private text(x: number, y: number, words: string, size: number, colour: number = COLOURS.text): Phaser.GameObjects.Text {
    return this.add.text(x, y, words, {
      fontFamily: FONT,
      fontSize: `${Math.round(size)}px`,
      color: css(colour),
      resolution: Math.min(2, window.devicePixelRatio || 1),
    });
  }

  private paintHud(s: Stage): Hud {
    const size = Math.max(12, Math.min(16, s.h * 0.036));
    const x = s.x + 10;
    const y = s.y + 10;
    const panel = this.add.graphics();
    const clock = this.text(x + 8, y + 5, '', size);
    const ems = this.text(x + 8, y + 5 + size * 1.35, '', size, COLOURS.accent);
    return { panel, clock, ems, x, y };
  }

  private paintLights(p: EncounterPicture, s: Stage, f: PlaceFixtures): void {
    if (f.lightBar) {
      const [red, blue] = f.lightBar;
      const lamp = (box: Box, colour: number): Phaser.GameObjects.GameObject[] => [
        this.add.circle(box.x + box.w / 2, box.y + box.h / 2, box.w * 0.6, colour, 0.2),
        this.add.rectangle(box.x + box.w / 2, box.y + box.h / 2, box.w, box.h, colour),
      ];
      this.flash(lamp(red, COLOURS.siren), EMERGENCY_LIGHT_CYCLE_MS);
      this.flash(lamp(blue, COLOURS.sirenBlue), EMERGENCY_LIGHT_CYCLE_MS, EMERGENCY_LIGHT_CYCLE_MS / 2);
    }
    if (f.radioLight) {
      const box = f.radioLight;
      this.flash(this.add.rectangle(box.x + box.w / 2, box.y + box.h / 2, box.w, box.h, COLOURS.siren), 1600, 0, 'glow');
    }
    if (f.window && p.emsOnScene) {
      const box = f.window;
      // The ambulance outside: its lights wash over the window, slowly.
      this.flash(this.add.rectangle(box.x + box.w / 2, box.y + box.h / 2, box.w, box.h, COLOURS.siren, 0.35), EMERGENCY_LIGHT_CYCLE_MS * 2);
    }
    if (p.emsOnScene && (p.place === 'traffic_stop' || p.place === 'park_bench')) {
      const g = this.add.graphics();
      const { lights } = ambulance(g, s.x + s.w * 0.02, s.y + s.h * 0.7, s.w * 0.32);
      lights.forEach((box, i) =>
        this.flash(
          this.add.rectangle(box.x + box.w / 2, box.y + box.h / 2, box.w, box.h, i ? COLOURS.sirenBlue : COLOURS.siren),
          EMERGENCY_LIGHT_CYCLE_MS,
          (i * EMERGENCY_LIGHT_CYCLE_MS) / 2,
        ),
      );
    }
  }

  private paintOverdose(p: EncounterPicture, s: Stage, f: PlaceFixtures): void {
    const h = Math.min(s.h * 0.5, s.w * 0.4);
    const lyingLength = Math.min(s.h * 0.62, s.w * 0.5);
    const groundY = f.groundY;
    const patientX = s.x + s.w * 0.37;
    // Everyone stands, sits or lies on the ground line, none taller than h; the breathing rate is written under it.
    this.people = [{ x: s.x, y: groundY - h, w: s.w, h: h + s.h * 0.08 }];
    const onStretcher = p.posture === 'stretcher';
    const back = this.add.graphics();
    if (p.caller !== 'gone') {
      const arms = p.caller === 'phone' ? 'phone' : 'down';
      standingPerson(back, s.x + s.w * 0.14, groundY - s.h * 0.08, h * 0.82, LOOKS.caller, { arms, facing: 1 });
    }
    // The medic who kneels on the far side of the patient is drawn before them; at the stretcher, both stand at its ends.
    if (p.emsOnScene && !onStretcher) {
      // Behind a patient lying down; beside one sitting up, never over them.
      const medicX = p.posture === 'sitting' ? patientX - h * 0.6 : patientX - lyingLength * 0.12;
      medic(back, medicX, groundY - s.h * 0.05, h * 0.95, 'kneeling', 1);
    }

    const patient = { look: LOOKS.patient, hypoxia: p.hypoxia, dead: p.dead };
    const body = this.add.graphics();
    const sitting = p.posture === 'sitting';
    const drawn =
      p.posture === 'sitting'
        ? sittingPatient(body, patientX - h * 0.05, groundY, h, patient, p.withdrawal)
        : p.posture === 'recovery'
          ? recoveryPatient(body, patientX, groundY, lyingLength, patient)
          : onStretcher
            ? lyingPatient(body, patientX, stretcher(body, patientX, groundY, lyingLength * 1.15, h * 0.42), lyingLength, patient)
            : lyingPatient(body, patientX, groundY, lyingLength, patient);
    const axis = sitting ? 'scaleX' : 'scaleY';
    const chest = this.add.graphics();
    const box = drawn.chest;
    if (sitting) {
      chest.setPosition(box.x, box.y + box.h / 2);
      chest.fillStyle(LOOKS.patient.top).fillEllipse(0, 0, box.w * 2, box.h);
    } else {
      chest.setPosition(box.x + box.w / 2, box.y + box.h);
      chest.fillStyle(LOOKS.patient.top).fillEllipse(0, 0, box.w, box.h * 2);
    }
    const person = this.add.container(0, 0, [body, chest]);
    this.chest = chest;
    this.arrive(person, 'patient', p.posture);
    const breath = breathCycle(p.breathsPerMinute);
    if (breath && this.breathe(chest, axis, breath)) this.breathingPeriodMs = breath.periodMs;
    if (sitting && p.withdrawal === 'severe') {
      this.tremble(person);
      // Around the hunched shoulders and head of the sitting patient.
      this.stillTremor(patientX, groundY - h * 0.47, h * 0.22, h * 0.8);
    }
    if (this.reducedMotion && !p.dead) {
      const label = this.text(patientX, groundY + 6, p.labels.breathing, Math.max(11, Math.min(15, s.h * 0.032)));
      label.setOrigin(0.5, 0).setBackgroundColor('rgba(11, 20, 32, 0.85)').setPadding(6, 2, 6, 2);
      this.breathingLabel = p.labels.breathing;
    }

    const front = this.add.graphics();
    if (p.emsOnScene) {
      // Beside the patient, never over them: at the head on the floor, at the foot of the stretcher.
      if (onStretcher) {
        medic(front, patientX - lyingLength * 0.7, groundY, h * 0.95, 'standing', 1);
        medic(front, drawn.head.x + h * 0.4, groundY, h * 0.95, 'standing', -1);
      } else medic(front, p.posture === 'sitting' ? patientX + h * 0.8 : drawn.head.x + h * 0.5, groundY, h * 0.95, 'kneeling', -1);
    }
    const officerFigure = this.add.graphics();
    this.paintOfficer(p, officerFigure, { s, h, groundY, patientX, lyingLength, head: drawn.head, chest: box, sitting });
    this.arrive(officerFigure, 'officer', `${p.officer}:${p.care}`);
    if (p.care === 'rescue_breathing') faceShield(front, drawn.head.x - h * 0.035, drawn.head.y - h * 0.055, h * 0.05);

    // The face is drawn close up once the officer is near enough to see it.
    if (!p.dead && p.seen.signs) this.paintCloseUp(p, s);
  }

  /** The officer where the log puts them (scene-staging.ts): at the door, beside the patient, standing back, with the medics. */
  private paintOfficer(
    p: EncounterPicture,
    g: Phaser.GameObjects.Graphics,
    at: {
      s: Stage;
      h: number;
      groundY: number;
      patientX: number;
      lyingLength: number;
      head: { x: number; y: number };
      chest: Box;
      sitting: boolean;
    },
  ): void {
    const { s, h, groundY } = at;
    switch (p.officer) {
      case 'gone':
        return;
      case 'door':
        officer(g, s.x + s.w * 0.05, groundY - s.h * 0.04, h * 0.95, 1);
        return;
      case 'back':
        officer(g, s.x + s.w * 0.72, groundY - s.h * 0.05, h * 0.95, -1);
        return;
      case 'with_medics':
        officer(g, s.x + s.w * 0.9, groundY - s.h * 0.06, h * 0.95, -1);
        return;
      case 'beside':
        if (p.care === 'cpr') {
          // Kneeling at the chest, arms straight down onto it; the compressions move them.
          kneelingOfficer(g, at.chest.x + at.chest.w / 2 + h * 0.33, groundY, h, -1);
          this.compress(g, h * 0.025);
        } else kneelingOfficer(g, at.sitting ? at.patientX + h * 0.9 : at.head.x + h * 0.45, groundY, h, -1);
    }
  }

  private paintCloseUp(p: EncounterPicture, s: Stage): void {
    const radius = Math.min(s.h * 0.15, s.w * 0.12, 64);
    const x = s.x + s.w - radius - 16;
    const y = s.y + radius + 16;
    const eyes = !p.responsive ? 'pinpoint' : p.withdrawal !== 'none' ? 'dilated' : 'open';
    closeUpFace(this.add.graphics(), x, y, radius, {
      look: LOOKS.patient,
      hypoxia: p.hypoxia,
      eyes,
      sweating: p.responsive && p.withdrawal !== 'none',
    });
    const label = this.text(x, y + radius + 8, p.labels.closeUp, Math.max(11, Math.min(14, s.h * 0.03)));
    label.setOrigin(0.5, 0).setBackgroundColor('rgba(11, 20, 32, 0.85)').setPadding(5, 1, 5, 1);
  }

  /**
   * Under reduced motion, a tremor becomes still marks on both sides of the body, where the motion
   * would be: three short strokes a side, from `top` down, `reach` out from `centreX`, sized by `size`.
   */
  private stillTremor(centreX: number, top: number, reach: number, size: number): void {
    if (!this.reducedMotion) return;
    const marks = this.add.graphics().lineStyle(2, COLOURS.accent, 0.9);
    for (const side of [-1, 1]) {
      for (let i = 0; i < 3; i++) {
        const y = top + size * i * 0.08;
        marks.lineBetween(centreX + side * reach, y, centreX + side * (reach + size * 0.06), y - size * 0.02);
      }
    }
  }

  private paintPatdown(p: EncounterPicture, s: Stage, f: PlaceFixtures): void {
    const h = Math.min(s.h * 0.55, s.w * 0.42);
    const groundY = f.groundY;
    if (p.place === 'park_bench') {
      // The outreach worker by the van, far off.
      standingPerson(this.add.graphics(), s.x + s.w * 0.9, s.y + s.h * 0.64, h * 0.34, LOOKS.bystander, { arms: 'down', facing: -1 });
    }
    this.people = [{ x: s.x, y: groundY - h * 1.02, w: s.w, h: h * 1.02 }];
    const leaving = p.hands === 'leaving';
    const personX = s.x + s.w * (leaving ? 0.2 : 0.36);
    const body = this.add.graphics();
    const look = p.place === 'traffic_stop' ? LOOKS.passenger : LOOKS.person;
    standingPerson(body, personX, groundY, h, look, { arms: armsFor(p.hands), facing: leaving ? -1 : 1 });
    const person = this.add.container(0, 0, [body]);
    this.arrive(person, 'patient', p.hands);
    if (p.agitation >= 3) {
      this.tremble(person);
      this.stillTremor(personX, groundY - h * 0.75, h * 0.3, h);
    }
    if (p.officerOnScene && p.officer !== 'gone') {
      const officerFigure = this.add.graphics();
      officer(officerFigure, s.x + s.w * (p.distance === 'close' ? 0.52 : 0.64), groundY, h * 1.02, -1);
      this.arrive(officerFigure, 'officer', p.distance);
    }
    if (p.emsOnScene) kneelingPerson(this.add.graphics(), s.x + s.w * 0.2, groundY, h * 0.8, LOOKS.medic, 1);
  }

  /** Chest compressions: the officer's body rocks down and up at about 110 a minute. */
  private compress(target: Phaser.GameObjects.Graphics, depth: number): void {
    if (this.reducedMotion) return;
    this.tweens.add({ targets: target, y: depth, duration: COMPRESSION_CYCLE_MS / 2, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.noteMotion({ role: 'compressions', cycleMs: COMPRESSION_CYCLE_MS });
  }

  /**
   * A figure whose place or pose has just changed fades in, once and briefly (nothing under reduced
   * motion): the trainee sees that something happened, not only a new still.
   */
  private arrive(target: Phaser.GameObjects.Components.AlphaSingle, who: string, pose: string): void {
    const before = this.poses.get(who);
    this.poses.set(who, pose);
    if (before === undefined || before === pose || this.reducedMotion) return;
    target.setAlpha(0.25);
    this.tweens.add({ targets: target, alpha: 1, duration: 280, ease: 'Quad.easeOut' });
  }
}
