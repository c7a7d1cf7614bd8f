/** The places a story can name with `#bg:`, drawn with plain shapes into a stage. */
import type * as Phaser from 'phaser';
import type { Place } from '../scene-picture.js';
import { COLOURS, type Stage } from './palette.js';

type Painter = (g: Phaser.GameObjects.Graphics, s: Stage) => void;

/** Where the floor meets the wall, as a fraction of the stage's height. */
export const FLOOR_LINE = 0.58;

const apartment: Painter = (g, s) => {
  const floorY = s.y + s.h * FLOOR_LINE;
  g.fillStyle(COLOURS.wall).fillRect(s.x, s.y, s.w, floorY - s.y);
  g.fillStyle(COLOURS.floor).fillRect(s.x, floorY, s.w, s.h - floorY);
  const win = { x: s.x + s.w * 0.12, y: s.y + s.h * 0.14, w: s.w * 0.3, h: s.h * 0.22 };
  g.fillStyle(COLOURS.window).fillRect(win.x, win.y, win.w, win.h);
  g.lineStyle(4, COLOURS.frame).strokeRect(win.x, win.y, win.w, win.h);
  g.lineBetween(win.x + win.w / 2, win.y, win.x + win.w / 2, win.y + win.h);
  g.fillStyle(COLOURS.furniture).fillRoundedRect(s.x + s.w * 0.55, floorY - s.h * 0.12, s.w * 0.38, s.h * 0.14, 10);
  g.fillStyle(COLOURS.light, 0.8).fillCircle(s.x + s.w * 0.5, s.y + s.h * 0.22, 10);
};

const restroom: Painter = (g, s) => {
  const floorY = s.y + s.h * FLOOR_LINE;
  g.fillStyle(COLOURS.tile).fillRect(s.x, s.y, s.w, floorY - s.y);
  g.lineStyle(1, COLOURS.wallDark, 0.6);
  for (let x = s.x; x < s.x + s.w; x += 28) g.lineBetween(x, s.y, x, floorY);
  for (let y = s.y; y < floorY; y += 28) g.lineBetween(s.x, y, s.x + s.w, y);
  g.fillStyle(COLOURS.floor).fillRect(s.x, floorY, s.w, s.h - floorY);
  g.fillStyle(COLOURS.frame);
  for (let i = 0; i < 3; i++) g.fillRect(s.x + s.w * (0.08 + i * 0.3), s.y + s.h * 0.16, s.w * 0.24, floorY - s.y - s.h * 0.2);
};

const parkBench: Painter = (g, s) => {
  const groundY = s.y + s.h * FLOOR_LINE;
  g.fillStyle(COLOURS.sky).fillRect(s.x, s.y, s.w, groundY - s.y);
  g.fillStyle(COLOURS.ground).fillRect(s.x, groundY, s.w, s.h - groundY);
  const poleX = s.x + s.w * 0.8;
  g.fillStyle(COLOURS.frame).fillRect(poleX, s.y + s.h * 0.12, 6, groundY - s.y - s.h * 0.12);
  g.fillStyle(COLOURS.light, 0.25).fillCircle(poleX + 3, s.y + s.h * 0.14, 60);
  g.fillStyle(COLOURS.light).fillCircle(poleX + 3, s.y + s.h * 0.14, 10);
  g.fillStyle(COLOURS.furniture);
  g.fillRect(s.x + s.w * 0.2, groundY - s.h * 0.1, s.w * 0.45, 10);
  g.fillRect(s.x + s.w * 0.2, groundY - s.h * 0.05, s.w * 0.45, 10);
};

const trafficStop: Painter = (g, s) => {
  const roadY = s.y + s.h * 0.45;
  g.fillStyle(COLOURS.sky).fillRect(s.x, s.y, s.w, roadY - s.y);
  g.fillStyle(COLOURS.road).fillRect(s.x, roadY, s.w, s.h - roadY);
  g.fillStyle(COLOURS.marking);
  for (let x = s.x + 10; x < s.x + s.w; x += 60) g.fillRect(x, roadY + (s.h - roadY) * 0.55, 32, 5);
  g.fillStyle(COLOURS.policeDark).fillRoundedRect(s.x + s.w * 0.05, roadY + 10, s.w * 0.35, s.h * 0.1, 8);
  g.fillStyle(COLOURS.police).fillRect(s.x + s.w * 0.14, roadY + 4, s.w * 0.07, 8);
  g.fillStyle(COLOURS.siren).fillRect(s.x + s.w * 0.21, roadY + 4, s.w * 0.07, 8);
};

const patrolCar: Painter = (g, s) => {
  g.fillStyle(COLOURS.sky).fillRect(s.x, s.y, s.w, s.h);
  g.fillStyle(COLOURS.night).fillRect(s.x, s.y + s.h * 0.6, s.w, s.h * 0.4);
  g.fillStyle(COLOURS.wallDark).fillRoundedRect(s.x + s.w * 0.05, s.y + s.h * 0.62, s.w * 0.9, s.h * 0.3, 16);
  g.fillStyle(COLOURS.window, 0.9).fillRoundedRect(s.x + s.w * 0.6, s.y + s.h * 0.66, s.w * 0.25, s.h * 0.14, 6);
  g.fillStyle(COLOURS.accent).fillCircle(s.x + s.w * 0.2, s.y + s.h * 0.72, 8);
};

export const PLACE_PAINTERS: Readonly<Record<Place, Painter>> = {
  apartment,
  restroom,
  park_bench: parkBench,
  traffic_stop: trafficStop,
  patrol_car: patrolCar,
};
