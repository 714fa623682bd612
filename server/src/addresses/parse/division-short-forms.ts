// The short forms people write for a division name, derived from the official name by taking the
// administrative suffix off: 浦东新区 -> 浦东, 杭州市 -> 杭州, 延边朝鲜族自治州 -> 延边,
// 陆家嘴街道 -> 陆家嘴, 银闸社区居委会 -> 银闸, 银闸社区; an autonomous prefecture is also
// written with 州 (延边州), a 新镇 with 镇 (川沙镇 for 川沙新镇). A short form is kept only when at
// least two characters remain (赵县 stays 赵县: 赵 alone would match everywhere) and, for towns
// and communities, when it does not end like a road, a lane or a higher division (南京东路街道
// does not give 南京东路, which is the road far more often than the subdistrict; 多福巷社区居委会
// gives 多福巷社区 but not 多福巷).
import type { DivisionLevel } from '@cimtwin/schemas';

/** The 55 recognised minority nationalities, as they appear in the names of autonomous areas. */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣',
  '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固',
  '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const NATIONALITY = `(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join('|')})族?`;

/** An autonomous area: a stem, one or more nationalities, 自治州/县/旗. */
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:${NATIONALITY})+自治(?:州|县|旗)$`);

const SUFFIXES: Record<DivisionLevel, RegExp> = {
  province: /(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/,
  city: /(?:市|地区|盟|自治州)$/,
  district: /(?:新区|自治县|自治旗|林区|特区|区|县|市|旗)$/,
  town: /(?:街道办事处|街道|民族乡|新镇|镇|乡|苏木)$/,
  community: /(?:社区居民委员会|社区居委会|居民委员会|村民委员会|居委会|村委会)$/,
};

/** Stems that read as a road, a lane or a higher division once the suffix is gone (朝阳区街道). */
const ROAD_LIKE = /(?:路|街|道|巷|弄|里|桥|胡同|区|县|市|省)$/;
/** Towns that are farms, forest farms, zones or offices; their names are only ever written in full. */
const NOT_SHORTENED_TOWN = /(?:农场|林场|牧场|渔场|盐场|开发区|园区|试验区|管委会|管理委员会|片区|办事处|工作站|监狱)/;

function stemOf(level: DivisionLevel, name: string): string | null {
  const autonomous = level === 'city' || level === 'district' ? AUTONOMOUS.exec(name) : null;
  if (autonomous) return autonomous[1];
  const stem = name.replace(SUFFIXES[level], '');
  return stem === name ? null : stem;
}

/**
 * Short forms of an official division name, without the name itself; empty when the name has no
 * safe short form. A community gives its name without the committee word and with 村 or 社区
 * (张家庄村委会 -> 张家庄, 张家庄村; 银闸社区居委会 -> 银闸, 银闸社区).
 */
export function divisionShortForms(level: DivisionLevel, name: string): string[] {
  if (level === 'town' && NOT_SHORTENED_TOWN.test(name)) return [];
  const stem = stemOf(level, name);
  if (stem === null || [...stem].length < 2) return [];
  if (level === 'community') return communityForms(name, stem);
  if (level === 'town' && ROAD_LIKE.test(stem)) return [];
  if (level === 'city' && /自治州$/.test(name)) return [stem, `${stem}州`];
  if (level === 'town' && /新镇$/.test(name)) return [stem, `${stem}镇`];
  return [stem];
}

function communityForms(name: string, stem: string): string[] {
  const forms = new Set<string>();
  if (!ROAD_LIKE.test(stem)) forms.add(stem);
  if (/村(?:民委员会|委会)$/.test(name) && !stem.endsWith('村')) forms.add(`${stem}村`);
  if (/社区(?:居民委员会|居委会)$/.test(name)) forms.add(`${stem}社区`);
  return [...forms];
}
