/**
 * Reads the project's length, area and volume units (IfcProject.UnitsInContext) as scales to
 * metres, square metres and cubic metres. Handles SI units with prefixes and conversion-based
 * units (foot, inch) through their IfcMeasureWithUnit factor.
 */
import { WebIfc } from './web-ifc.ts';
import type { IfcAPI } from 'web-ifc';
import { numberValue, refId, refIds, stringValue, type IfcLine } from './ifc-values.ts';

/** Scales of the project units to SI. */
export interface ProjectUnits {
  lengthUnit: string;
  lengthScale: number;
  areaScale: number;
  volumeScale: number;
}

const PREFIX: Record<string, number> = {
  EXA: 1e18, PETA: 1e15, TERA: 1e12, GIGA: 1e9, MEGA: 1e6, KILO: 1e3, HECTO: 1e2, DECA: 1e1,
  DECI: 1e-1, CENTI: 1e-2, MILLI: 1e-3, MICRO: 1e-6, NANO: 1e-9, PICO: 1e-12, FEMTO: 1e-15, ATTO: 1e-18,
};

const POWER: Record<string, number> = { LENGTHUNIT: 1, AREAUNIT: 2, VOLUMEUNIT: 3 };

/** Scale of one unit line to SI, and its name; null when it cannot be read. */
function unitScale(api: IfcAPI, modelId: number, unit: IfcLine, depth = 0): { name: string; scale: number } | null {
  const className = api.GetNameFromTypeCode(unit.type).toUpperCase();
  const unitType = stringValue(unit.UnitType) ?? '';
  if (className === 'IFCSIUNIT') {
    const prefix = stringValue(unit.Prefix);
    const name = stringValue(unit.Name) ?? '';
    const base = prefix ? PREFIX[prefix] ?? 1 : 1;
    return { name: prefix ? `${prefix} ${name}` : name, scale: base ** (POWER[unitType] ?? 1) };
  }
  if (className === 'IFCCONVERSIONBASEDUNIT' || className === 'IFCCONVERSIONBASEDUNITWITHOFFSET') {
    if (depth > 3) return null;
    const factorId = refId(unit.ConversionFactor);
    if (factorId === null) return null;
    const factor = api.GetLine(modelId, factorId);
    const value = numberValue(factor.ValueComponent);
    const componentId = refId(factor.UnitComponent);
    const component = componentId === null ? null : unitScale(api, modelId, api.GetLine(modelId, componentId), depth + 1);
    if (value === null || !component) return null;
    return { name: stringValue(unit.Name) ?? 'conversion-based unit', scale: value * component.scale };
  }
  return null;
}

/** Reads the project units; defaults to metres when the file declares none. */
export function readProjectUnits(api: IfcAPI, modelId: number): ProjectUnits {
  const units: ProjectUnits = { lengthUnit: 'METRE', lengthScale: 1, areaScale: 1, volumeScale: 1 };
  const projects = api.GetLineIDsWithType(modelId, WebIfc.IFCPROJECT);
  if (projects.size() === 0) return units;
  const assignmentId = refId(api.GetLine(modelId, projects.get(0)).UnitsInContext);
  if (assignmentId === null) return units;
  for (const unitId of refIds(api.GetLine(modelId, assignmentId).Units)) {
    const unit = api.GetLine(modelId, unitId);
    const unitType = stringValue(unit.UnitType);
    if (!unitType || !(unitType in POWER)) continue;
    const read = unitScale(api, modelId, unit);
    if (!read || !(read.scale > 0)) continue;
    if (unitType === 'LENGTHUNIT') {
      units.lengthUnit = read.name;
      units.lengthScale = read.scale;
    } else if (unitType === 'AREAUNIT') units.areaScale = read.scale;
    else units.volumeScale = read.scale;
  }
  return units;
}
