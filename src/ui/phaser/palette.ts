/** Colours of the placeholder art: night scenes, muted, with the UI's accent for what matters. */
export const COLOURS = {
  night: 0x0b1420,
  sky: 0x14233a,
  wall: 0x22324a,
  wallDark: 0x1a2638,
  floor: 0x2e3a4c,
  window: 0x3a5f8f,
  frame: 0x5b6f8a,
  furniture: 0x4a3f55,
  ground: 0x1f3326,
  road: 0x2a2d33,
  marking: 0xd9d9d9,
  tile: 0x3c4d63,
  light: 0xffe9a8,
  accent: 0xffd166,
  police: 0x2f6fd6,
  policeDark: 0x1d3f7a,
  siren: 0xe05a5a,
  skin: 0xb07a5a,
  skinPale: 0x8f9aa6,
  clothes: 0x6d8a6a,
  clothesPerson: 0x8a6d5a,
  ambulance: 0xf2f2f2,
  good: 0x5fd38d,
  warn: 0xffb347,
  danger: 0xff6b6b,
} as const;

/** The part of the canvas the encounter picture is drawn in; the DOM's layout leaves it visible. */
export interface Stage {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Must agree with styles.css: above the state panel beside the story card on wide screens, above both on narrow ones. */
export function encounterStage(width: number, height: number): Stage {
  return width >= 900 ? { x: 0, y: 0, w: Math.round(width * 0.42), h: Math.round(height * 0.6) } : { x: 0, y: 0, w: width, h: Math.round(height * 0.4) };
}
