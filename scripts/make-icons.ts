/**
 * `npx tsx scripts/make-icons.ts`: draws the app's PNG icons (192 and 512 pixels, and a maskable 512
 * whose picture keeps inside the safe circle) into public/icons/, from the same shapes and colours as
 * favicon.svg: a handset on the night-blue card and a green check. Drawn here, pixel by pixel with
 * 4x4 supersampling, so nothing is downloaded; the PNGs are committed and this reruns only to change them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
const CARD: Rgb = [0x10, 0x1c, 0x2c];
const PAGE: Rgb = [0x0b, 0x14, 0x20];
const HANDSET: Rgb = [0xff, 0xd1, 0x66];
const CHECK: Rgb = [0x5f, 0xd3, 0x8d];

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

export function png(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** The picture in a 64-unit square (favicon.svg's), `scale` shrinking it about the centre for the maskable icon. */
function shade(u: number, v: number, maskable: boolean): Rgb | undefined {
  const scale = maskable ? 0.72 : 1;
  const x = 32 + (u - 32) / scale;
  const y = 32 + (v - 32) / scale;
  // The handset: a thick arc round the card's lower left, an ear cap at its top and a mouth cap at its foot.
  const turn = (Math.atan2(y - 34, x - 38) + 2 * Math.PI) % (2 * Math.PI);
  const radius = Math.hypot(x - 38, y - 34);
  const arc = turn >= Math.PI * 0.5 && turn <= Math.PI * 1.3 && Math.abs(radius - 17) < 5;
  const cap = (t: number): boolean => Math.hypot(x - (38 + 17 * Math.cos(t)), y - (34 + 17 * Math.sin(t))) < 7;
  const hand = arc || cap(Math.PI * 1.3) || cap(Math.PI * 0.5);
  const check = Math.min(segmentDistance(x, y, 36, 18, 41, 23), segmentDistance(x, y, 41, 23, 50, 13)) < 2.5;
  if (check) return CHECK;
  if (hand) return HANDSET;
  return undefined;
}

function icon(size: number, maskable: boolean): Buffer {
  const samples = 4;
  return png(size, (px, py) => {
    let r = 0;
    let g = 0;
    let b = 0;
    let a = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const u = ((px + (sx + 0.5) / samples) / size) * 64;
        const v = ((py + (sy + 0.5) / samples) / size) * 64;
        // The card: rounded corners for the plain icon; full bleed for the maskable one, which the system masks.
        const cx = Math.max(Math.abs(u - 32) - 18, 0);
        const cy = Math.max(Math.abs(v - 32) - 18, 0);
        const inCard = maskable || Math.hypot(cx, cy) <= 14;
        if (!inCard) continue;
        const colour = shade(u, v, maskable) ?? (maskable ? PAGE : CARD);
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 255;
      }
    }
    const n = samples * samples;
    const alpha = a / n;
    const covered = a / 255 || 1;
    return [Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round(alpha)];
  });
}

const out = path.resolve(import.meta.dirname, '..', 'public', 'icons');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'icon-192.png'), icon(192, false));
writeFileSync(path.join(out, 'icon-512.png'), icon(512, false));
writeFileSync(path.join(out, 'maskable-512.png'), icon(512, true));
console.log(`icons written to ${path.relative(process.cwd(), out)}`);
