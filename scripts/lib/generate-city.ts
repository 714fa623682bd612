import type { SourceFile } from '../../server/src/import/read-source-file.ts';

/**
 * A synthetic city of `count` buildings on a street grid around Pudong: blocks of 4-16
 * buildings, rectangles and L-shapes of 10-60 m, heights from 6 to 250 m skewed low as in a
 * real city, a few with courtyards (holes). Deterministic for a given count.
 */
export function generateCity(count: number): SourceFile {
  let seed = 0x2f6b7a1d;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const metresPerDegreeLat = 110_940;
  const metresPerDegreeLon = 95_220; // at 31.2° N
  const blocksPerRow = Math.ceil(Math.sqrt(count / 9));
  const features: unknown[] = [];
  for (let i = 0; features.length < count; i++) {
    const bx = (i % blocksPerRow) * 160;
    const by = Math.floor(i / blocksPerRow) * 160;
    for (let row = 0; row < 3 && features.length < count; row++) {
      for (let col = 0; col < 3 && features.length < count; col++) {
        const x = bx + 12 + col * 48;
        const y = by + 12 + row * 48;
        const w = 10 + random() * 30;
        const d = 10 + random() * 30;
        const shape = random();
        let rings: number[][][];
        if (shape < 0.2) {
          rings = [rect(x, y, x + w, y + d), rect(x + w * 0.3, y + d * 0.3, x + w * 0.7, y + d * 0.7).reverse()];
        } else if (shape < 0.5) {
          rings = [[[x, y], [x + w, y], [x + w, y + d / 2], [x + w / 2, y + d / 2], [x + w / 2, y + d], [x, y + d], [x, y]]];
        } else {
          rings = [rect(x, y, x + w, y + d)];
        }
        const coordinates = rings.map((ring) => ring.map(([mx, my]) => [121.45 + mx / metresPerDegreeLon, 31.15 + my / metresPerDegreeLat]));
        const height = 6 + Math.round(244 * random() ** 4);
        features.push({ type: 'Feature', properties: { id: features.length + 1, name: `楼 ${features.length + 1}`, height }, geometry: { type: 'Polygon', coordinates } });
      }
    }
  }
  const bytes = new TextEncoder().encode(`synthetic-city-${count}`);
  return { name: `synthetic-city-${count}.geojson`, format: 'geojson', features, bytes };
}

function rect(x0: number, y0: number, x1: number, y1: number): number[][] {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}
