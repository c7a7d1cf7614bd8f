/**
 * The places a story can name with `#bg:` (listed in assets/manifest.json), drawn with plain shapes
 * into a stage. Each painter returns where the scene may put moving lights: a patrol car's light
 * bar, a window that emergency lights shine through.
 */
import type * as Phaser from 'phaser';
import type { Place } from '../scene-picture.js';
import { COLOURS, mix, type Stage } from './palette.js';
import type { Box } from './paint-figures.js';

type Graphics = Phaser.GameObjects.Graphics;

export interface PlaceFixtures {
  /** Where the people stand or lie, as a y in canvas pixels. */
  readonly groundY: number;
  /** A light bar's red and blue lamps, lit in turn. */
  readonly lightBar?: readonly [Box, Box];
  /** A window that EMS's lights shine through once they are outside. */
  readonly window?: Box;
  /** A radio's light, lit while the radio is on. */
  readonly radioLight?: Box;
  /** Whether people are drawn in this place: not in the patrol car on the way to the call. */
  readonly figures: boolean;
}

type Painter = (g: Graphics, s: Stage) => PlaceFixtures;

/** Where the floor meets the wall, as a fraction of the stage's height. */
export const FLOOR_LINE = 0.58;

const at = (s: Stage, fx: number, fy: number): [number, number] => [s.x + s.w * fx, s.y + s.h * fy];

function nightCity(g: Graphics, box: Box, sky: number = COLOURS.windowNight): void {
  g.fillStyle(sky).fillRect(box.x, box.y, box.w, box.h);
  let x = box.x;
  let i = 0;
  while (x < box.x + box.w) {
    const w = box.w * (0.14 + ((i * 37) % 10) / 60);
    const h = box.h * (0.3 + ((i * 53) % 40) / 100);
    g.fillStyle(i % 2 ? COLOURS.wallDark : COLOURS.night).fillRect(x, box.y + box.h - h, Math.min(w, box.x + box.w - x), h);
    g.fillStyle(COLOURS.light, 0.55);
    for (let wy = box.y + box.h - h + 5; wy < box.y + box.h - 4; wy += 9)
      if ((wy + i * 7) % 3 < 1.4 && x + 6 < box.x + box.w) g.fillRect(x + 4, wy, 3, 3);
    x += w + 2;
    i++;
  }
}

const apartment: Painter = (g, s) => {
  const floorY = s.y + s.h * FLOOR_LINE;
  g.fillStyle(COLOURS.wallWarm).fillRect(s.x, s.y, s.w, floorY - s.y);
  g.fillStyle(COLOURS.floorWood).fillRect(s.x, floorY, s.w, s.h - (floorY - s.y));
  g.lineStyle(1, mix(COLOURS.floorWood, COLOURS.shadow, 0.35), 1);
  for (let y = floorY + 14; y < s.y + s.h; y += 16) g.lineBetween(s.x, y, s.x + s.w, y);
  g.fillStyle(mix(COLOURS.wallWarm, COLOURS.shadow, 0.35)).fillRect(s.x, floorY - 6, s.w, 6);
  // The door the officer came in by, ajar, the hall light behind it.
  const [doorX, doorY] = at(s, 0.03, 0.16);
  g.fillStyle(COLOURS.light, 0.35).fillRect(doorX, doorY, s.w * 0.12, floorY - doorY);
  g.fillStyle(COLOURS.furnitureDark).fillRect(doorX + s.w * 0.03, doorY, s.w * 0.09, floorY - doorY);
  g.fillStyle(COLOURS.metal).fillCircle(doorX + s.w * 0.105, doorY + (floorY - doorY) * 0.55, 3);
  // The window on the night.
  const win: Box = { x: s.x + s.w * 0.22, y: s.y + s.h * 0.12, w: s.w * 0.26, h: s.h * 0.24 };
  nightCity(g, win);
  g.lineStyle(4, COLOURS.frame, 1).strokeRect(win.x, win.y, win.w, win.h);
  g.lineBetween(win.x + win.w / 2, win.y, win.x + win.w / 2, win.y + win.h);
  // A wall clock: time passes here.
  const [clockX, clockY] = at(s, 0.56, 0.17);
  const r = Math.max(8, s.h * 0.045);
  g.fillStyle(COLOURS.eyeWhite).fillCircle(clockX, clockY, r);
  g.lineStyle(2, COLOURS.furnitureDark, 1).strokeCircle(clockX, clockY, r);
  g.lineBetween(clockX, clockY, clockX, clockY - r * 0.7);
  g.lineBetween(clockX, clockY, clockX + r * 0.5, clockY + r * 0.2);
  // The sofa and a lamp.
  const [sofaX, sofaTop] = at(s, 0.64, FLOOR_LINE - 0.17);
  const sofaW = s.w * 0.34;
  g.fillStyle(COLOURS.furnitureDark).fillRoundedRect(sofaX, sofaTop, sofaW, s.h * 0.15, 10);
  g.fillStyle(COLOURS.furniture).fillRoundedRect(sofaX - 6, sofaTop + s.h * 0.09, sofaW + 12, s.h * 0.1, 8);
  g.fillStyle(COLOURS.rug).fillRoundedRect(sofaX + sofaW * 0.1, sofaTop + s.h * 0.02, sofaW * 0.25, s.h * 0.07, 6);
  g.fillStyle(COLOURS.frame).fillRect(s.x + s.w * 0.6, s.y + s.h * 0.22, 3, floorY - s.y - s.h * 0.22);
  g.fillStyle(COLOURS.light, 0.1).fillCircle(s.x + s.w * 0.6 + 1, s.y + s.h * 0.24, s.h * 0.07);
  g.fillStyle(COLOURS.accent).fillTriangle(
    s.x + s.w * 0.575,
    s.y + s.h * 0.27,
    s.x + s.w * 0.625,
    s.y + s.h * 0.27,
    s.x + s.w * 0.6,
    s.y + s.h * 0.2,
  );
  // The rug the patient lies on.
  const [rugX, rugY] = at(s, 0.44, 0.86);
  g.fillStyle(COLOURS.rug, 0.8).fillEllipse(rugX, rugY, s.w * 0.62, s.h * 0.17);
  return { groundY: s.y + s.h * 0.86, window: win, figures: true };
};

const restroom: Painter = (g, s) => {
  const floorY = s.y + s.h * FLOOR_LINE;
  g.fillStyle(COLOURS.tile).fillRect(s.x, s.y, s.w, floorY - s.y);
  g.lineStyle(1, COLOURS.tileLight, 0.25);
  for (let x = s.x; x < s.x + s.w; x += 22) g.lineBetween(x, s.y, x, floorY);
  for (let y = s.y; y < floorY; y += 22) g.lineBetween(s.x, y, s.x + s.w, y);
  g.fillStyle(COLOURS.floor).fillRect(s.x, floorY, s.w, s.y + s.h - floorY);
  g.fillStyle(mix(COLOURS.floor, COLOURS.tileLight, 0.12));
  for (let y = floorY; y < s.y + s.h; y += 20)
    for (let x = s.x + (((y - floorY) / 20) % 2) * 20; x < s.x + s.w; x += 40) g.fillRect(x, y, 20, 20);
  // Fluorescent light.
  g.fillStyle(COLOURS.fluorescent, 0.15).fillRect(s.x + s.w * 0.2, s.y, s.w * 0.6, s.h * 0.12);
  g.fillStyle(COLOURS.fluorescent).fillRoundedRect(s.x + s.w * 0.3, s.y + s.h * 0.02, s.w * 0.4, 6, 3);
  // Mirror, sink, and the sharps container on the wall.
  const mirror: Box = { x: s.x + s.w * 0.04, y: s.y + s.h * 0.14, w: s.w * 0.2, h: s.h * 0.2 };
  g.fillStyle(mix(COLOURS.window, COLOURS.tileLight, 0.4)).fillRect(mirror.x, mirror.y, mirror.w, mirror.h);
  g.lineStyle(3, COLOURS.metal, 1).strokeRect(mirror.x, mirror.y, mirror.w, mirror.h);
  g.fillStyle(COLOURS.porcelain).fillRoundedRect(mirror.x - 4, s.y + s.h * 0.4, mirror.w + 8, s.h * 0.06, { tl: 2, tr: 2, bl: 12, br: 12 });
  g.fillStyle(COLOURS.metal).fillRect(mirror.x + mirror.w / 2 - 2, s.y + s.h * 0.36, 4, s.h * 0.05);
  g.fillStyle(COLOURS.siren).fillRoundedRect(s.x + s.w * 0.29, s.y + s.h * 0.2, s.w * 0.06, s.h * 0.1, 3);
  g.fillStyle(COLOURS.eyeWhite).fillRect(s.x + s.w * 0.295, s.y + s.h * 0.215, s.w * 0.05, s.h * 0.015);
  // Two stalls, the nearer door open.
  const stallTop = s.y + s.h * 0.12;
  const stallBottom = floorY + s.h * 0.05;
  for (const fx of [0.5, 0.74]) {
    const x = s.x + s.w * fx;
    g.fillStyle(COLOURS.frame).fillRect(x, stallTop, 6, stallBottom - stallTop - s.h * 0.05);
  }
  g.fillStyle(mix(COLOURS.frame, COLOURS.shadow, 0.3)).fillRect(s.x + s.w * 0.52, stallTop, s.w * 0.22, s.h * 0.03);
  g.fillStyle(mix(COLOURS.frame, COLOURS.shadow, 0.2)).fillPoints(
    [
      { x: s.x + s.w * 0.505, y: stallTop },
      { x: s.x + s.w * 0.43, y: stallTop + s.h * 0.04 },
      { x: s.x + s.w * 0.43, y: stallBottom - s.h * 0.08 },
      { x: s.x + s.w * 0.505, y: stallBottom - s.h * 0.05 },
    ] as Phaser.Math.Vector2[],
    true,
  );
  g.fillStyle(COLOURS.porcelain).fillRoundedRect(s.x + s.w * 0.58, floorY - s.h * 0.1, s.w * 0.09, s.h * 0.12, 6);
  g.fillStyle(COLOURS.frame).fillRect(s.x + s.w * 0.76, stallTop, s.w * 0.22, stallBottom - stallTop - s.h * 0.05);
  return { groundY: s.y + s.h * 0.86, figures: true };
};

const parkBench: Painter = (g, s) => {
  const horizon = s.y + s.h * 0.5;
  g.fillGradientStyle(COLOURS.dusk, COLOURS.dusk, COLOURS.duskLow, COLOURS.duskLow, 1).fillRect(s.x, s.y, s.w, horizon - s.y);
  for (let i = 0; i < 9; i++) {
    const x = s.x + s.w * (i / 8);
    g.fillStyle(COLOURS.tree).fillCircle(x, horizon - s.h * (0.04 + ((i * 37) % 5) / 60), s.h * (0.08 + ((i * 13) % 4) / 50));
  }
  g.fillStyle(COLOURS.grass).fillRect(s.x, horizon, s.w, s.y + s.h - horizon);
  g.fillStyle(COLOURS.path).fillPoints(
    [
      { x: s.x, y: s.y + s.h * 0.9 },
      { x: s.x + s.w, y: s.y + s.h * 0.8 },
      { x: s.x + s.w, y: s.y + s.h * 0.92 },
      { x: s.x, y: s.y + s.h },
    ] as Phaser.Math.Vector2[],
    true,
  );
  // The lot, and the outreach program's van with its worker.
  const lotY = horizon + s.h * 0.12;
  g.fillStyle(COLOURS.road).fillRect(s.x + s.w * 0.6, horizon + s.h * 0.02, s.w * 0.4, s.h * 0.13);
  const vanX = s.x + s.w * 0.66;
  const vanW = s.w * 0.3;
  g.fillStyle(COLOURS.van).fillRoundedRect(vanX, lotY - s.h * 0.15, vanW, s.h * 0.13, 6);
  g.fillStyle(COLOURS.vanStripe).fillRect(vanX, lotY - s.h * 0.08, vanW, s.h * 0.025);
  g.fillStyle(COLOURS.window).fillRoundedRect(vanX + 4, lotY - s.h * 0.135, vanW * 0.18, s.h * 0.045, 3);
  // A heart on the van's side: the outreach program.
  const hx = vanX + vanW * 0.6;
  const hy = lotY - s.h * 0.115;
  const hr = s.h * 0.014;
  g.fillStyle(COLOURS.siren)
    .fillCircle(hx - hr * 0.7, hy, hr)
    .fillCircle(hx + hr * 0.7, hy, hr)
    .fillTriangle(hx - hr * 1.6, hy + hr * 0.3, hx + hr * 1.6, hy + hr * 0.3, hx, hy + hr * 2.2);
  g.fillStyle(COLOURS.tyre)
    .fillCircle(vanX + vanW * 0.2, lotY - s.h * 0.02, s.h * 0.025)
    .fillCircle(vanX + vanW * 0.8, lotY - s.h * 0.02, s.h * 0.025);
  // The street light, lit as the afternoon ends.
  const [poleX, poleTop] = at(s, 0.56, 0.14);
  g.fillStyle(COLOURS.frame).fillRect(poleX, poleTop, 5, s.y + s.h * 0.78 - poleTop);
  g.fillStyle(COLOURS.light, 0.12).fillCircle(poleX + 2, poleTop, s.h * 0.05);
  g.fillStyle(COLOURS.light).fillCircle(poleX + 2, poleTop, 6);
  // The bench.
  const benchY = s.y + s.h * 0.78;
  const benchX = s.x + s.w * 0.06;
  const benchW = s.w * 0.3;
  g.fillStyle(COLOURS.trunk);
  for (const fy of [0.18, 0.13]) g.fillRect(benchX, benchY - s.h * fy, benchW, s.h * 0.025);
  g.fillRect(benchX - 4, benchY - s.h * 0.08, benchW + 8, s.h * 0.03);
  g.fillStyle(COLOURS.shoe)
    .fillRect(benchX + 6, benchY - s.h * 0.06, 5, s.h * 0.06)
    .fillRect(benchX + benchW - 11, benchY - s.h * 0.06, 5, s.h * 0.06);
  return { groundY: s.y + s.h * 0.9, figures: true };
};

/** A car from the side, facing left or right, `w` long, wheels on `groundY`. */
function car(g: Graphics, x: number, groundY: number, w: number, body: number, facing: -1 | 1): Box {
  const h = w * 0.32;
  const top = groundY - h - w * 0.04;
  g.fillStyle(body).fillRoundedRect(x, top + h * 0.35, w, h * 0.55, 8);
  const cabin = { x: x + w * (facing === 1 ? 0.2 : 0.25), y: top, w: w * 0.55, h: h * 0.45 };
  g.fillStyle(body).fillRoundedRect(cabin.x, cabin.y, cabin.w, cabin.h, { tl: 10, tr: 10, bl: 0, br: 0 });
  g.fillStyle(COLOURS.windowNight).fillRoundedRect(cabin.x + 5, cabin.y + 5, cabin.w / 2 - 8, cabin.h - 5, 4);
  g.fillStyle(COLOURS.windowNight).fillRoundedRect(cabin.x + cabin.w / 2 + 3, cabin.y + 5, cabin.w / 2 - 8, cabin.h - 5, 4);
  g.fillStyle(COLOURS.tyre)
    .fillCircle(x + w * 0.2, groundY - w * 0.06, w * 0.075)
    .fillCircle(x + w * 0.8, groundY - w * 0.06, w * 0.075);
  g.fillStyle(COLOURS.metal)
    .fillCircle(x + w * 0.2, groundY - w * 0.06, w * 0.03)
    .fillCircle(x + w * 0.8, groundY - w * 0.06, w * 0.03);
  return cabin;
}

const trafficStop: Painter = (g, s) => {
  const horizon = s.y + s.h * 0.42;
  g.fillStyle(COLOURS.sky).fillRect(s.x, s.y, s.w, horizon - s.y);
  nightCity(g, { x: s.x, y: s.y + s.h * 0.2, w: s.w, h: horizon - s.y - s.h * 0.2 }, COLOURS.sky);
  g.fillStyle(COLOURS.road).fillRect(s.x, horizon, s.w, s.h * 0.3);
  g.fillStyle(COLOURS.marking);
  for (let x = s.x + 10; x < s.x + s.w; x += 60) g.fillRect(x, horizon + s.h * 0.12, 32, 4);
  g.fillStyle(COLOURS.kerb).fillRect(s.x, horizon + s.h * 0.3, s.w, s.h * 0.03);
  g.fillStyle(mix(COLOURS.road, COLOURS.kerb, 0.5)).fillRect(s.x, horizon + s.h * 0.33, s.w, s.y + s.h - horizon - s.h * 0.33);
  // The stopped car ahead, and the patrol car behind it with its light bar.
  const carGround = horizon + s.h * 0.29;
  car(g, s.x + s.w * 0.02, carGround, s.w * 0.36, COLOURS.car, -1);
  g.fillStyle(COLOURS.siren, 0.8).fillRect(s.x + s.w * 0.375, carGround - s.w * 0.08, 5, 7);
  const patrolX = s.x + s.w * 0.6;
  const patrolW = s.w * 0.38;
  const cabin = car(g, patrolX, carGround, patrolW, COLOURS.ambulance, -1);
  g.fillStyle(COLOURS.policeDark).fillRect(patrolX, carGround - patrolW * 0.2, patrolW, patrolW * 0.06);
  g.fillStyle(COLOURS.light, 0.35).fillCircle(patrolX + 2, carGround - patrolW * 0.14, s.h * 0.05);
  const lamp = (fx: number): Box => ({ x: cabin.x + cabin.w * fx, y: cabin.y - 7, w: cabin.w * 0.22, h: 7 });
  g.fillStyle(COLOURS.shoe).fillRect(cabin.x + cabin.w * 0.22, cabin.y - 3, cabin.w * 0.56, 3);
  return { groundY: s.y + s.h * 0.9, lightBar: [lamp(0.26), lamp(0.52)], figures: true };
};

/** Inside the patrol car, on the way: the street through the windscreen, the dash, the radio, the computer. */
const patrolCar: Painter = (g, s) => {
  const dashY = s.y + s.h * 0.62;
  const horizon = s.y + s.h * 0.4;
  // Neither day nor night: the calls come at any hour.
  g.fillGradientStyle(COLOURS.skyLow, COLOURS.skyLow, COLOURS.frame, COLOURS.frame, 1).fillRect(s.x, s.y, s.w, horizon - s.y);
  nightCity(g, { x: s.x, y: s.y + s.h * 0.2, w: s.w, h: horizon - s.y - s.h * 0.2 }, COLOURS.frame);
  g.fillStyle(COLOURS.road).fillRect(s.x, horizon, s.w, dashY - horizon);
  g.fillStyle(COLOURS.kerb).fillTriangle(s.x + s.w * 0.5, horizon, s.x - s.w * 0.1, dashY, s.x + s.w * 1.1, dashY);
  g.fillStyle(COLOURS.marking);
  for (let i = 0; i < 4; i++) {
    const y = horizon + (dashY - horizon) * (i / 4) ** 1.5;
    g.fillRect(s.x + s.w * 0.5 - 1 - i, y, 2 + i * 2, 4 + i * 4);
  }
  for (const fx of [0.1, 0.9]) {
    g.fillStyle(COLOURS.frame).fillRect(s.x + s.w * fx, horizon - s.h * 0.18, 4, s.h * 0.18);
    g.fillStyle(COLOURS.light, 0.8).fillCircle(s.x + s.w * fx + 2, horizon - s.h * 0.18, 4);
  }
  // Windscreen pillars and mirror.
  g.fillStyle(COLOURS.night).fillTriangle(s.x, s.y, s.x + s.w * 0.1, s.y, s.x, dashY);
  g.fillStyle(COLOURS.night).fillTriangle(s.x + s.w, s.y, s.x + s.w * 0.9, s.y, s.x + s.w, dashY);
  g.fillStyle(COLOURS.night).fillRect(s.x, s.y, s.w, s.h * 0.05);
  g.fillStyle(COLOURS.wallDark).fillRoundedRect(s.x + s.w * 0.42, s.y + s.h * 0.05, s.w * 0.16, s.h * 0.06, 4);
  // The dash.
  g.fillStyle(COLOURS.wallDark).fillRect(s.x, dashY, s.w, s.y + s.h - dashY);
  g.fillStyle(COLOURS.night).fillRect(s.x, dashY, s.w, 6);
  // The wheel.
  const [wheelX, wheelY] = at(s, 0.24, 0.95);
  g.lineStyle(Math.max(8, s.h * 0.035), COLOURS.night, 1).strokeCircle(wheelX, wheelY, s.h * 0.2);
  g.fillStyle(COLOURS.night).fillCircle(wheelX, wheelY, s.h * 0.05);
  // The car's computer, with the call on its screen.
  const screen: Box = { x: s.x + s.w * 0.58, y: dashY - s.h * 0.12, w: s.w * 0.3, h: s.h * 0.2 };
  g.fillStyle(COLOURS.night).fillRoundedRect(screen.x - 5, screen.y - 5, screen.w + 10, screen.h + 10, 5);
  g.fillStyle(COLOURS.windowNight).fillRect(screen.x, screen.y, screen.w, screen.h);
  g.fillStyle(COLOURS.accent).fillRect(screen.x + 6, screen.y + 6, screen.w * 0.5, 4);
  g.fillStyle(COLOURS.phoneGlow, 0.6);
  for (let i = 0; i < 4; i++) g.fillRect(screen.x + 6, screen.y + 16 + i * 9, screen.w * (0.8 - i * 0.12), 3);
  // The radio.
  const radio: Box = { x: s.x + s.w * 0.42, y: dashY + s.h * 0.12, w: s.w * 0.13, h: s.h * 0.08 };
  g.fillStyle(COLOURS.night).fillRoundedRect(radio.x, radio.y, radio.w, radio.h, 4);
  g.fillStyle(COLOURS.good).fillRect(radio.x + radio.w * 0.35, radio.y + radio.h * 0.3, radio.w * 0.55, radio.h * 0.35);
  return {
    groundY: s.y + s.h,
    radioLight: { x: radio.x + radio.w * 0.08, y: radio.y + radio.h * 0.3, w: radio.w * 0.18, h: radio.h * 0.35 },
    figures: false,
  };
};

export const PLACE_PAINTERS: Readonly<Record<Place, Painter>> = {
  apartment,
  restroom,
  park_bench: parkBench,
  traffic_stop: trafficStop,
  patrol_car: patrolCar,
};

/** A city at night along the bottom of the canvas, behind the menus. */
export function skyline(g: Graphics, width: number, height: number): void {
  g.fillStyle(COLOURS.night).fillRect(0, 0, width, height);
  g.fillStyle(COLOURS.sky).fillRect(0, 0, width, height * 0.75);
  let x = 0;
  let i = 0;
  while (x < width) {
    const w = 50 + ((i * 37) % 70);
    const h = height * (0.12 + ((i * 53) % 100) / 500);
    g.fillStyle(i % 2 ? COLOURS.wall : COLOURS.wallDark).fillRect(x, height * 0.75 - h, w, h + height * 0.25);
    g.fillStyle(COLOURS.light, 0.5);
    for (let wy = height * 0.75 - h + 12; wy < height * 0.75; wy += 22) if ((wy + i) % 3 < 1.5) g.fillRect(x + 10, wy, 8, 8);
    x += w + 6;
    i++;
  }
}
