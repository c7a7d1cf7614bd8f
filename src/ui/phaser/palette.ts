/** Colours of the pictures: muted night scenes, with the UI's accent for what matters. */
export const COLOURS = {
  night: 0x0b1420,
  sky: 0x14233a,
  skyLow: 0x24385a,
  dusk: 0x6b5a7a,
  duskLow: 0xd08a5a,
  wall: 0x22324a,
  wallDark: 0x1a2638,
  wallWarm: 0x3b3446,
  floor: 0x2e3a4c,
  floorWood: 0x4a3a30,
  rug: 0x5a3e4e,
  window: 0x3a5f8f,
  windowNight: 0x182a44,
  frame: 0x5b6f8a,
  furniture: 0x4a3f55,
  furnitureDark: 0x352d40,
  ground: 0x2f4a32,
  grass: 0x3b5e3a,
  path: 0x6f6656,
  tree: 0x24402a,
  trunk: 0x4a3a2c,
  road: 0x2a2d33,
  kerb: 0x4a4e57,
  marking: 0xd9d9d9,
  tile: 0x3c4d63,
  tileLight: 0x8fa3b8,
  porcelain: 0xd8dee6,
  metal: 0x9aa5b1,
  light: 0xffe9a8,
  fluorescent: 0xe6f0ff,
  accent: 0xffd166,
  police: 0x2f6fd6,
  policeDark: 0x1d3f7a,
  uniform: 0x1f2d4a,
  uniformLight: 0x2c3f66,
  badge: 0xe0c060,
  siren: 0xe05a5a,
  sirenBlue: 0x4a8cff,
  ems: 0x2f5a48,
  emsStripe: 0xd6e64a,
  emsBag: 0xb03a3a,
  van: 0xe8e4da,
  vanStripe: 0x3f8f6a,
  car: 0x7a2f2f,
  carDark: 0x4a1d1d,
  tyre: 0x15181d,
  hair: 0x2a1d16,
  hairGrey: 0x8a8a8a,
  hairBrown: 0x5a3a22,
  jeans: 0x34486a,
  shirt: 0x6d8a6a,
  shirtRed: 0x8a4a4a,
  jacket: 0x7a6a4a,
  hoodie: 0x5a5a6e,
  shoe: 0x1e1e24,
  phone: 0x0f1216,
  phoneGlow: 0x9fd0ff,
  sweat: 0xbfe3ff,
  eyeWhite: 0xf2efe8,
  pupil: 0x111111,
  shadow: 0x000000,
  ambulance: 0xf2f2f2,
  good: 0x5fd38d,
  warn: 0xffb347,
  danger: 0xff6b6b,
  text: 0xf1f5f9,
  panel: 0x0b1420,
} as const;

/** Skin tones, so that the people drawn are not all the same person. */
export const SKIN = {
  deep: 0x5e3b28,
  brown: 0x8d5a3b,
  medium: 0xb07a5a,
  olive: 0xc19169,
  light: 0xe0b193,
} as const;

/** Lip colour by how long the patient has gone without enough oxygen: 0 healthy .. 3 grey-blue. */
export const LIPS = [0xb4565c, 0x8a6a90, 0x6c7a9a, 0x54698f] as const;

/** The grey that skin takes on without oxygen, mixed in by the same level. */
export const HYPOXIC_GREY = 0x8f9aa6;

/** A colour between `a` and `b`: `t` = 0 is `a`, 1 is `b`. */
export function mix(a: number, b: number, t: number): number {
  const channel = (shift: number): number => {
    const from = (a >> shift) & 0xff;
    const to = (b >> shift) & 0xff;
    return Math.round(from + (to - from) * Math.max(0, Math.min(1, t))) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** A colour as CSS, for text drawn on the canvas. */
export function css(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** The part of the canvas the encounter picture is drawn in; the DOM's layout leaves it visible. */
export interface Stage {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Must agree with styles.css: above the state panel beside the story card on wide screens, above both on narrow ones. */
export function encounterStage(width: number, height: number): Stage {
  return width >= 900
    ? { x: 0, y: 0, w: Math.round(width * 0.42), h: Math.round(height * 0.5) }
    : { x: 0, y: 0, w: width, h: Math.round(height * 0.4) };
}
