/* global require, __dirname, Buffer, process, console */
/* eslint-disable @typescript-eslint/no-require-imports -- plain Node script, run without a build step */
/**
 * Draws the add-in's icons (a gold star on a green rounded square) as PNGs at the sizes Office asks for:
 * 16, 32 and 80 px for the ribbon, 32 and 64 for the add-in list. Pure Node (zlib), no network, no image
 * package: run `node scripts/makeIcons.js` after changing the drawing; the PNGs are committed in assets/.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [46, 125, 50];
const GOLD = [255, 193, 7];
const SAMPLES = 4; // per axis, for smooth edges

function insideRoundedSquare(x, y, size) {
  const r = size * 0.18;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

const STAR = Array.from({ length: 10 }, (_, i) => {
  const radius = i % 2 === 0 ? 0.4 : 0.16;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return [0.5 + radius * Math.cos(angle), 0.53 + radius * Math.sin(angle)];
});

function insideStar(x, y, size) {
  const px = x / size;
  const py = y / size;
  let inside = false;
  for (let i = 0, j = STAR.length - 1; i < STAR.length; j = i++) {
    const [xi, yi] = STAR[i];
    const [xj, yj] = STAR[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pixels(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter "none"
    for (let x = 0; x < size; x++) {
      let square = 0;
      let star = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const fx = x + (sx + 0.5) / SAMPLES;
          const fy = y + (sy + 0.5) / SAMPLES;
          if (insideRoundedSquare(fx, fy, size)) {
            square++;
            if (insideStar(fx, fy, size)) star++;
          }
        }
      const total = SAMPLES * SAMPLES;
      const starShare = square === 0 ? 0 : star / square;
      const colour = GREEN.map((g, i) => Math.round(g + (GOLD[i] - g) * starShare));
      colour.push(Math.round((255 * square) / total));
      Buffer.from(colour).copy(row, 1 + x * 4);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(pixels(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const folder = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(folder, { recursive: true });
for (const size of SIZES) {
  const file = path.join(folder, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
