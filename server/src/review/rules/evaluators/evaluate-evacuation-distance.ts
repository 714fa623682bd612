import { subjectOf } from '../lib/check-tally.ts';
import { round } from '../lib/element-values.ts';
import { doorsOfRoom } from '../lib/doors-of-room.ts';
import { farthestFromTargets, planRect, rangesOverlap, rectCentre, type Point } from '../lib/plan-geometry.ts';
import { numberParam, tableParam, type RuleEvaluator } from '../lib/rule-context.ts';
import { groupStairUnits } from '../lib/stair-units.ts';

/** Rooms that are themselves evacuation routes or open to the air are not measured. */
const ROUTE_TYPES = new Set(['corridor', 'stair', 'balcony']);

/**
 * 房间内疏散距离 (5.5.17 item 3/4, 5.5.29 item 3): the farthest point of each room from its
 * nearest door, straight line as the code measures. A room without doors of its own (an open
 * kitchen, a gallery reached by a stair) is measured to the nearest door or stair of its level.
 */
export const evaluateEvacuationDistance: RuleEvaluator = async (ctx) => {
  const { facts, tally } = ctx;
  const [rooms, doors, stairs, flights, { use }, { buildingClass, basis }] = await Promise.all([
    facts.rooms(),
    facts.elements(['IfcDoor']),
    facts.elements(['IfcStair']),
    facts.elements(['IfcStairFlight']),
    facts.buildingUse(),
    facts.buildingClass(),
  ]);
  const units = groupStairUnits(stairs, flights);
  const sprinklers = ctx.params.sprinklers === true;
  const factor = sprinklers ? numberParam(ctx, 'sprinklerIncrease') : 1;
  const row = use === 'residential' ? 'residential' : String(ctx.params.occupancy ?? 'general');
  const table = tableParam(ctx, 'deadEndDistances');
  const deadEnd = (table[row] ?? table.general)[buildingClass] * factor;
  const hall = numberParam(ctx, 'hallMaxDistance') * factor;
  tally.note(`Limit ${round(deadEnd, 2)} m (Table ${use === 'residential' ? '5.5.29' : '5.5.17'} ${row}, ${buildingClass}: ${basis}${sprinklers ? `, × ${factor} sprinklers` : ''}).${use === 'residential' ? ' Measured to the room door; the leg to the dwelling entrance is not included.' : ''}`);
  for (const { space, roomType } of rooms) {
    if (roomType && ROUTE_TYPES.has(roomType.type)) continue;
    const requirement = '房间内任一点至疏散门直线距离 distance to the nearest door';
    if (!space.bbox) {
      tally.missing(subjectOf(space), { requirement, required: `≤ ${round(deadEnd, 2)}`, unit: 'm' }, 'The space has no geometry; its evacuation distance cannot be measured.');
      continue;
    }
    const own = doorsOfRoom(space, doors);
    let targets: Point[] = own.map((d) => rectCentre(planRect(d.bbox!)));
    let via = `${own.length} door(s) of the room`;
    if (targets.length === 0) {
      const [z0, z1] = [space.bbox[2], space.bbox[5]];
      const levelDoors = doors.filter((d) => d.bbox && rangesOverlap(z0, z1, d.bbox[2], d.bbox[5]));
      const levelStairs = units.filter((u) => u.z1 >= z0 - 0.3 && u.z0 <= z0 + 0.3);
      targets = [...levelDoors.map((d) => rectCentre(planRect(d.bbox!))), ...levelStairs.map((u) => rectCentre(u.rect))];
      via = `no door of its own: nearest of ${levelDoors.length} door(s) and ${levelStairs.length} stair(s) of its level`;
    }
    const isHall = use === 'public' && (roomType?.type === 'assembly-hall' || roomType?.type === 'dining-room') && own.length >= 2;
    const limit = round(isHall ? hall : deadEnd, 2);
    const farthest = farthestFromTargets(planRect(space.bbox), targets);
    if (!farthest) {
      tally.missing(subjectOf(space), { requirement, required: `≤ ${limit}`, unit: 'm' }, 'No door or stair found on the level of this space; the evacuation distance cannot be measured.');
      continue;
    }
    const distance = round(farthest.distance, 2);
    const at = `(${round(farthest.point[0], 2)}, ${round(farthest.point[1], 2)})`;
    tally.judge(
      subjectOf(space),
      { requirement, measured: distance, required: `≤ ${limit}`, unit: 'm' },
      distance <= limit + 1e-9,
      distance <= limit + 1e-9
        ? `Farthest point ${at} is ${distance} m from the nearest door (${via}); limit ${limit} m${isHall ? ' for a hall (5.5.17 item 4)' : ''}.`
        : `Farthest point ${at} (model metres) is ${distance} m from the nearest door (${via}), more than ${limit} m${isHall ? ' for a hall (5.5.17 item 4)' : ''}.`,
    );
  }
  if (tally.outcome.applicable === 0) tally.note('No rooms to measure (the model has no spaces besides corridors, stairs and balconies).');
};
