// Draws LORkit's app icons (a white envelope, for "letter", on the brand blue)
// as PNGs, with no image library: the PNG format is a few zlib-packed rows.
// Run `npm run icons` after changing the design; the PNGs are committed.
//   icon-192.png, icon-512.png   "any" purpose: envelope fills most of the square
//   maskable-512.png             Android crops to a circle or squircle: envelope in the inner 60 %
//   apple-touch-icon.png (180)   iOS home screen, full-bleed square
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../public/icons');
const BLUE = [0x0b, 0x4f, 0x8a];
const WHITE = [0xff, 0xff, 0xff];

/** Coverage (0..1) of pixel (x, y) by the envelope drawn in a box of `scale` centred in `size`. */
function envelope(size, scale, rounded) {
  const w = size * scale;
  const h = w * 0.68;
  const left = (size - w) / 2;
  const top = (size - h) / 2;
  const stroke = Math.max(2, w * 0.06);
  const corner = size * 0.18;
  return (x, y) => {
    // The rounded-square background for "any" icons; maskable ones are full bleed.
    if (rounded && outsideRoundedSquare(x, y, size, corner)) return { alpha: 0, white: 0 };
    const inBody = x >= left && x <= left + w && y >= top && y <= top + h;
    if (!inBody) return { alpha: 1, white: 0 };
    // The flap: a V from the top corners to the middle, drawn as a band in the blue.
    const u = (x - left) / w; // 0..1 across
    const flapY = top + h * 0.55 * (1 - Math.abs(u - 0.5) * 2);
    const onFlap = Math.abs(y - flapY) < stroke / 2;
    return { alpha: 1, white: onFlap ? 0 : 1 };
  };
}

function outsideRoundedSquare(x, y, size, r) {
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 > r * r;
}

/** RGBA pixels, 4×4 supersampled so the edges are smooth. */
function draw(size, shape) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let alpha = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const s = shape(x + (sx + 0.5) / n, y + (sy + 0.5) / n);
          alpha += s.alpha;
          white += s.white * s.alpha;
        }
      }
      const a = alpha / (n * n);
      const t = alpha ? white / alpha : 0;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * t);
      pixels[i + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

function png(size, rgba) {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

mkdirSync(out, { recursive: true });
const icons = [
  ['icon-192.png', 192, 0.62, true],
  ['icon-512.png', 512, 0.62, true],
  ['maskable-512.png', 512, 0.5, false],
  ['apple-touch-icon.png', 180, 0.6, false],
];
for (const [name, size, scale, rounded] of icons) {
  writeFileSync(resolve(out, name), png(size, draw(size, envelope(size, scale, rounded))));
  console.log(`icons: public/icons/${name} (${size}×${size})`);
}
