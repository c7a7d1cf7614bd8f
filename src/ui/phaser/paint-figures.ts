/** People and vehicles, drawn with plain shapes. */
import type * as Phaser from 'phaser';
import { COLOURS } from './palette.js';

export function officer(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  g.fillStyle(COLOURS.police).fillRoundedRect(x - size * 0.35, y - size, size * 0.7, size, size * 0.15);
  g.fillStyle(COLOURS.skin).fillCircle(x, y - size * 1.2, size * 0.22);
  g.fillStyle(COLOURS.policeDark).fillRect(x - size * 0.26, y - size * 1.42, size * 0.52, size * 0.12);
  g.fillStyle(COLOURS.accent).fillCircle(x - size * 0.15, y - size * 0.75, size * 0.05);
}

/** A patient lying on the floor, face up; pale when not breathing. */
export function lyingPatient(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number, pale: boolean): void {
  g.fillStyle(COLOURS.clothes).fillRoundedRect(x - size * 0.8, y - size * 0.22, size * 1.4, size * 0.36, size * 0.12);
  g.fillStyle(pale ? COLOURS.skinPale : COLOURS.skin).fillCircle(x + size * 0.78, y - size * 0.05, size * 0.2);
}

export function sittingPatient(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  g.fillStyle(COLOURS.clothes).fillRoundedRect(x - size * 0.25, y - size * 0.75, size * 0.5, size * 0.75, size * 0.12);
  g.fillStyle(COLOURS.skin).fillCircle(x, y - size * 0.95, size * 0.2);
}

export function standingPerson(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  g.fillStyle(COLOURS.clothesPerson).fillRoundedRect(x - size * 0.3, y - size * 1.1, size * 0.6, size * 1.1, size * 0.15);
  g.fillStyle(COLOURS.skin).fillCircle(x, y - size * 1.32, size * 0.22);
}

export function ambulance(g: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  g.fillStyle(COLOURS.ambulance).fillRoundedRect(x, y - size * 0.6, size * 1.4, size * 0.6, size * 0.08);
  g.fillStyle(COLOURS.siren).fillRect(x, y - size * 0.35, size * 1.4, size * 0.08);
  g.fillStyle(COLOURS.siren).fillRect(x + size * 0.6, y - size * 0.56, size * 0.2, size * 0.2);
  g.fillStyle(COLOURS.siren).fillRect(x + size * 0.64, y - size * 0.6, size * 0.12, size * 0.28);
  g.fillStyle(COLOURS.night).fillCircle(x + size * 0.3, y, size * 0.12).fillCircle(x + size * 1.1, y, size * 0.12);
}

/** Night skyline along the bottom of the canvas, for the menus. */
export function skyline(g: Phaser.GameObjects.Graphics, width: number, height: number): void {
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
