/**
 * Collects the raw georeferencing facts of a model for resolveGeoreference: the first
 * IfcMapConversion with its IfcProjectedCRS (IFC4 and later), the IfcSite reference point, and
 * the TrueNorth of the 3D model context. Nothing is interpreted here.
 */
import { WebIfc } from './web-ifc.ts';
import type { IfcAPI } from 'web-ifc';
import type { IfcGeoreferenceInput } from '../ifc-records.ts';
import { numberList, numberValue, refId, stringValue, type IfcLine } from './ifc-values.ts';
import type { ProjectUnits } from './read-units.ts';

function firstLine(api: IfcAPI, modelId: number, typeCode: number | undefined): IfcLine | null {
  if (typeCode === undefined) return null;
  try {
    const ids = api.GetLineIDsWithType(modelId, typeCode);
    return ids.size() > 0 ? api.GetLine(modelId, ids.get(0)) : null;
  } catch {
    return null;
  }
}

/** Metres per unit of the IfcProjectedCRS.MapUnit line (SI or conversion based), or null. */
function mapUnitScale(api: IfcAPI, modelId: number, unit: IfcLine): number | null {
  const prefixes: Record<string, number> = { KILO: 1e3, DECI: 0.1, CENTI: 0.01, MILLI: 1e-3, MICRO: 1e-6 };
  if (stringValue(unit.Name) === 'METRE') {
    const prefix = stringValue(unit.Prefix);
    return prefix ? prefixes[prefix] ?? null : 1;
  }
  const factorId = refId(unit.ConversionFactor);
  if (factorId === null) return null;
  const factor = api.GetLine(modelId, factorId);
  const value = numberValue(factor.ValueComponent);
  const componentId = refId(factor.UnitComponent);
  const component = componentId === null ? null : api.GetLine(modelId, componentId);
  return value !== null && component && stringValue(component.Name) === 'METRE' && !stringValue(component.Prefix) ? value : null;
}

/** Reads map conversion, site reference and true north of a model. */
export function readGeoreferenceInput(api: IfcAPI, modelId: number, units: ProjectUnits): IfcGeoreferenceInput {
  const input: IfcGeoreferenceInput = { lengthUnitScale: units.lengthScale };
  const map = firstLine(api, modelId, (WebIfc as Record<string, unknown>).IFCMAPCONVERSION as number | undefined);
  if (map) {
    const crsId = refId(map.TargetCRS);
    const crs = crsId === null ? null : api.GetLine(modelId, crsId);
    const mapUnitId = crs ? refId(crs.MapUnit) : null;
    const mapUnit = mapUnitId === null ? null : api.GetLine(modelId, mapUnitId);
    input.mapConversion = {
      crsName: crs ? stringValue(crs.Name) : null,
      eastings: numberValue(map.Eastings) ?? 0,
      northings: numberValue(map.Northings) ?? 0,
      orthogonalHeight: numberValue(map.OrthogonalHeight) ?? 0,
      xAxisAbscissa: numberValue(map.XAxisAbscissa),
      xAxisOrdinate: numberValue(map.XAxisOrdinate),
      scale: numberValue(map.Scale),
      mapUnitScale: mapUnit ? mapUnitScale(api, modelId, mapUnit) : null,
    };
  }
  const site = firstLine(api, modelId, WebIfc.IFCSITE);
  if (site) {
    input.site = {
      refLatitude: numberList(site.RefLatitude),
      refLongitude: numberList(site.RefLongitude),
      refElevation: numberValue(site.RefElevation),
    };
  }
  const contexts = api.GetLineIDsWithType(modelId, WebIfc.IFCGEOMETRICREPRESENTATIONCONTEXT);
  for (let i = 0; i < contexts.size(); i++) {
    const context = api.GetLine(modelId, contexts.get(i));
    const northId = refId(context.TrueNorth);
    if (northId === null) continue;
    const ratios = numberList(api.GetLine(modelId, northId).DirectionRatios);
    if (ratios && ratios.length >= 2) {
      input.trueNorth = [ratios[0], ratios[1]];
      break;
    }
  }
  return input;
}
