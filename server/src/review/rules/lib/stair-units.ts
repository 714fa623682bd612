import type { ElementRow } from './review-model.ts';
import { clusterRects, planRect, type Rect } from './plan-geometry.ts';

/** One stair as evacuation sees it: an IfcStair and/or its flights, with their plan and vertical extent. */
export interface StairUnit {
  /** The IfcStair, when the model has one for these flights. */
  stair: ElementRow | null;
  flights: ElementRow[];
  rect: Rect;
  z0: number;
  z1: number;
}

/** Flights of one stair lie within this of each other (landings between them). */
const FLIGHT_GAP = 1.5;

/**
 * Groups stairs and flights into stair units. A flight belongs to the IfcStair whose name it
 * extends (`Stair:…:235743` → `Stair:…:235743:1`, as Revit names them) or whose Tag it shares;
 * other flights are grouped by plan proximity. A stair without flights is a unit of its own
 * when it has geometry.
 */
export function groupStairUnits(stairs: readonly ElementRow[], flights: readonly ElementRow[]): StairUnit[] {
  const units: StairUnit[] = [];
  const assigned = new Set<string>();
  for (const stair of stairs) {
    const own = flights.filter((f) => f.bbox && belongsTo(f, stair));
    own.forEach((f) => assigned.add(f.globalId));
    const boxes = [stair.bbox, ...own.map((f) => f.bbox)].filter((b): b is NonNullable<typeof b> => b !== null);
    if (boxes.length === 0) continue;
    units.push({ stair, flights: own, ...envelope(boxes) });
  }
  const loose = flights.filter((f) => f.bbox && !assigned.has(f.globalId));
  for (const group of clusterRects(loose.map((f) => planRect(f.bbox!)), FLIGHT_GAP)) {
    const members = group.map((i) => loose[i]);
    units.push({ stair: null, flights: members, ...envelope(members.map((f) => f.bbox!)) });
  }
  return units;
}

/** The stair a flight belongs to, if any. */
export function stairOfFlight(flight: ElementRow, stairs: readonly ElementRow[]): ElementRow | null {
  return stairs.find((s) => belongsTo(flight, s)) ?? null;
}

function belongsTo(flight: ElementRow, stair: ElementRow): boolean {
  if (flight.spatialPath.some((p) => p.globalId === stair.globalId)) return true;
  if (stair.name && flight.name && flight.name.startsWith(`${stair.name}:`)) return true;
  const tag = stair.attributes.Tag;
  return typeof tag === 'string' && tag !== '' && flight.attributes.Tag === tag;
}

function envelope(boxes: ReadonlyArray<readonly number[]>): { rect: Rect; z0: number; z1: number } {
  return {
    rect: { x0: Math.min(...boxes.map((b) => b[0])), y0: Math.min(...boxes.map((b) => b[1])), x1: Math.max(...boxes.map((b) => b[3])), y1: Math.max(...boxes.map((b) => b[4])) },
    z0: Math.min(...boxes.map((b) => b[2])),
    z1: Math.max(...boxes.map((b) => b[5])),
  };
}

/** True when the stair unit reaches the floor of a storey at `elevation` (arriving or leaving). */
export function stairServesLevel(unit: StairUnit, elevation: number): boolean {
  return unit.z0 <= elevation + 0.3 && unit.z1 >= elevation - 0.3 && unit.z1 - unit.z0 > 0.5;
}
