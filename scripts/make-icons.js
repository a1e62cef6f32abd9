#!/usr/bin/env node
/**
 * Draw the add-in's icons: a finance-blue tile with a white table grid and a green check mark.
 * Pure Node (zlib + a tiny PNG encoder), 4×4 supersampling for smooth edges. Writes
 * assets/icon-{16,32,64,80,128}.png — the sizes manifest.xml names.
 *   node scripts/make-icons.js [outDir]
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [31, 78, 121]; // #1F4E79
const LIGHT = [222, 235, 247]; // header row
const GRID = [31, 78, 121];
const WHITE = [255, 255, 255];
const GREEN = [46, 160, 67]; // #2EA043

// ---- geometry in unit coordinates (0..1, y down) ------------------------------------------
function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function distToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const CHECK = [
  [0.44, 0.64],
  [0.58, 0.78],
  [0.88, 0.44],
];

function checkDist(x, y) {
  return Math.min(distToSegment(x, y, ...CHECK[0], ...CHECK[1]), distToSegment(x, y, ...CHECK[1], ...CHECK[2]));
}

/** Colour of one sample point, or null for transparent. `px` is one pixel in unit size. */
function sample(x, y, px) {
  const line = Math.max(0.035, px * 1.0);
  // check mark on top: green stroke with a white rim
  const d = checkDist(x, y);
  const w = Math.max(0.075, px * 1.6);
  if (d <= w) return GREEN;
  if (d <= w + Math.max(0.045, px)) return WHITE;
  // the tile
  if (!roundRect(x, y, 0, 0, 1, 1, 0.18)) return null;
  // the table card
  const x0 = 0.14, x1 = 0.8, y0 = 0.18, y1 = 0.82;
  if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
    const rows = [y0, 0.34, 0.5, 0.66, y1];
    const cols = [x0, 0.36, x1];
    const onRow = rows.some((r) => Math.abs(y - r) <= line / 2);
    const onCol = cols.some((c) => Math.abs(x - c) <= line / 2);
    if (onRow || onCol) return GRID;
    if (y < rows[1]) return LIGHT;
    return WHITE;
  }
  return BLUE;
}

function render(size) {
  const ss = 4;
  const px = 1 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const c = sample((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size, px);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

// ---- PNG -----------------------------------------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const out = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(out, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(out, `icon-${size}.png`);
    fs.writeFileSync(file, png(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

if (require.main === module) main();
module.exports = { render, png, SIZES };
