import { doorSitsInRoomWall, planRect, rangesOverlap } from './plan-geometry.ts';
import type { ElementRow } from './review-model.ts';

/** The doors set in a room's walls on its own level (by their boxes, see plan-geometry.ts). */
export function doorsOfRoom(room: ElementRow, doors: readonly ElementRow[]): ElementRow[] {
  if (!room.bbox) return [];
  const rect = planRect(room.bbox);
  return doors.filter((d) => d.bbox && rangesOverlap(room.bbox![2], room.bbox![5], d.bbox[2], d.bbox[5]) && doorSitsInRoomWall(rect, planRect(d.bbox)));
}
