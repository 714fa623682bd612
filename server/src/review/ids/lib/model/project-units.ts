/**
 * Converts model measure values to the SI units IDS values are written in. Reads the project's
 * unit assignment (IfcProject.UnitsInContext) once: SI units with prefixes (squared and cubed for
 * area and volume), conversion-based units through their IfcMeasureWithUnit factor (and offset),
 * derived units as products of their elements, and the Celsius offset. A property or quantity may
 * name its own unit, which then wins over the project unit.
 */
import type { IfcAPI } from 'web-ifc';
import { MEASURE_UNIT_TYPES } from '../schema/measure-unit-types.ts';
import { numberOf, refId, refIds, stringOf, type IfcLine } from './ifc-line.ts';

/** Linear conversion to SI: si = value * scale + offset. */
export interface UnitScale {
  scale: number;
  offset: number;
}

const IDENTITY: UnitScale = { scale: 1, offset: 0 };

const PREFIX: Record<string, number> = {
  EXA: 1e18, PETA: 1e15, TERA: 1e12, GIGA: 1e9, MEGA: 1e6, KILO: 1e3, HECTO: 1e2, DECA: 1e1,
  DECI: 1e-1, CENTI: 1e-2, MILLI: 1e-3, MICRO: 1e-6, NANO: 1e-9, PICO: 1e-12, FEMTO: 1e-15, ATTO: 1e-18,
};

/** Reads unit lines of one model; memoises every unit it has read. */
export class ProjectUnits {
  private readonly byType = new Map<string, UnitScale>();
  private readonly byId = new Map<number, UnitScale | null>();

  constructor(private readonly api: IfcAPI, private readonly modelId: number, private readonly line: (id: number) => IfcLine) {
    const projectCode = api.GetTypeCodeFromName('IFCPROJECT');
    const projects = api.GetLineIDsWithType(modelId, projectCode, true);
    for (let i = 0; i < projects.size(); i++) {
      const assignment = refId(line(projects.get(i)).UnitsInContext);
      if (assignment === null) continue;
      for (const unitId of refIds(line(assignment).Units)) {
        const unit = line(unitId);
        const type = stringOf(unit.UnitType);
        const scale = this.unit(unitId);
        if (type && scale && !this.byType.has(type)) this.byType.set(type, scale);
      }
    }
  }

  /** The SI conversion of a unit line (SI, conversion-based or derived), or null when unreadable. */
  unit(id: number, depth = 0): UnitScale | null {
    if (this.byId.has(id)) return this.byId.get(id)!;
    const result = depth > 8 ? null : this.readUnit(this.line(id), depth);
    this.byId.set(id, result);
    return result;
  }

  private readUnit(unit: IfcLine, depth: number): UnitScale | null {
    const className = this.api.GetNameFromTypeCode(unit.type).toUpperCase();
    if (className === 'IFCSIUNIT') {
      const name = stringOf(unit.Name) ?? '';
      const prefix = PREFIX[stringOf(unit.Prefix) ?? ''] ?? 1;
      const power = name.startsWith('SQUARE_') ? 2 : name.startsWith('CUBIC_') ? 3 : 1;
      const gram = name === 'GRAM' ? 1e-3 : 1;
      return { scale: prefix ** power * gram, offset: name === 'DEGREE_CELSIUS' ? 273.15 : 0 };
    }
    if (className === 'IFCCONVERSIONBASEDUNIT' || className === 'IFCCONVERSIONBASEDUNITWITHOFFSET') {
      const factorId = refId(unit.ConversionFactor);
      if (factorId === null) return null;
      const factor = this.line(factorId);
      const value = numberOf(factor.ValueComponent);
      const componentId = refId(factor.UnitComponent);
      const component = componentId === null ? null : this.unit(componentId, depth + 1);
      if (value === null || !component) return null;
      const offset = numberOf(unit.ConversionOffset) ?? 0;
      return { scale: value * component.scale, offset: offset * value * component.scale + component.offset };
    }
    if (className === 'IFCDERIVEDUNIT') {
      let scale = 1;
      for (const elementId of refIds(unit.Elements)) {
        const element = this.line(elementId);
        const base = refId(element.Unit);
        const read = base === null ? null : this.unit(base, depth + 1);
        const exponent = numberOf(element.Exponent) ?? 1;
        if (!read) return null;
        scale *= read.scale ** exponent;
      }
      return { scale, offset: 0 };
    }
    return null;
  }

  /** The conversion for a measure type (e.g. IFCLENGTHMEASURE), honouring an explicit unit line. */
  forMeasure(measure: string, unitId: number | null = null): UnitScale {
    if (unitId !== null) {
      const explicit = this.unit(unitId);
      if (explicit) return explicit;
    }
    const unitType = MEASURE_UNIT_TYPES[measure];
    if (!unitType) return IDENTITY;
    return this.byType.get(unitType) ?? IDENTITY;
  }
}
