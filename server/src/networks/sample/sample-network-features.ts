import { CGCS2000_CM120 } from './cgcs2000.ts';
import type { SampleSystem } from './sample-system.ts';

// The CJJ 61 result tables of one system as two GeoJSON FeatureCollections: 管线点 (points) and
// 管线段 (lines), properties named exactly as the Chinese tables name their columns. Coordinates
// are EPSG:4549 metres rounded to millimetres, with the legacy GeoJSON `crs` member naming the CRS
// (RFC 7946 dropped `crs`, but GDAL and Chinese GIS tools still read it). Every file says in its
// `note` member that the data is generated.

/** What every file says about itself. */
export const SAMPLE_NETWORK_NOTE =
  '生成数据，非实测：沿 OpenStreetMap 道路生成的示意地下管网，管位、规格、埋深、年代与权属均为虚构，不得用于施工或决策。' +
  ' GENERATED, NOT SURVEYED: a fictitious pipe network laid along OpenStreetMap streets (street geometry © OpenStreetMap contributors, ODbL 1.0);' +
  ' positions, sizes, depths, years and owners are invented.';

/** A GeoJSON FeatureCollection with a name, the legacy `crs` member and a `note`. */
export interface SampleFeatureCollection {
  type: 'FeatureCollection';
  name: string;
  crs: { type: 'name'; properties: { name: string } };
  note: string;
  features: { type: 'Feature'; properties: Record<string, string | number | null>; geometry: { type: 'Point' | 'LineString'; coordinates: unknown } }[];
}

const mm = (value: number): number => Math.round(value * 1000) / 1000;

/** The point (管线点) and line (管线段) tables of `system`. */
export function toFeatureCollections(system: SampleSystem): { points: SampleFeatureCollection; lines: SampleFeatureCollection } {
  const { layout, points, lines } = system;
  const prefix = layout.code.toLowerCase();
  const header = (name: string) => ({ type: 'FeatureCollection' as const, name, crs: { type: 'name' as const, properties: { name: CGCS2000_CM120.urn } }, note: SAMPLE_NETWORK_NOTE });
  const gravity = layout.kind === 'gravity';
  return {
    points: {
      ...header(`${prefix}-points`),
      features: points.map((point) => ({
        type: 'Feature',
        properties: {
          物探点号: point.number,
          管线类型: layout.pipeType,
          小类: layout.subtype,
          特征: point.feature,
          附属物: point.attachment,
          地面高程: mm(point.ground),
          埋深: mm(point.depth),
          备注: point.remark,
        },
        geometry: { type: 'Point', coordinates: [mm(point.x), mm(point.y)] },
      })),
    },
    lines: {
      ...header(`${prefix}-lines`),
      features: lines.map((line) => ({
        type: 'Feature',
        properties: {
          起点点号: points[line.from].number,
          终点点号: points[line.to].number,
          管线类型: layout.pipeType,
          小类: layout.subtype,
          起点埋深: mm(line.startDepth),
          终点埋深: mm(line.endDepth),
          管径: line.attributes.size,
          材质: line.attributes.material,
          埋设方式: line.attributes.burial,
          压力: line.attributes.pressure,
          埋设年代: line.attributes.year,
          权属单位: layout.owner,
          流向: gravity ? '起点→终点' : null,
          孔数: line.attributes.holes,
          备注: line.remark,
        },
        geometry: { type: 'LineString', coordinates: lineCoordinates(line.vertices, points[line.from], points[line.to]) },
      })),
    },
  };
}

/** GeoJSON text with one feature per line, so that a change shows as a change of a few lines. */
export function serializeFeatureCollection(collection: SampleFeatureCollection): string {
  const { features, ...head } = collection;
  const opening = JSON.stringify(head).slice(0, -1);
  return `${opening},"features":[\n${features.map((feature) => JSON.stringify(feature)).join(',\n')}\n]}\n`;
}

/** Vertices rounded to millimetres, starting and ending exactly on the end points, without repeats. */
function lineCoordinates(vertices: readonly [number, number][], start: { x: number; y: number }, end: { x: number; y: number }): number[][] {
  const inner = vertices.slice(1, -1).map(([x, y]) => [mm(x), mm(y)]);
  const all = [[mm(start.x), mm(start.y)], ...inner, [mm(end.x), mm(end.y)]];
  const out = all.filter((p, i) => i === 0 || i === all.length - 1 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  if (out.length > 2 && out[out.length - 1][0] === out[out.length - 2][0] && out[out.length - 1][1] === out[out.length - 2][1]) out.splice(out.length - 2, 1);
  return out;
}
