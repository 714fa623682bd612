import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** A rectangle of a screenshot in CSS pixels (screenshots are taken at device scale 1). */
export interface PixelRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How two screenshots differ inside a region. */
export interface RegionDifference {
  differentPixels: number;
  regionPixels: number;
  /** differentPixels / regionPixels. */
  ratio: number;
}

/** Counts the pixels that differ between two PNG screenshots of equal size inside `region`. */
export function compareScreenshots(a: Buffer, b: Buffer, region: PixelRegion, threshold = 0.1): RegionDifference {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  if (first.width !== second.width || first.height !== second.height) {
    throw new Error(`screenshot-diff: sizes differ (${first.width}x${first.height} vs ${second.width}x${second.height})`);
  }
  const crop = clampRegion(region, first.width, first.height);
  const differentPixels = pixelmatch(
    cropPixels(first, crop),
    cropPixels(second, crop),
    undefined,
    crop.width,
    crop.height,
    { threshold },
  );
  const regionPixels = crop.width * crop.height;
  return { differentPixels, regionPixels, ratio: regionPixels === 0 ? 0 : differentPixels / regionPixels };
}

/** The part of a region that lies on an image of the given size, in whole pixels. */
export function clampRegion(region: PixelRegion, width: number, height: number): PixelRegion {
  const x = Math.max(0, Math.floor(region.x));
  const y = Math.max(0, Math.floor(region.y));
  const right = Math.min(width, Math.ceil(region.x + region.width));
  const bottom = Math.min(height, Math.ceil(region.y + region.height));
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

function cropPixels(image: PNG, region: PixelRegion): Uint8Array {
  const out = new Uint8Array(region.width * region.height * 4);
  for (let row = 0; row < region.height; row++) {
    const start = ((region.y + row) * image.width + region.x) * 4;
    out.set(image.data.subarray(start, start + region.width * 4), row * region.width * 4);
  }
  return out;
}
