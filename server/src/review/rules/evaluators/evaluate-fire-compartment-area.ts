import type { Subject } from '../lib/check-tally.ts';
import { subjectOf } from '../lib/check-tally.ts';
import { elementNames, round, spaceAreas } from '../lib/element-values.ts';
import { fireCompartmentLimit, type CompartmentLimits } from '../lib/fire-compartment-limit.ts';
import { numberParam, patternParam, type RuleEvaluator } from '../lib/rule-context.ts';
import type { StoreyLocation } from '../lib/storey-levels.ts';

const LOCATION_RANK: Record<StoreyLocation, number> = { 'above-ground': 0, 'semi-basement': 1, basement: 2 };

/**
 * 防火分区面积: each fire compartment (IfcZone matching the compartment pattern, area from
 * its member spaces) against Table 5.3.1; storeys no compartment zone covers are checked
 * whole, with their outline area.
 */
export const evaluateFireCompartmentArea: RuleEvaluator = async (ctx) => {
  const { facts, tally } = ctx;
  const [levels, outline, rooms, zones, { buildingClass, basis }] = await Promise.all([
    facts.levels(),
    facts.outline(),
    facts.rooms(),
    facts.elements(['IfcZone']),
    facts.buildingClass(),
  ]);
  const limits = Object.fromEntries(
    ['maxAreaHighRise', 'maxAreaRating12', 'maxAreaRating3', 'maxAreaRating4', 'maxAreaUnderground', 'maxAreaUndergroundEquipment', 'sprinklerFactor'].map((n) => [n, numberParam(ctx, n)]),
  ) as unknown as CompartmentLimits;
  const rating = (ctx.params.fireResistanceRating ?? '1-2') as '1-2' | '3' | '4';
  const sprinklers = ctx.params.sprinklers === true;
  const compartmentPattern = patternParam(ctx, 'compartmentZonePattern');
  const equipmentPattern = patternParam(ctx, 'equipmentZonePattern');
  const levelById = new Map(levels.map((l) => [l.globalId, l]));
  const spaceById = new Map(rooms.map((r) => [r.space.globalId, r.space]));
  tally.note(`Building class ${buildingClass} (${basis}); fire resistance rating ${rating}; ${sprinklers ? 'fully sprinklered' : 'no full sprinkler system'}.`);

  const judge = (subject: Subject, area: number, location: StoreyLocation, equipment: boolean, how: string): void => {
    const { limit, basis: row } = fireCompartmentLimit({ location, buildingClass, fireResistanceRating: rating, sprinklers, equipment }, limits);
    const measured = round(area, 2);
    tally.judge(
      subject,
      { requirement: '防火分区建筑面积 compartment floor area', measured, required: `≤ ${limit}`, unit: 'm²' },
      measured <= limit + 1e-9,
      measured <= limit + 1e-9
        ? `${how}: ${measured} m² within ${limit} m² (${row}).`
        : `${how}: ${measured} m² exceeds the ${limit} m² allowed (${row})${how.startsWith('Storey') ? '; if fire walls divide the storey, model each compartment as an IfcZone named 防火分区 with its spaces' : ''}.`,
    );
  };

  const compartments = zones.filter((zone) => elementNames(zone).some((n) => compartmentPattern.test(n)));
  const covered = new Set<string>();
  for (const zone of compartments) {
    const members = (zone.members ?? []).map((id) => spaceById.get(id)).filter((s) => s !== undefined);
    if (members.length === 0) {
      tally.missing(subjectOf(zone), { requirement: '防火分区建筑面积 compartment floor area', required: 'member spaces with areas', unit: 'm²' }, 'The compartment zone has no member IfcSpace in the model (IfcRelAssignsToGroup); its area cannot be measured.');
      continue;
    }
    let area = 0;
    let netUsed = 0;
    let missing = 0;
    let location: StoreyLocation = 'above-ground';
    for (const space of members) {
      const { gross, net } = spaceAreas(space);
      if (gross) area += gross.value;
      else if (net) (area += net.value), netUsed++;
      else missing++;
      const level = space.storeyGlobalId ? levelById.get(space.storeyGlobalId) : undefined;
      if (level) {
        covered.add(level.globalId);
        if (LOCATION_RANK[level.location] > LOCATION_RANK[location]) location = level.location;
      }
    }
    const equipment = elementNames(zone).some((n) => equipmentPattern.test(n));
    const caveats = [netUsed ? `${netUsed} space(s) without gross area counted with their net area` : '', missing ? `${missing} space(s) without any area left out` : ''].filter(Boolean).join('; ');
    judge(subjectOf(zone), area, location, equipment, `Compartment of ${members.length} spaces${caveats ? ` (${caveats})` : ''}`);
  }
  if (compartments.length > 0) tally.note(`${compartments.length} compartment zone(s) found.`);
  else tally.note('No IfcZone matches the compartment pattern: each storey is checked as one compartment with its outline area.');

  for (const storey of outline.storeys) {
    if (covered.has(storey.level.globalId) || storey.area <= 0) continue;
    const subject = { globalId: storey.level.globalId, ifcClass: 'IfcBuildingStorey', name: storey.level.name };
    judge(subject, storey.area, storey.level.location, false, `Storey ${storey.level.name ?? storey.level.globalId} (${storey.level.location}) as one compartment, outline area`);
  }
};

