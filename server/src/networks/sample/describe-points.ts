import { deflection, type Point } from './polyline-geometry.ts';
import type { SampleSystem } from './sample-system.ts';
import { SegmentGrid } from './segment-grid.ts';

// 特征 from the network around a point; 附属物 by system: valves at water and gas junctions and
// about every VALVE_SPACING, hydrants about every HYDRANT_SPACING, regulators where medium-
// pressure gas feeds low-pressure gas, a manhole at every drain point, cable wells at duct
// junctions and about every WELL_SPACING. Spacings are measured as straight distances to the
// nearest appurtenance of the same kind, which is close enough along streets.

const VALVE_SPACING = 200;
const HYDRANT_SPACING = 120;
const WELL_SPACING = 80;
const BEND_ANGLE = 20;

/** Sets 特征 (when not set) and 附属物 (when not set) of every point of `system`. */
export function describePoints(system: SampleSystem, sources: ReadonlySet<number> = new Set()): void {
  const { points, lines, layout } = system;
  const touching: { line: number; atStart: boolean }[][] = points.map(() => []);
  lines.forEach((line, i) => {
    touching[line.from].push({ line: i, atStart: true });
    touching[line.to].push({ line: i, atStart: false });
  });
  points.forEach((point, i) => {
    if (point.feature) return;
    const around = touching[i];
    if (around.length <= 1) point.feature = '预留口';
    else if (around.length === 2) {
      const [a, b] = around.map(({ line, atStart }) => neighbourVertex(lines[line].vertices, atStart));
      const sizes = new Set(around.map(({ line }) => lines[line].attributes.size));
      point.feature = deflection(a, [point.x, point.y], b) >= BEND_ANGLE ? '弯头' : sizes.size > 1 ? '变径' : '直线点';
    } else point.feature = around.length === 3 ? '三通' : around.length === 4 ? '四通' : '多通';
  });

  const placed = new Map<string, { grid: SegmentGrid; at: Point[] }>();
  const near = (kind: string, p: Point, distance: number): boolean => {
    const entry = placed.get(kind);
    return !!entry?.grid.query(p, p, distance).some((id) => Math.hypot(entry.at[id][0] - p[0], entry.at[id][1] - p[1]) < distance);
  };
  const place = (index: number, kind: string): void => {
    points[index].attachment = kind;
    let entry = placed.get(kind);
    if (!entry) placed.set(kind, (entry = { grid: new SegmentGrid(100), at: [] }));
    const p: Point = [points[index].x, points[index].y];
    entry.grid.insert(entry.at.length, p, p);
    entry.at.push(p);
  };
  const degree = (i: number): number => touching[i].length;

  if (layout.kind === 'gravity') {
    points.forEach((point, i) => {
      if (point.attachment === null && point.feature !== '出水口') place(i, '检查井');
    });
    return;
  }
  if (layout.kind === 'duct') {
    const well = layout.code === 'DL' ? '电力井' : '人孔';
    points.forEach((point, i) => degree(i) !== 2 && place(i, well));
    points.forEach((point, i) => point.attachment === null && !near(well, [point.x, point.y], WELL_SPACING) && place(i, well));
    return;
  }
  for (const i of sources) {
    place(i, '水源');
    points[i].remark = '区外来水，供水入口（生成）';
  }
  if (layout.code === 'RQ') {
    points.forEach((point, i) => {
      const pressures = new Set(touching[i].map(({ line }) => lines[line].attributes.pressure));
      if (pressures.size > 1) {
        place(i, '调压箱');
        point.remark = '中压A→低压（生成）';
      }
    });
  }
  points.forEach((point, i) => point.attachment === null && degree(i) >= 3 && place(i, '阀门'));
  points.forEach((point, i) => point.attachment === null && degree(i) === 2 && !near('阀门', [point.x, point.y], VALVE_SPACING) && place(i, '阀门'));
  if (layout.code === 'JS') {
    points.forEach((point, i) => point.attachment === null && degree(i) === 2 && !near('消火栓', [point.x, point.y], HYDRANT_SPACING) && place(i, '消火栓'));
  }
}

function neighbourVertex(vertices: readonly Point[], atStart: boolean): Point {
  return atStart ? vertices[1] : vertices[vertices.length - 2];
}
