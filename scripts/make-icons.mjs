// Draws Beacon's toolbar icons (normal and discreet "Notes") as PNGs with no dependencies:
// shapes in unit coordinates, 4x4 supersampling, zlib for the PNG stream. Run once; the PNGs
// are committed in public/icon/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** paint(x, y) in [0,1]² returns [r,g,b,a] (0-255) or null for transparent. */
function render(size, paint) {
  const S = 4;
  const out = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = paint((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (!c) continue;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return out;
}

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};

// Beacon: a calm blue tile with a light and one ring around it (a signal, not an alarm).
const BLUE = [31, 95, 168, 255];
const WHITE = [255, 255, 255, 255];
function beacon(x, y) {
  if (!inRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) return null;
  const d = Math.hypot(x - 0.5, y - 0.5);
  if (d <= 0.15) return WHITE;
  if (d >= 0.27 && d <= 0.36) return WHITE;
  return BLUE;
}

// Discreet: a plain note page with a yellow top band and ruled lines, like any notes app.
const PAPER = [250, 250, 247, 255];
const EDGE = [120, 124, 130, 255];
const BAND = [242, 191, 60, 255];
const RULE = [150, 155, 162, 255];
function notes(x, y) {
  const x0 = 0.12,
    x1 = 0.88,
    y0 = 0.06,
    y1 = 0.94,
    r = 0.08,
    edge = 0.045;
  if (!inRoundedRect(x, y, x0, y0, x1, y1, r)) return null;
  if (!inRoundedRect(x, y, x0 + edge, y0 + edge, x1 - edge, y1 - edge, r - edge / 2)) return EDGE;
  if (y < 0.3) return BAND;
  for (const line of [0.45, 0.62, 0.79]) {
    if (Math.abs(y - line) <= 0.035 && x > 0.26 && x < 0.74) return RULE;
  }
  return PAPER;
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  writeFileSync(`public/icon/${size}.png`, png(size, render(size, beacon)));
  writeFileSync(`public/icon/discreet-${size}.png`, png(size, render(size, notes)));
}
console.log('wrote public/icon/{16,32,48,128}.png and discreet-*.png');
