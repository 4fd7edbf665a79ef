// Draws the add-in's ribbon and store icons (a white check mark on a blue tile) as PNG bytes, so no binary is committed.
import { deflateSync } from "node:zlib";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())]);
}

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/**
 * The icon at `size` pixels square, 4×4 supersampled.
 * @example iconPng(32).subarray(1, 4).toString() → "PNG"
 */
export function iconPng(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  const S = 4;
  const r = 0.18;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          const cx = Math.min(Math.max(u, r), 1 - r);
          const cy = Math.min(Math.max(v, r), 1 - r);
          if (Math.hypot(u - cx, v - cy) <= r) tile++;
          const d = Math.min(segDist(u, v, 0.24, 0.52, 0.42, 0.7), segDist(u, v, 0.42, 0.7, 0.78, 0.3));
          if (d <= 0.075) mark++;
        }
      }
      const a = tile / (S * S);
      const m = mark / (S * S);
      const i = (y * size + x) * 4;
      // Blue tile #0F6CBD blended towards white where the mark covers it.
      px[i] = Math.round(15 + (255 - 15) * m);
      px[i + 1] = Math.round(108 + (255 - 108) * m);
      px[i + 2] = Math.round(189 + (255 - 189) * m);
      px[i + 3] = Math.round(255 * a);
    }
  }
  return encodePng(size, size, px);
}

/** Icon sizes the manifest refers to (ribbon 16/32/80, store 32/64). */
export const ICON_SIZES = [16, 32, 64, 80] as const;
