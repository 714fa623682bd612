/**
 * A synthetic standard address library for benchmarks: roads with plausible Chinese names in
 * the districts of Shanghai, door plates along them, and per door plate units of residential
 * buildings with their rooms, until `count` addresses. Deterministic for a seed.
 */
import type { AddressRecord } from '../../server/src/addresses/store/address-record.ts';
import { createSeededRandom, pick, randomInteger } from '../../server/src/networks/sample/seeded-random.ts';

const DISTRICTS: [string, string][] = [
  ['310101', '黄浦区'], ['310104', '徐汇区'], ['310105', '长宁区'], ['310106', '静安区'], ['310107', '普陀区'], ['310109', '虹口区'],
  ['310110', '杨浦区'], ['310112', '闵行区'], ['310113', '宝山区'], ['310114', '嘉定区'], ['310115', '浦东新区'], ['310116', '金山区'],
  ['310117', '松江区'], ['310118', '青浦区'], ['310120', '奉贤区'], ['310151', '崇明区'],
];
const NAME_CHARACTERS = '江河湖海山川林园华新民建和平安康宁兴盛丰泰长春秋东南西北中文明光荣金银玉石桥港湾浦塘泾滨虹梅杨柳桃李松竹兰菊'.split('');
const ROAD_SUFFIXES = ['路', '路', '路', '街', '大道', '东路', '西路', '南路', '北路', '中路', '支路'];

/** One synthetic address library. */
export interface GeneratedAddressLibrary {
  records: AddressRecord[];
  /** Labels of some door plates, rooms, and their full texts, to query with. */
  doorPlates: { label: string; fullText: string; district: string }[];
  rooms: { label: string }[];
}

/** Generates about `count` addresses (door plates, units, rooms). */
export function generateAddressLibrary(count: number, seed = 20261207): GeneratedAddressLibrary {
  const random = createSeededRandom(seed);
  const records: AddressRecord[] = [];
  const doorPlates: GeneratedAddressLibrary['doorPlates'] = [];
  const rooms: GeneratedAddressLibrary['rooms'] = [];
  const names = new Set<string>();
  let road = 0;
  while (records.length < count) {
    const [districtCode, district] = DISTRICTS[road % DISTRICTS.length];
    let name: string;
    do name = `${pick(random, NAME_CHARACTERS)}${pick(random, NAME_CHARACTERS)}${pick(random, ROAD_SUFFIXES)}`;
    while (names.has(`${districtCode}${name}`));
    names.add(`${districtCode}${name}`);
    const lon = 121.2 + random() * 0.6;
    const lat = 30.9 + random() * 0.5;
    const plates = randomInteger(random, 10, 60);
    for (let plate = 1; plate <= plates && records.length < count; plate++) {
      const number = plate * 2 - (plate % 2);
      const code = `${districtCode}000000-${String(road + 1).padStart(5, '0')}-${String(number).padStart(5, '0')}`;
      const elements = { province: '上海市', city: '上海市', district, road: name, roadNo: `${number}号` };
      const point: [number, number] = [lon + plate * 0.0002, lat];
      records.push({ code, level: 'roadNo', elements, aliases: [], parentCode: null, divisionCode: districtCode, point, building: null });
      if (doorPlates.length < 5000 && random() < 0.3) doorPlates.push({ label: `${name}${number}号`, fullText: `上海市${district}${name}${number}号`, district });
      const units = random() < 0.6 ? randomInteger(random, 1, 4) : 0;
      const floors = randomInteger(random, 6, 18);
      for (let unit = 1; unit <= units && records.length < count; unit++) {
        const unitCode = `${code}-001-${String(unit).padStart(2, '0')}`;
        records.push({ code: unitCode, level: 'unit', elements: { ...elements, unit: `${unit}单元` }, aliases: [], parentCode: code, divisionCode: districtCode, point, building: null });
        for (let floor = 1; floor <= floors && records.length < count; floor++) {
          for (let flat = 1; flat <= 2 && records.length < count; flat++) {
            const room = `${floor}${String(flat).padStart(2, '0')}室`;
            records.push({ code: `${unitCode}-${String(floor * 100 + flat).padStart(4, '0')}`, level: 'room', elements: { ...elements, unit: `${unit}单元`, room }, aliases: [], parentCode: unitCode, divisionCode: districtCode, point, building: null });
            if (rooms.length < 2000 && random() < 0.002) rooms.push({ label: `${name}${number}号${unit}单元${room}` });
          }
        }
      }
    }
    road++;
  }
  return { records, doorPlates, rooms };
}
