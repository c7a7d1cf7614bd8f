/**
 * The people in the pictures, drawn with plain shapes: the patient (lying, or sitting once awake),
 * the person an officer talks to, the caller, bystanders, medics and the officer. Drawn simply and
 * respectfully: the signs an officer must read are shown, nothing graphic. Figures return where
 * their moving parts go (the chest, the whole body for a tremor), so the scene can animate them.
 */
import type * as Phaser from 'phaser';
import { COLOURS, HYPOXIC_GREY, LIPS, mix, SKIN } from './palette.js';
import type { Hypoxia } from '../../engine/index.js';

type Graphics = Phaser.GameObjects.Graphics;

export interface Look {
  readonly skin: number;
  readonly hair: number;
  readonly top: number;
  readonly legs: number;
  /** Hair to the shoulders. */
  readonly longHair?: boolean;
}

export const LOOKS = {
  patient: { skin: SKIN.medium, hair: COLOURS.hairBrown, top: COLOURS.shirt, legs: COLOURS.jeans },
  person: { skin: SKIN.light, hair: COLOURS.hairBrown, top: COLOURS.jacket, legs: COLOURS.jeans },
  passenger: { skin: SKIN.olive, hair: COLOURS.hair, top: COLOURS.hoodie, legs: COLOURS.jeans, longHair: true },
  caller: { skin: SKIN.brown, hair: COLOURS.hair, top: COLOURS.hoodie, legs: COLOURS.shoe },
  bystander: { skin: SKIN.olive, hair: COLOURS.hair, top: COLOURS.vanStripe, legs: COLOURS.jeans },
  officer: { skin: SKIN.deep, hair: COLOURS.hair, top: COLOURS.uniform, legs: COLOURS.uniform },
  medic: { skin: SKIN.light, hair: COLOURS.hairBrown, top: COLOURS.ems, legs: COLOURS.ems },
  medicTwo: { skin: SKIN.brown, hair: COLOURS.hair, top: COLOURS.ems, legs: COLOURS.ems },
} as const satisfies Record<string, Look>;

/** A rectangle in canvas pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A thick line with round ends: arms and legs. */
function limb(g: Graphics, points: readonly [number, number][], width: number, colour: number): void {
  g.lineStyle(width, colour, 1);
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    g.lineBetween(x1, y1, x2, y2);
  }
  g.fillStyle(colour);
  for (const [x, y] of points) g.fillCircle(x, y, width / 2);
}

/** The skin greyed by time without oxygen. */
export function skinTone(skin: number, hypoxia: Hypoxia): number {
  return mix(skin, HYPOXIC_GREY, hypoxia * 0.14);
}

function shadow(g: Graphics, x: number, y: number, w: number): void {
  g.fillStyle(COLOURS.shadow, 0.25).fillEllipse(x, y, w, w * 0.12);
}

export type Arms = 'down' | 'crossed' | 'raised' | 'phone' | 'pockets' | 'waistband' | 'offering';

export interface StandingOptions {
  readonly arms?: Arms;
  /** -1 faces left, 1 faces right (the face is drawn turned a little that way). */
  readonly facing?: -1 | 1;
}

/** A person standing, `h` tall from the ground at `groundY`. Returns the head's centre. */
export function standingPerson(
  g: Graphics,
  x: number,
  groundY: number,
  h: number,
  look: Look,
  options: StandingOptions = {},
): { head: { x: number; y: number } } {
  const { arms = 'down', facing = 1 } = options;
  const top = groundY - h;
  const shoulderY = top + h * 0.2;
  const hipY = top + h * 0.53;
  const limbWidth = h * 0.075;
  shadow(g, x, groundY, h * 0.4);
  // Legs, then shoes.
  limb(
    g,
    [
      [x - h * 0.055, hipY],
      [x - h * 0.065, groundY - h * 0.03],
    ],
    limbWidth * 1.1,
    look.legs,
  );
  limb(
    g,
    [
      [x + h * 0.055, hipY],
      [x + h * 0.065, groundY - h * 0.03],
    ],
    limbWidth * 1.1,
    look.legs,
  );
  g.fillStyle(COLOURS.shoe).fillRoundedRect(x - h * 0.1 + facing * h * 0.01, groundY - h * 0.035, h * 0.08, h * 0.035, 2);
  g.fillStyle(COLOURS.shoe).fillRoundedRect(x + h * 0.025 + facing * h * 0.01, groundY - h * 0.035, h * 0.08, h * 0.035, 2);
  // Torso.
  g.fillStyle(look.top).fillRoundedRect(x - h * 0.13, shoulderY - h * 0.02, h * 0.26, hipY - shoulderY + h * 0.04, h * 0.05);
  // Arms.
  const shoulderL: [number, number] = [x - h * 0.12, shoulderY + h * 0.03];
  const shoulderR: [number, number] = [x + h * 0.12, shoulderY + h * 0.03];
  const hand = (px: number, py: number): void => {
    g.fillStyle(look.skin).fillCircle(px, py, limbWidth * 0.55);
  };
  switch (arms) {
    case 'down':
      limb(g, [shoulderL, [x - h * 0.16, hipY - h * 0.05], [x - h * 0.15, hipY + h * 0.06]], limbWidth, look.top);
      limb(g, [shoulderR, [x + h * 0.16, hipY - h * 0.05], [x + h * 0.15, hipY + h * 0.06]], limbWidth, look.top);
      hand(x - h * 0.15, hipY + h * 0.08);
      hand(x + h * 0.15, hipY + h * 0.08);
      break;
    case 'pockets':
      limb(g, [shoulderL, [x - h * 0.17, hipY - h * 0.08], [x - h * 0.08, hipY + h * 0.02]], limbWidth, look.top);
      limb(g, [shoulderR, [x + h * 0.17, hipY - h * 0.08], [x + h * 0.08, hipY + h * 0.02]], limbWidth, look.top);
      break;
    case 'crossed':
      limb(g, [shoulderL, [x - h * 0.14, shoulderY + h * 0.17], [x + h * 0.09, shoulderY + h * 0.14]], limbWidth, look.top);
      limb(
        g,
        [shoulderR, [x + h * 0.14, shoulderY + h * 0.19], [x - h * 0.09, shoulderY + h * 0.17]],
        limbWidth,
        mix(look.top, COLOURS.shadow, 0.15),
      );
      hand(x + h * 0.1, shoulderY + h * 0.13);
      hand(x - h * 0.1, shoulderY + h * 0.17);
      break;
    case 'raised':
      limb(g, [shoulderL, [x - h * 0.24, shoulderY + h * 0.02], [x - h * 0.27, shoulderY - h * 0.12]], limbWidth, look.top);
      limb(g, [shoulderR, [x + h * 0.24, shoulderY + h * 0.02], [x + h * 0.27, shoulderY - h * 0.12]], limbWidth, look.top);
      hand(x - h * 0.27, shoulderY - h * 0.15);
      hand(x + h * 0.27, shoulderY - h * 0.15);
      break;
    case 'waistband': {
      // The far arm hangs; the near hand goes to the front of the waistband.
      limb(g, [shoulderL, [x - h * 0.16, hipY - h * 0.05], [x - h * 0.15, hipY + h * 0.06]], limbWidth, look.top);
      hand(x - h * 0.15, hipY + h * 0.08);
      const belt: [number, number] = [x + facing * h * 0.05, hipY - h * 0.01];
      limb(g, [shoulderR, [x + facing * h * 0.19, hipY - h * 0.1], belt], limbWidth, look.top);
      hand(belt[0], belt[1]);
      break;
    }
    case 'offering': {
      // Both hands out in front at the waist, showing what they hold.
      const reach = facing * h * 0.2;
      limb(g, [shoulderL, [x - h * 0.1, hipY - h * 0.08], [x + reach, hipY - h * 0.1]], limbWidth, look.top);
      limb(g, [shoulderR, [x + h * 0.12, hipY - h * 0.06], [x + reach + facing * h * 0.04, hipY - h * 0.08]], limbWidth, look.top);
      hand(x + reach, hipY - h * 0.1);
      hand(x + reach + facing * h * 0.04, hipY - h * 0.08);
      g.fillStyle(COLOURS.phoneGlow, 0.9).fillRect(x + reach - h * 0.02, hipY - h * 0.14, h * 0.05, h * 0.025);
      break;
    }
    case 'phone': {
      limb(g, [shoulderL, [x - h * 0.16, hipY - h * 0.05], [x - h * 0.15, hipY + h * 0.06]], limbWidth, look.top);
      hand(x - h * 0.15, hipY + h * 0.08);
      const ear: [number, number] = [x + h * 0.085 * facing, top + h * 0.1];
      limb(g, [shoulderR, [x + h * 0.17 * facing, shoulderY + h * 0.12], ear], limbWidth, look.top);
      g.fillStyle(COLOURS.phone).fillRoundedRect(ear[0] - h * 0.02, ear[1] - h * 0.05, h * 0.04, h * 0.08, 2);
      g.fillStyle(COLOURS.phoneGlow, 0.7).fillRect(ear[0] - h * 0.013, ear[1] - h * 0.04, h * 0.026, h * 0.055);
      hand(ear[0], ear[1] + h * 0.03);
      break;
    }
  }
  // Head.
  const head = { x: x + facing * h * 0.01, y: top + h * 0.09 };
  g.fillStyle(look.skin).fillRect(x - h * 0.03, top + h * 0.14, h * 0.06, h * 0.06);
  if (look.longHair) g.fillStyle(look.hair).fillRoundedRect(head.x - h * 0.085, head.y - h * 0.04, h * 0.17, h * 0.15, h * 0.04);
  g.fillStyle(look.hair).fillCircle(head.x - facing * h * 0.008, head.y - h * 0.012, h * 0.078);
  g.fillStyle(look.skin).fillCircle(head.x, head.y + h * 0.008, h * 0.07);
  g.fillStyle(COLOURS.pupil)
    .fillCircle(head.x + facing * h * 0.012 - h * 0.022, head.y, h * 0.007)
    .fillCircle(head.x + facing * h * 0.012 + h * 0.022, head.y, h * 0.007);
  g.lineStyle(Math.max(1, h * 0.008), mix(look.skin, COLOURS.shadow, 0.45), 1).lineBetween(
    head.x + facing * h * 0.01 - h * 0.018,
    head.y + h * 0.04,
    head.x + facing * h * 0.01 + h * 0.018,
    head.y + h * 0.04,
  );
  return { head };
}

/** The officer's uniform on a standing person: cap, badge and duty belt. */
export function officer(g: Graphics, x: number, groundY: number, h: number, facing: -1 | 1 = -1): void {
  const { head } = standingPerson(g, x, groundY, h, LOOKS.officer, { facing });
  uniformDetails(g, x, groundY - h, h, head, facing);
}

function uniformDetails(g: Graphics, x: number, top: number, h: number, head: { x: number; y: number }, facing: -1 | 1): void {
  g.fillStyle(COLOURS.policeDark).fillRoundedRect(head.x - h * 0.08, head.y - h * 0.085, h * 0.16, h * 0.05, 3);
  g.fillStyle(COLOURS.policeDark).fillRect(head.x - h * 0.03 + facing * h * 0.04, head.y - h * 0.045, h * 0.07, h * 0.015);
  g.fillStyle(COLOURS.badge).fillCircle(x - facing * h * 0.06, top + h * 0.28, h * 0.018);
  g.fillStyle(COLOURS.shoe).fillRect(x - h * 0.13, top + h * 0.5, h * 0.26, h * 0.035);
}

/** A person kneeling on one knee, facing `facing`, hands reaching down in front. Returns where the hands are. */
export function kneelingPerson(
  g: Graphics,
  x: number,
  groundY: number,
  h: number,
  look: Look,
  facing: -1 | 1,
  uniform = false,
): { hands: { x: number; y: number } } {
  const hipY = groundY - h * 0.27;
  const shoulderY = hipY - h * 0.32;
  const limbWidth = h * 0.075;
  shadow(g, x, groundY, h * 0.5);
  // The back leg: knee on the ground, foot behind.
  limb(
    g,
    [
      [x, hipY],
      [x - facing * h * 0.02, groundY - h * 0.03],
      [x - facing * h * 0.22, groundY - h * 0.03],
    ],
    limbWidth * 1.1,
    look.legs,
  );
  // The front leg: thigh forward, shin down.
  limb(
    g,
    [
      [x, hipY],
      [x + facing * h * 0.2, hipY + h * 0.01],
      [x + facing * h * 0.2, groundY - h * 0.03],
    ],
    limbWidth * 1.1,
    look.legs,
  );
  g.fillStyle(COLOURS.shoe).fillRoundedRect(x + facing * h * 0.2 - h * 0.03, groundY - h * 0.035, h * 0.08 * facing, h * 0.035, 2);
  // Torso, leaning in.
  const lean = facing * h * 0.06;
  g.fillStyle(look.top).fillPoints(
    [
      { x: x - h * 0.11 + lean, y: shoulderY },
      { x: x + h * 0.11 + lean, y: shoulderY },
      { x: x + h * 0.11, y: hipY + h * 0.02 },
      { x: x - h * 0.11, y: hipY + h * 0.02 },
    ] as Phaser.Math.Vector2[],
    true,
  );
  const hands = { x: x + facing * h * 0.33, y: groundY - h * 0.1 };
  limb(
    g,
    [
      [x + lean + facing * h * 0.05, shoulderY + h * 0.03],
      [x + facing * h * 0.22, shoulderY + h * 0.2],
      [hands.x, hands.y],
    ],
    limbWidth,
    look.top,
  );
  g.fillStyle(look.skin).fillCircle(hands.x, hands.y, limbWidth * 0.55);
  const head = { x: x + lean + facing * h * 0.03, y: shoulderY - h * 0.08 };
  g.fillStyle(look.skin).fillRect(head.x - h * 0.03, shoulderY - h * 0.04, h * 0.06, h * 0.05);
  g.fillStyle(look.hair).fillCircle(head.x - facing * h * 0.01, head.y - h * 0.01, h * 0.076);
  g.fillStyle(look.skin).fillCircle(head.x, head.y + h * 0.006, h * 0.068);
  g.fillStyle(COLOURS.pupil).fillCircle(head.x + facing * h * 0.035, head.y, h * 0.007);
  if (uniform) {
    g.fillStyle(COLOURS.policeDark).fillRoundedRect(head.x - h * 0.08, head.y - h * 0.085, h * 0.16, h * 0.05, 3);
    g.fillStyle(COLOURS.badge).fillCircle(x + lean - facing * h * 0.04, shoulderY + h * 0.08, h * 0.018);
  }
  return { hands };
}

/** The officer kneeling beside the patient. */
export function kneelingOfficer(g: Graphics, x: number, groundY: number, h: number, facing: -1 | 1): void {
  kneelingPerson(g, x, groundY, h, LOOKS.officer, facing, true);
}

/** A medic: EMS colours with reflective stripes; kneeling with the response bag, or standing. */
export function medic(g: Graphics, x: number, groundY: number, h: number, pose: 'kneeling' | 'standing', facing: -1 | 1): void {
  if (pose === 'kneeling') {
    kneelingPerson(g, x, groundY, h, LOOKS.medic, facing);
    g.fillStyle(COLOURS.emsStripe).fillRect(x - h * 0.11 + facing * h * 0.04, groundY - h * 0.45, h * 0.22, h * 0.02);
    const bagX = x - facing * h * 0.38;
    g.fillStyle(COLOURS.emsBag).fillRoundedRect(bagX - h * 0.1, groundY - h * 0.12, h * 0.2, h * 0.12, 4);
    g.fillStyle(COLOURS.ambulance)
      .fillRect(bagX - h * 0.008, groundY - h * 0.105, h * 0.016, h * 0.09)
      .fillRect(bagX - h * 0.045, groundY - h * 0.068, h * 0.09, h * 0.016);
    return;
  }
  standingPerson(g, x, groundY, h, LOOKS.medicTwo, { arms: 'down', facing });
  g.fillStyle(COLOURS.emsStripe)
    .fillRect(x - h * 0.13, groundY - h * 0.62, h * 0.26, h * 0.025)
    .fillRect(x - h * 0.13, groundY - h * 0.27, h * 0.26, h * 0.02);
}

export interface PatientLook {
  readonly look: Look;
  readonly hypoxia: Hypoxia;
  readonly dead: boolean;
}

/**
 * The patient on their back on the floor, seen from the side, head to the right. Returns the chest,
 * whose rise the scene animates from its bottom edge.
 */
export function lyingPatient(
  g: Graphics,
  x: number,
  groundY: number,
  h: number,
  p: PatientLook,
): { chest: Box; head: { x: number; y: number } } {
  const skin = skinTone(p.look.skin, p.hypoxia);
  const y = groundY - h * 0.065;
  const limbWidth = h * 0.075;
  shadow(g, x, groundY, h * 1.05);
  limb(
    g,
    [
      [x - h * 0.06, y + h * 0.01],
      [x - h * 0.28, y - h * 0.005],
      [x - h * 0.5, y + h * 0.01],
    ],
    limbWidth * 1.15,
    p.look.legs,
  );
  g.fillStyle(COLOURS.shoe).fillRoundedRect(x - h * 0.56, y - h * 0.06, h * 0.05, h * 0.09, 3);
  g.fillStyle(p.look.top).fillRoundedRect(x - h * 0.1, y - h * 0.055, h * 0.38, h * 0.12, h * 0.05);
  // The near arm lies along the body, hand palm down on the floor.
  limb(
    g,
    [
      [x + h * 0.24, y + h * 0.01],
      [x + h * 0.08, y + h * 0.045],
      [x - h * 0.05, y + h * 0.05],
    ],
    limbWidth,
    p.look.top,
  );
  g.fillStyle(skin).fillCircle(x - h * 0.07, y + h * 0.05, limbWidth * 0.55);
  const head = { x: x + h * 0.37, y: y - h * 0.005 };
  const r = h * 0.07;
  g.fillStyle(skin).fillRect(head.x - r * 1.2, head.y - r * 0.35, r * 0.6, r * 0.8);
  g.fillStyle(p.look.hair).fillCircle(head.x + r * 0.18, head.y + r * 0.08, r * 1.02);
  g.fillStyle(skin).fillCircle(head.x - r * 0.05, head.y, r * 0.95);
  // Face up: nose, closed eye, lips (their colour is the sign), chin toward the body.
  g.fillStyle(skin).fillTriangle(
    head.x - r * 0.15,
    head.y - r * 0.85,
    head.x + r * 0.1,
    head.y - r * 0.85,
    head.x - r * 0.05,
    head.y - r * 1.2,
  );
  g.lineStyle(Math.max(1, r * 0.12), mix(skin, COLOURS.shadow, 0.5), 1).lineBetween(
    head.x + r * 0.15,
    head.y - r * 0.55,
    head.x + r * 0.45,
    head.y - r * 0.5,
  );
  g.fillStyle(LIPS[p.hypoxia]).fillEllipse(head.x - r * 0.5, head.y - r * 0.78, r * 0.38, r * 0.24);
  return { chest: { x: x + h * 0.02, y: y - h * 0.05, w: h * 0.22, h: h * 0.05 }, head };
}

/**
 * The patient rolled onto their side, facing the viewer, head to the right resting on the lower arm,
 * the top knee bent forward so they cannot roll onto their face. Returns the chest, which rises from its bottom edge.
 */
export function recoveryPatient(
  g: Graphics,
  x: number,
  groundY: number,
  h: number,
  p: PatientLook,
): { chest: Box; head: { x: number; y: number } } {
  const skin = skinTone(p.look.skin, p.hypoxia);
  const y = groundY - h * 0.09;
  const limbWidth = h * 0.08;
  shadow(g, x, groundY, h * 1.0);
  // The lower leg straight, the top leg bent forward at the knee.
  limb(
    g,
    [
      [x - h * 0.06, y + h * 0.04],
      [x - h * 0.5, y + h * 0.06],
    ],
    limbWidth * 1.1,
    mix(p.look.legs, COLOURS.shadow, 0.2),
  );
  limb(
    g,
    [
      [x - h * 0.06, y + h * 0.0],
      [x - h * 0.24, y + h * 0.07],
      [x - h * 0.36, y + h * 0.06],
    ],
    limbWidth * 1.15,
    p.look.legs,
  );
  g.fillStyle(COLOURS.shoe).fillRoundedRect(x - h * 0.56, y + h * 0.03, h * 0.07, h * 0.05, 3);
  // The torso on its side: taller than it is on the back.
  g.fillStyle(p.look.top).fillRoundedRect(x - h * 0.1, y - h * 0.1, h * 0.38, h * 0.17, h * 0.06);
  // The top arm bent in front, hand on the floor.
  limb(
    g,
    [
      [x + h * 0.22, y - h * 0.06],
      [x + h * 0.3, y + h * 0.03],
      [x + h * 0.22, y + h * 0.07],
    ],
    limbWidth,
    mix(p.look.top, COLOURS.shadow, 0.1),
  );
  g.fillStyle(skin).fillCircle(x + h * 0.21, y + h * 0.075, limbWidth * 0.55);
  const r = h * 0.07;
  const head = { x: x + h * 0.37, y: y - h * 0.03 };
  g.fillStyle(p.look.hair).fillCircle(head.x + r * 0.3, head.y - r * 0.1, r * 1.02);
  g.fillStyle(skin).fillCircle(head.x, head.y, r * 0.95);
  // Face toward the viewer, tipped down a little so the mouth drains: closed eyes, lips.
  g.lineStyle(Math.max(1, r * 0.12), mix(skin, COLOURS.shadow, 0.5), 1)
    .lineBetween(head.x - r * 0.45, head.y - r * 0.15, head.x - r * 0.15, head.y - r * 0.1)
    .lineBetween(head.x + r * 0.1, head.y - r * 0.05, head.x + r * 0.4, head.y);
  g.fillStyle(LIPS[p.hypoxia]).fillEllipse(head.x - r * 0.05, head.y + r * 0.5, r * 0.4, r * 0.2);
  return { chest: { x: x + h * 0.02, y: y - h * 0.1, w: h * 0.22, h: h * 0.05 }, head };
}

/** The medics' stretcher, `w` long, its mattress `height` above the ground. Returns the mattress top. */
export function stretcher(g: Graphics, x: number, groundY: number, w: number, height: number): number {
  const top = groundY - height;
  shadow(g, x, groundY, w * 0.55);
  g.lineStyle(Math.max(2, w * 0.012), COLOURS.metal, 1)
    .lineBetween(x - w * 0.38, top + w * 0.03, x + w * 0.3, groundY - w * 0.04)
    .lineBetween(x + w * 0.38, top + w * 0.03, x - w * 0.3, groundY - w * 0.04);
  g.fillStyle(COLOURS.shoe)
    .fillCircle(x - w * 0.3, groundY - w * 0.025, w * 0.025)
    .fillCircle(x + w * 0.3, groundY - w * 0.025, w * 0.025);
  g.fillStyle(COLOURS.metal).fillRect(x - w * 0.5, top + w * 0.02, w, w * 0.02);
  g.fillStyle(COLOURS.ambulance).fillRoundedRect(x - w * 0.5, top - w * 0.015, w, w * 0.04, 4);
  return top;
}

/** A face shield over the patient's mouth while the officer breathes for them. */
export function faceShield(g: Graphics, x: number, y: number, r: number): void {
  g.fillStyle(COLOURS.ambulance, 0.75).fillEllipse(x, y, r * 1.1, r * 0.7);
}

/**
 * The patient awake, sitting on the floor facing right, knees up. In withdrawal they hunch, hold
 * themselves and sweat. Returns the chest, whose rise the scene animates outward from its back.
 */
export function sittingPatient(
  g: Graphics,
  x: number,
  groundY: number,
  h: number,
  p: PatientLook,
  withdrawal: 'none' | 'mild' | 'severe',
): { chest: Box; head: { x: number; y: number } } {
  const skin = skinTone(p.look.skin, p.hypoxia);
  const hipY = groundY - h * 0.06;
  const hunch = withdrawal === 'severe' ? h * 0.07 : 0;
  const shoulder = { x: x + hunch * 0.8, y: hipY - h * 0.34 + hunch * 0.4 };
  const limbWidth = h * 0.075;
  shadow(g, x + h * 0.12, groundY, h * 0.6);
  limb(
    g,
    [
      [x, hipY],
      [x + h * 0.2, hipY - h * 0.16],
      [x + h * 0.32, groundY - h * 0.03],
    ],
    limbWidth * 1.15,
    p.look.legs,
  );
  g.fillStyle(COLOURS.shoe).fillRoundedRect(x + h * 0.3, groundY - h * 0.045, h * 0.09, h * 0.045, 3);
  g.fillStyle(p.look.top).fillPoints(
    [
      { x: shoulder.x - h * 0.1, y: shoulder.y },
      { x: shoulder.x + h * 0.08, y: shoulder.y },
      { x: x + h * 0.08, y: hipY },
      { x: x - h * 0.1, y: hipY },
    ] as Phaser.Math.Vector2[],
    true,
  );
  const hand = withdrawal === 'severe' ? { x: x + h * 0.14, y: hipY - h * 0.2 } : { x: x + h * 0.21, y: hipY - h * 0.16 };
  limb(
    g,
    [
      [shoulder.x, shoulder.y + h * 0.03],
      [shoulder.x + h * 0.04, shoulder.y + h * 0.16],
      [hand.x, hand.y],
    ],
    limbWidth,
    p.look.top,
  );
  g.fillStyle(skin).fillCircle(hand.x, hand.y, limbWidth * 0.55);
  const r = h * 0.07;
  const head = { x: shoulder.x + h * 0.02, y: shoulder.y - h * 0.08 };
  g.fillStyle(skin).fillRect(head.x - r * 0.4, shoulder.y - r * 0.7, r * 0.8, r * 0.8);
  g.fillStyle(p.look.hair).fillCircle(head.x - r * 0.25, head.y - r * 0.2, r * 1.05);
  g.fillStyle(skin).fillCircle(head.x + r * 0.05, head.y + r * 0.05, r * 0.92);
  g.fillStyle(skin).fillTriangle(
    head.x + r * 0.85,
    head.y - r * 0.1,
    head.x + r * 0.85,
    head.y + r * 0.25,
    head.x + r * 1.2,
    head.y + r * 0.15,
  );
  g.fillStyle(COLOURS.eyeWhite).fillCircle(head.x + r * 0.5, head.y - r * 0.2, r * 0.18);
  g.fillStyle(COLOURS.pupil).fillCircle(head.x + r * 0.58, head.y - r * 0.2, r * 0.09);
  g.fillStyle(LIPS[p.hypoxia]).fillEllipse(head.x + r * 0.78, head.y + r * 0.5, r * 0.3, r * 0.16);
  if (withdrawal !== 'none') sweat(g, head.x, head.y, r);
  return { chest: { x: shoulder.x + h * 0.02, y: shoulder.y + h * 0.06, w: h * 0.06, h: h * 0.16 }, head };
}

function sweat(g: Graphics, x: number, y: number, r: number): void {
  g.fillStyle(COLOURS.sweat, 0.9);
  for (const [dx, dy] of [
    [-0.2, -0.75],
    [0.35, -0.55],
    [-0.6, -0.2],
  ] as const) {
    g.fillCircle(x + dx * r, y + dy * r, r * 0.1);
    g.fillTriangle(x + dx * r - r * 0.1, y + dy * r, x + dx * r + r * 0.1, y + dy * r, x + dx * r, y + dy * r - r * 0.22);
  }
}

export interface CloseUpFace {
  readonly look: Look;
  readonly hypoxia: Hypoxia;
  readonly eyes: 'closed' | 'pinpoint' | 'open' | 'dilated';
  readonly sweating: boolean;
}

/**
 * The patient's face, close up, in a circle: what an officer sees kneeling beside them. Lip colour
 * follows time without oxygen; pupils are pinpoint under barely open lids while the opioid holds,
 * and wide in withdrawal.
 */
export function closeUpFace(g: Graphics, x: number, y: number, radius: number, face: CloseUpFace): void {
  const skin = skinTone(face.look.skin, face.hypoxia);
  g.fillStyle(COLOURS.panel, 0.92).fillCircle(x, y, radius + 4);
  g.fillStyle(face.look.hair).fillEllipse(x, y - radius * 0.42, radius * 1.36, radius * 0.95);
  g.fillStyle(skin).fillEllipse(x, y + radius * 0.12, radius * 1.25, radius * 1.55);
  g.fillStyle(mix(skin, COLOURS.shadow, 0.12)).fillTriangle(
    x,
    y - radius * 0.05,
    x - radius * 0.12,
    y + radius * 0.3,
    x + radius * 0.12,
    y + radius * 0.3,
  );
  const eyeY = y - radius * 0.12;
  for (const side of [-1, 1] as const) {
    const ex = x + side * radius * 0.3;
    const lid = mix(skin, COLOURS.shadow, 0.25);
    switch (face.eyes) {
      case 'closed':
        g.lineStyle(Math.max(1.5, radius * 0.05), lid, 1).lineBetween(ex - radius * 0.15, eyeY, ex + radius * 0.15, eyeY + radius * 0.02);
        break;
      case 'pinpoint':
        g.fillStyle(COLOURS.eyeWhite).fillEllipse(ex, eyeY, radius * 0.3, radius * 0.09);
        g.fillStyle(COLOURS.hairBrown).fillCircle(ex, eyeY + radius * 0.01, radius * 0.05);
        g.fillStyle(COLOURS.pupil).fillCircle(ex, eyeY + radius * 0.01, Math.max(1, radius * 0.012));
        g.lineStyle(Math.max(1.5, radius * 0.04), lid, 1).lineBetween(
          ex - radius * 0.16,
          eyeY - radius * 0.04,
          ex + radius * 0.16,
          eyeY - radius * 0.04,
        );
        break;
      case 'open':
      case 'dilated':
        g.fillStyle(COLOURS.eyeWhite).fillEllipse(ex, eyeY, radius * 0.3, radius * 0.17);
        g.fillStyle(COLOURS.hairBrown).fillCircle(ex, eyeY, radius * 0.075);
        g.fillStyle(COLOURS.pupil).fillCircle(ex, eyeY, face.eyes === 'dilated' ? radius * 0.055 : radius * 0.03);
        break;
    }
    g.lineStyle(Math.max(1.5, radius * 0.04), face.look.hair, 1).lineBetween(
      ex - radius * 0.16,
      eyeY - radius * 0.17,
      ex + radius * 0.14,
      eyeY - radius * 0.19,
    );
  }
  g.fillStyle(LIPS[face.hypoxia]).fillEllipse(x, y + radius * 0.52, radius * 0.42, radius * 0.14);
  g.lineStyle(Math.max(1, radius * 0.02), mix(LIPS[face.hypoxia], COLOURS.shadow, 0.4), 1).lineBetween(
    x - radius * 0.2,
    y + radius * 0.52,
    x + radius * 0.2,
    y + radius * 0.52,
  );
  if (face.sweating) sweat(g, x, y, radius * 0.8);
  g.lineStyle(3, COLOURS.frame, 1).strokeCircle(x, y, radius + 4);
}

/** An ambulance seen from the side, facing left, `w` long. Returns its two roof lights. */
export function ambulance(g: Graphics, x: number, groundY: number, w: number): { lights: [Box, Box] } {
  const h = w * 0.5;
  const top = groundY - h - w * 0.06;
  g.fillStyle(COLOURS.ambulance).fillRoundedRect(x + w * 0.28, top, w * 0.72, h, 6);
  g.fillStyle(COLOURS.ambulance).fillRoundedRect(x, top + h * 0.3, w * 0.32, h * 0.7, 6);
  g.fillStyle(COLOURS.window).fillRoundedRect(x + w * 0.04, top + h * 0.36, w * 0.2, h * 0.26, 4);
  g.fillStyle(COLOURS.siren).fillRect(x, top + h * 0.72, w, h * 0.08);
  g.fillStyle(COLOURS.siren)
    .fillRect(x + w * 0.58, top + h * 0.2, w * 0.06, h * 0.36)
    .fillRect(x + w * 0.52, top + h * 0.35, w * 0.18, h * 0.06);
  g.fillStyle(COLOURS.tyre)
    .fillCircle(x + w * 0.18, groundY - w * 0.06, w * 0.08)
    .fillCircle(x + w * 0.8, groundY - w * 0.06, w * 0.08);
  const light = (lx: number): Box => ({ x: lx, y: top - h * 0.1, w: w * 0.09, h: h * 0.1 });
  return { lights: [light(x + w * 0.3), light(x + w * 0.86)] };
}
