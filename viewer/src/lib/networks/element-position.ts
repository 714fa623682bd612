import type { NetworkFeature } from '../api/network-types.ts';

/**
 * Where to look at an element: a point's position, or the middle vertex (or the middle of the
 * only segment) of a line; undefined without geometry.
 */
export function elementPosition(feature: Pick<NetworkFeature, 'geometry'>): [number, number] | undefined {
  const geometry = feature.geometry;
  if (!geometry) return undefined;
  if (geometry.type === 'Point') return geometry.coordinates as [number, number];
  if (geometry.type !== 'LineString') return undefined;
  const line = geometry.coordinates as [number, number][];
  if (line.length === 0) return undefined;
  if (line.length % 2 === 1) return line[(line.length - 1) / 2];
  const [a, b] = [line[line.length / 2 - 1], line[line.length / 2]];
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
