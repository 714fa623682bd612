import { subjectOf } from '../lib/check-tally.ts';
import { displayName, round, toNumber } from '../lib/element-values.ts';
import { findAtGradeExternalDoors } from '../lib/find-external-doors.ts';
import type { RoomType } from '@cimtwin/schemas';
import { tableParam, type RuleEvaluator } from '../lib/rule-context.ts';
import { doorsOfRoom } from '../lib/doors-of-room.ts';

/** The door role (row of Table 5.8.7) a room on one side of a door gives it. */
const ROLE_OF: Partial<Record<RoomType, string>> = {
  'bedroom-double': 'bedroom',
  'bedroom-single': 'bedroom',
  bedroom: 'bedroom',
  bedsitter: 'bedroom',
  'living-room': 'living-room',
  'dining-room': 'living-room',
  kitchen: 'kitchen',
  bathroom: 'bathroom',
  toilet: 'bathroom',
  balcony: 'balcony',
};

/** 门洞最小尺寸 (GB 50096-2011 Table 5.8.7): door openings by the rooms they serve. */
export const evaluateDwellingDoorOpening: RuleEvaluator = async (ctx) => {
  const [doors, rooms, external] = await Promise.all([ctx.facts.elements(['IfcDoor']), ctx.facts.rooms(), findAtGradeExternalDoors(ctx.knex, ctx.model, ctx.facts)]);
  const table = tableParam(ctx, 'openings');
  const roomsOfDoor = new Map<string, typeof rooms>();
  for (const room of rooms) for (const door of doorsOfRoom(room.space, doors)) roomsOfDoor.set(door.globalId, [...(roomsOfDoor.get(door.globalId) ?? []), room]);
  for (const door of doors) {
    const sides = roomsOfDoor.get(door.globalId) ?? [];
    const roles = sides.map((r) => (r.roomType ? ROLE_OF[r.roomType.type] : undefined)).filter((r): r is string => r !== undefined);
    if (external.has(door.globalId)) roles.push(String(ctx.params.externalDoorRole ?? 'shared-entrance'));
    const role = roles.sort((a, b) => table[b].width - table[a].width)[0];
    if (!role) {
      const names = sides.map((r) => displayName(r.space)).join(', ');
      ctx.tally.skip(subjectOf(door), 'door role', `Door role unknown: it serves ${names ? `only rooms of unrecognised or unlisted type (${names})` : 'no recognised room'}; not checked.`);
      continue;
    }
    const { width: minWidth, height: minHeight } = table[role];
    const requirement = `门洞宽度 opening width, ${role}`;
    const required = `≥ ${minWidth} (height ≥ ${minHeight})`;
    const width = toNumber(door.attributes.OverallWidth);
    const height = toNumber(door.attributes.OverallHeight);
    if (width === null || height === null) {
      ctx.tally.missing(subjectOf(door), { requirement, required, unit: 'm' }, `The door has no ${width === null ? 'OverallWidth' : 'OverallHeight'}; its opening cannot be measured.`);
      continue;
    }
    const ok = width >= minWidth - 1e-9 && height >= minHeight - 1e-9;
    const serves = sides.map((r) => displayName(r.space)).join(' / ') || 'outside';
    ctx.tally.judge(
      subjectOf(door),
      { requirement, measured: round(width), required, unit: 'm' },
      ok,
      ok
        ? `Opening ${round(width)} × ${round(height)} m (serves ${serves}) meets ${minWidth} × ${minHeight} m.`
        : `Opening ${round(width)} × ${round(height)} m (serves ${serves}) is below the ${minWidth} × ${minHeight} m of a ${role} door.`,
    );
  }
};
