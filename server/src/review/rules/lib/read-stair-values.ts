import type { ElementRow } from './review-model.ts';
import { toNumber, type SourcedValue } from './element-values.ts';

// Stair counts and step sizes sit in the element's own attributes (IfcStairFlight
// NumberOfRisers in IFC4, NumberOfRiser in IFC2X3, RiserHeight, TreadLength) and again in
// Pset_StairFlightCommon / Pset_StairCommon. Exporters disagree between the two: Revit 2011
// writes the attributes in feet in metre files (riser 0.6357 for 0.19375 m), so every
// candidate is read and the first plausible one used; implausible ones are reported.

/** Riser heights above this are not risers (GB 50352 allows at most 0.20 m). */
export const MAX_PLAUSIBLE_RISER = 0.3;
/** Tread lengths above this are not treads. */
export const MAX_PLAUSIBLE_TREAD = 0.6;

/** Candidates of one value, in the order they are trusted. */
function candidates(element: ElementRow, names: readonly string[]): Array<SourcedValue<number>> {
  const found: Array<SourcedValue<number>> = [];
  for (const setName of ['Pset_StairFlightCommon', 'Pset_StairCommon']) {
    const set = element.propertySets[setName];
    for (const name of names) {
      const n = toNumber(set?.[name]);
      if (n !== null) found.push({ value: n, source: `${setName}.${name}` });
    }
  }
  for (const name of names) {
    const n = toNumber(element.attributes[name]);
    if (n !== null) found.push({ value: n, source: `attributes.${name}` });
  }
  return found;
}

/** Number of risers of a flight or stair. */
export function riserCount(element: ElementRow): SourcedValue<number> | null {
  return candidates(element, ['NumberOfRisers', 'NumberOfRiser']).find((c) => c.value > 0 && Number.isInteger(c.value)) ?? null;
}

/** A step size: the plausible value, and the implausible ones seen (to report). */
export function stepSize(element: ElementRow, which: 'riser' | 'tread'): { value: SourcedValue<number> | null; implausible: Array<SourcedValue<number>> } {
  const names = which === 'riser' ? ['RiserHeight'] : ['TreadLength'];
  const max = which === 'riser' ? MAX_PLAUSIBLE_RISER : MAX_PLAUSIBLE_TREAD;
  const all = candidates(element, names).filter((c) => c.value > 0);
  return { value: all.find((c) => c.value <= max) ?? null, implausible: all.filter((c) => c.value > max) };
}
