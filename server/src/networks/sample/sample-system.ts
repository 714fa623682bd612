import type { PipeAttributes } from './pipe-attributes.ts';
import type { Point } from './polyline-geometry.ts';
import type { SystemLayout } from './street-layout.ts';

/** A survey point (管线点) of a generated system. */
export interface SamplePoint {
  x: number;
  y: number;
  /** The street junction or end it sits beside, or null. */
  roadNode: number | null;
  /** 地面高程, metres (Wusong datum). */
  ground: number;
  /** 埋深: to the pipe top for pressure pipes and ducts, to the deepest invert for drain manholes. */
  depth: number;
  /** 特征, e.g. 三通, 弯头, 直线点. */
  feature: string;
  /** 附属物, e.g. 阀门, 检查井; null when the point has none. */
  attachment: string | null;
  remark: string | null;
  /** 物探点号, assigned last. */
  number: string;
}

/** A pipe segment (管线段) between two survey points, drawn from start to end. */
export interface SampleLine {
  from: number;
  to: number;
  vertices: Point[];
  /** Depth at each end: to the top for pressure pipes and ducts, to the invert for drains. */
  startDepth: number;
  endDepth: number;
  attributes: PipeAttributes;
  /** The street edge the segment lies under (for diagnostics, not written). */
  edge: number;
  remark: string | null;
}

/** One generated system: its layout, points and segments. */
export interface SampleSystem {
  layout: SystemLayout;
  points: SamplePoint[];
  lines: SampleLine[];
}

/** Length of a segment's drawn geometry, metres. */
export function lineLength(line: SampleLine): number {
  let length = 0;
  for (let i = 1; i < line.vertices.length; i++) length += Math.hypot(line.vertices[i][0] - line.vertices[i - 1][0], line.vertices[i][1] - line.vertices[i - 1][1]);
  return length;
}
