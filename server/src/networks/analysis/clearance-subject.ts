import { classifyBurialMethod, gasPressureClasses, type BurialClass, type GasPressureClass, type NetworkLink, type PipeTypeCode } from '@cimtwin/schemas';
import type { PlacedLink } from '../geometry/place-network.ts';

// What the clearance tables need to know about a pipe to pick its row: main type, subtype, gas
// pressure class, diameter and burial form, each null when the data does not say. A missing
// subtype means the main type itself (a JS pipe without subtype is 给水, not 再生水).

/** The attributes of one pipe that choose its row of the clearance table. */
export interface ClearanceSubject {
  pipeType: PipeTypeCode;
  subtype: string | null;
  /** Classes the surveyed 压力 can mean (gas only); null when unknown. */
  pressureClasses: GasPressureClass[] | null;
  /** Nominal (inside) diameter in metres; null when the data gives none. */
  diameter: number | null;
  burial: BurialClass | null;
}

/** The subject of a placed link, or null when it has no pipe type. */
export function clearanceSubject(placed: PlacedLink, link: NetworkLink | undefined): ClearanceSubject | null {
  if (placed.pipeType === null) return null;
  const pressure = placed.pipeType === 'RQ' ? gasPressureClasses(link?.pressureClass) : [];
  const diameter = link?.diameter ?? (placed.sectionAssumed ? null : placed.section.shape === 'round' ? placed.section.diameter : placed.section.width);
  return {
    pipeType: placed.pipeType,
    subtype: placed.pipeSubtype?.trim().toUpperCase() || null,
    pressureClasses: pressure.length > 0 ? pressure : null,
    diameter: diameter !== null && diameter > 0 ? diameter : null,
    burial: classifyBurialMethod(link?.burialMethod),
  };
}

/** A string equal for subjects that read the table alike, to cache lookups by. */
export function subjectKey(subject: ClearanceSubject): string {
  return `${subject.pipeType}|${subject.subtype ?? ''}|${subject.pressureClasses?.join(',') ?? '?'}|${subject.diameter ?? '?'}|${subject.burial ?? '?'}`;
}
