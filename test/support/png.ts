/**
 * A small PNG reader for tests that inspect renderings (LibreOffice's chart exports,
 * Chromium's screenshots): 8-bit greyscale, RGB, RGBA or palette images, not interlaced,
 * decoded with Node's own zlib (no image library in the dependencies).
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export interface Png {
  readonly width: number;
  readonly height: number;
  /** [red, green, blue] of the pixel at (x, y), alpha composited over white. */
  rgb(x: number, y: number): [number, number, number];
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

export function readPng(path: string): Png {
  const file = readFileSync(path);
  if (file.readUInt32BE(0) !== 0x89504e47) throw new Error(`${path} is not a PNG`);
  let offset = 8;
  let header: {
    width: number;
    height: number;
    depth: number;
    colour: number;
    interlace: number;
  } | null = null;
  let palette: Buffer | null = null;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const chunk = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: chunk.readUInt32BE(0),
        height: chunk.readUInt32BE(4),
        depth: chunk[8],
        colour: chunk[9],
        interlace: chunk[12],
      };
    } else if (type === 'PLTE') palette = chunk;
    else if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  if (!header) throw new Error(`${path} has no IHDR`);
  const { width, height, depth, colour, interlace } = header;
  const channels = CHANNELS[colour];
  if (depth !== 8 || interlace !== 0 || channels === undefined) {
    throw new Error(
      `${path}: only 8-bit, non-interlaced PNGs are read (depth ${depth}, colour ${colour})`,
    );
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`${path}: unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb(x, y) {
      const at = y * stride + x * channels;
      if (colour === 3) {
        const index = pixels[at] * 3;
        if (!palette) throw new Error(`${path}: palette image without PLTE`);
        return [palette[index], palette[index + 1], palette[index + 2]];
      }
      const grey = colour === 0 || colour === 4;
      const rgb: [number, number, number] = grey
        ? [pixels[at], pixels[at], pixels[at]]
        : [pixels[at], pixels[at + 1], pixels[at + 2]];
      const alpha = colour === 4 ? pixels[at + 1] : colour === 6 ? pixels[at + 3] : 255;
      return rgb.map((value) => Math.round((value * alpha + 255 * (255 - alpha)) / 255)) as [
        number,
        number,
        number,
      ];
    },
  };
}
