import type { SampleLine } from './sample-system.ts';
import type { SystemCode } from './street-layout.ts';

// Minimum clearances between the sample's systems, as this generator reads the horizontal and
// vertical clearance tables of GB 50289-2016 (section 4.1) for its pipes: power in duct banks
// (排管), telecom in duct blocks (管块), medium-A and low-pressure gas. They drive the generator and its tests only; the
// clearance analysis of the platform keeps its own table. Check the standard before relying on
// a number here.

/** Systems from the top down, and the order of the letters of a pair key. */
const ORDER: readonly SystemCode[] = ['TX', 'DL', 'RQ', 'JS', 'YS', 'WS'];

/** GB 50289-2016's recommended top-to-bottom order at crossings (通信, 电力, 燃气, 给水, 雨水, 污水), by system. */
export function crossingOrder(code: SystemCode): number {
  return ORDER.indexOf(code);
}

function pair(a: SystemCode, b: SystemCode): string {
  return crossingOrder(a) <= crossingOrder(b) ? `${a}${b}` : `${b}${a}`;
}

const VERTICAL: Record<string, number> = {
  TXDL: 0.25, TXRQ: 0.15, TXJS: 0.15, TXYS: 0.15, TXWS: 0.15,
  DLRQ: 0.15, DLJS: 0.25, DLYS: 0.25, DLWS: 0.25,
  RQJS: 0.15, RQYS: 0.15, RQWS: 0.15,
  JSYS: 0.4, JSWS: 0.4,
  YSWS: 0.15,
};

/** Minimum vertical clearance where pipes of systems `a` and `b` cross, metres. */
export function verticalClearance(a: SystemCode, b: SystemCode): number {
  return VERTICAL[pair(a, b)] ?? 0.15;
}

/** Minimum horizontal clearance (wall to wall) between parallel pipes `lineA` of `a` and `lineB` of `b`, metres; 0 when none applies. */
export function horizontalClearance(a: SystemCode, lineA: SampleLine, b: SystemCode, lineB: SampleLine): number {
  const key = pair(a, b);
  const first = crossingOrder(a) <= crossingOrder(b) ? lineA : lineB;
  switch (key) {
    case 'TXDL': return 0.5;
    case 'TXRQ': case 'DLRQ': return 1.0;
    case 'TXJS': return 1.0;
    case 'DLJS': return 0.5;
    case 'TXYS': case 'TXWS': return 1.0;
    case 'DLYS': case 'DLWS': return 0.5;
    case 'RQJS': return 0.5;
    case 'RQYS': case 'RQWS': return first.attributes.pressure === '中压A' ? 1.2 : 1.0;
    case 'JSYS': case 'JSWS': return first.attributes.height > 0.2 ? 1.5 : 1.0;
    default: return 0;
  }
}
