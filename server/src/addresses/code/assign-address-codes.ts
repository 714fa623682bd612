/**
 * Codes for addresses that come without one, in the four parts of the 区划式 geocode of
 * GB/T 39609-2020: administrative division (12 digits: the GB/T 2260 district, town and
 * community codes, zeros where unknown), street or compound (5 digits), door plate and
 * building (5 + 3), unit and room (2 + 4), joined by '-' and cut after the address's level:
 *   310101013000-00012-00018            a door plate
 *   310101013000-00012-00018-001-02     unit 2 of building 1
 *   310101013000-00012-00018-001-02-1201 a room
 * The digit widths are this library's reading of the structure, not checked against the
 * printed standard. Sequence numbers count within the parent in natural order of the names
 * (2号 before 10号), so one table always yields the same codes; a table that carries codes
 * keeps them.
 */
import { addressLevelRank, type AddressElements, type AddressLevel } from '@cimtwin/schemas';

/** What a code is made from. */
export interface CodeInput {
  elements: AddressElements;
  level: AddressLevel;
  divisionCode: string | null;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Codes for `inputs`, in their order. */
export function assignAddressCodes(inputs: readonly CodeInput[]): string[] {
  const sequences = new Map<string, Map<string, number>>();
  const keysByParent = new Map<string, Set<string>>();
  const partsOf = (input: CodeInput) => {
    const e = input.elements;
    const division = (input.divisionCode ?? '').padEnd(12, '0').slice(0, 12);
    return [
      ['division', division],
      ['street', [e.devzone, e.road ?? e.poi ?? e.community].filter(Boolean).join('/')],
      ['door', e.road ? (e.roadNo ?? '') : ''],
      ['building', [e.road ? e.poi : undefined, e.building].filter(Boolean).join('/')],
      ['unit', e.unit ?? ''],
      ['room', [e.floor, e.room].filter(Boolean).join('/')],
    ] as const;
  };
  // First pass: every name under every parent, to number them in natural order.
  for (const input of inputs) {
    let parent = '';
    for (const [part, name] of partsOf(input)) {
      if (part !== 'division') {
        const set = keysByParent.get(`${part}|${parent}`) ?? new Set<string>();
        set.add(name);
        keysByParent.set(`${part}|${parent}`, set);
      }
      parent += `|${name}`;
    }
  }
  for (const [key, names] of keysByParent) {
    const sorted = [...names].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : collator.compare(a, b)));
    const numbers = new Map<string, number>();
    let next = 1;
    for (const name of sorted) numbers.set(name, name === '' ? 0 : next++);
    sequences.set(key, numbers);
  }
  const WIDTH = { street: 5, door: 5, building: 3, unit: 2, room: 4 } as const;
  return inputs.map((input) => {
    const parts = partsOf(input);
    const depth = codeDepth(input.level);
    const code: string[] = [parts[0][1]];
    let parent = `|${parts[0][1]}`;
    for (let index = 1; index < parts.length; index++) {
      const [part, name] = parts[index];
      const number = sequences.get(`${part}|${parent}`)?.get(name) ?? 0;
      parent += `|${name}`;
      if (index > depth) break;
      code.push(String(number).padStart(WIDTH[part as keyof typeof WIDTH], '0'));
    }
    // A door plate's building part is cut, a building's door part kept: 1..depth.
    return code.join('-');
  });
}

/** How many parts after the division a code of this level has. */
function codeDepth(level: AddressLevel): number {
  const rank = addressLevelRank(level);
  if (rank <= addressLevelRank('devzone')) return 1;
  if (level === 'road') return 1;
  if (level === 'roadNo') return 2;
  if (level === 'poi' || level === 'building') return 3;
  if (level === 'unit') return 4;
  return 5;
}
