#!/usr/bin/env node
/**
 * Writes build/icon.png (512×512 RGBA), the icon electron-builder turns into .ico / .icns / Linux
 * sizes. Drawn in code so it needs no image tool: a teal rounded square with three rising bars
 * (ranked packages), the tallest in amber. Usage: node scripts/make-icon.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const TEAL = [31, 111, 139, 255];
const WHITE = [255, 255, 255, 255];
const AMBER = [242, 169, 59, 255];
const CLEAR = [0, 0, 0, 0];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const bars = [
  { x0: 124, x1: 196, top: 300, colour: WHITE },
  { x0: 220, x1: 292, top: 220, colour: WHITE },
  { x0: 316, x1: 388, top: 132, colour: AMBER },
];

function pixel(x, y) {
  if (!insideRoundedRect(x, y, 16, 16, SIZE - 17, SIZE - 17, 96)) return CLEAR;
  for (const bar of bars) {
    if (insideRoundedRect(x, y, bar.x0, bar.top, bar.x1, 392, 12)) return bar.colour;
  }
  if (y >= 404 && y <= 420 && x >= 108 && x <= 404) return WHITE; // baseline
  return TEAL;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icon.png');
fs.writeFileSync(out, png);
process.stdout.write(`wrote ${out} (${png.length} bytes)\n`);
