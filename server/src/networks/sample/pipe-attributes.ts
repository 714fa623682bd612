import type { RoadClass } from './read-road-lines.ts';
import { pick, randomInteger, type Random } from './seeded-random.ts';
import type { SystemCode } from './street-layout.ts';

// Sizes, materials and years of the pressure pipes and ducts, drawn once per OSM way so a street
// keeps one main. Values follow common Shanghai practice as the generator's choice: ductile iron
// for water mains, steel or PE for gas, one-layer duct banks for power (排管) and telecom (管块), so
// the layers of the cross-section stay thin (see build-pressure-system.ts).
// Drain sizes come from the drainage plan (plan-drainage.ts), their materials from drainMaterial.

/** Attributes of one pipe run, as they go into the line table. */
export interface PipeAttributes {
  /** 管径 text: "DN300", "D600" or "宽×高" in millimetres. */
  size: string;
  /** Diameter or height in metres, for depths and clearances. */
  height: number;
  /** Outer width (or outer diameter) in metres, for horizontal clearances. */
  width: number;
  holes: number | null;
  material: string;
  burial: string;
  pressure: string | null;
  year: number;
}

const WATER_DN: Record<RoadClass, number[]> = { primary: [400, 500], secondary: [300, 400], tertiary: [300], minor: [150, 200], link: [150] };
const GAS_DN: Record<RoadClass, number[]> = { primary: [200, 250], secondary: [200], tertiary: [150, 200], minor: [150], link: [150] };
const POWER_DUCT: Record<RoadClass, [number, number, number]> = { primary: [1300, 300, 8], secondary: [1000, 300, 6], tertiary: [700, 300, 4], minor: [700, 300, 4], link: [700, 300, 4] };
const TELECOM_DUCT: Record<RoadClass, [number, number, number]> = { primary: [1080, 250, 18], secondary: [720, 250, 12], tertiary: [360, 250, 6], minor: [360, 250, 6], link: [360, 250, 6] };

/** Gas pressure class by street: medium A (中压A) under primary and secondary roads, low (低压) elsewhere. */
export function gasPressure(roadClass: RoadClass): '中压A' | '低压' {
  return roadClass === 'primary' || roadClass === 'secondary' ? '中压A' : '低压';
}

/** Attributes of a pressure pipe or duct of `code` under a street of `roadClass`. */
export function pressureAttributes(code: Exclude<SystemCode, 'YS' | 'WS'>, roadClass: RoadClass, random: Random): PipeAttributes {
  if (code === 'JS') {
    const dn = pick(random, WATER_DN[roadClass]);
    const year = randomInteger(random, 1995, 2022);
    const material = dn >= 500 && year < 2003 ? '钢' : dn <= 200 && year >= 2008 ? 'PE' : '球墨铸铁';
    return { size: `DN${dn}`, height: dn / 1000, width: outerDiameter(dn, material), holes: null, material, burial: '直埋', pressure: '0.3MPa', year };
  }
  if (code === 'RQ') {
    const dn = pick(random, GAS_DN[roadClass]);
    const pressure = gasPressure(roadClass);
    const year = randomInteger(random, 1995, 2022);
    const material = pressure === '中压A' ? (year >= 2005 && dn <= 250 ? 'PE' : '钢') : year >= 2000 ? 'PE' : '铸铁';
    return { size: `DN${dn}`, height: dn / 1000, width: outerDiameter(dn, material), holes: null, material, burial: '直埋', pressure, year };
  }
  const [w, h, holes] = (code === 'DL' ? POWER_DUCT : TELECOM_DUCT)[roadClass];
  const year = randomInteger(random, 1998, 2022);
  return { size: `${w}×${h}`, height: h / 1000, width: w / 1000, holes, material: code === 'DL' ? '铜' : '光纤', burial: code === 'DL' ? '排管' : '管块', pressure: null, year };
}

/** Attributes of a drain of nominal diameter `diameter` millimetres laid in `year`. */
export function drainAttributes(code: 'YS' | 'WS', diameter: number, year: number): PipeAttributes {
  const material = diameter <= (code === 'YS' ? 600 : 500) && year >= 2008 ? 'HDPE' : '钢筋混凝土';
  return { size: `D${diameter}`, height: diameter / 1000, width: outerDiameter(diameter, material), holes: null, material, burial: '直埋', pressure: null, year };
}

/** Outer diameter in metres of a pipe of nominal size `dn` millimetres: thick walls for concrete, thin for the rest. */
export function outerDiameter(dn: number, material: string): number {
  if (material === '钢筋混凝土') return (dn * 1.2) / 1000;
  if (material === 'PE' || material === 'HDPE') return (dn * 1.1) / 1000;
  return (dn + 25) / 1000;
}
