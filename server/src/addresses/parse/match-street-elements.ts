// Suffix rules for the named levels between the divisions and the door plate: towns and
// communities not in the gazetteer, development zones and roads. Each rule reads at one position
// of the normalised text and takes the shortest name that ends in its suffix (lazy quantifiers),
// so 世纪大道100号 gives 世纪大道 and not 世纪大道100号… . Names are Chinese characters (a road
// may carry digits after its first character); the characters of door plates and buildings
// (号 幢 栋 室 层) never occur inside a name, which stops a rule from running across a number.

/** A rule's match: where it ends and the value it gives. */
export interface RuleMatch {
  end: number;
  value: string;
}

const NAME_CHAR = '(?:(?![号幢栋室层])[\\u3400-\\u9fff])';
const ROAD_SUFFIX = '(?:大道|大街|公路|胡同|路|街(?!道)|巷|(?<![0-9])弄|(?<!街)道)';

/** A numbered section of a long road: 人民南路四段. */
const ROAD_SECTION = '(?:(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})段)?';
const ROAD = new RegExp(`${NAME_CHAR}(?:${NAME_CHAR}|[0-9]){0,11}?${ROAD_SUFFIX}${ROAD_SECTION}`, 'y');
const DEVZONE = new RegExp(
  `(?:(?![路街])${NAME_CHAR}){0,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|技术开发区|开发区|高新区|工业园区|工业园|科技园区|科技园|产业园区|产业园|软件园|创业园|物流园区|物流园|自由贸易试验区|自贸区|保税区|综合实验区|实验区|示范区|试验区|新区|园区)(?![路街巷道])`,
  'y',
);
const TOWN = new RegExp(`(?:(?![路街道])${NAME_CHAR}){2,6}?(?:街道|镇|乡)(?![路街道巷弄])`, 'y');
const COMMUNITY = new RegExp(`${NAME_CHAR}{2,8}?(?:社区居委会|社区居民委员会|社区|居委会|村委会|村民委员会)(?![路街道巷弄])`, 'y');
const VILLAGE = new RegExp(`(?:(?![路街道新])${NAME_CHAR}){1,6}?村(?![路街道巷弄委民])`, 'y');

/**
 * Directions and ordinals that extend a place name into a road name: 北京 + 东路, 中山 + 东一路,
 * 陆家嘴 + 环路, 浦东 + 大道. A division name followed by these and a road suffix is a road.
 */
const ROAD_CONTINUATION = /^[东南西北中环内外新第一二三四五六七八九十]{0,3}(?:大道|大街|公路|胡同|路|街(?!道)|巷|弄|道)/;
/** Words that make a short division name the start of another name: 刘胡兰 + 村, 平潭 + 综合实验区. */
const NAME_CONTINUATION =
  /^(?:村|庄|屯|寨|社区|居委会|小区|新村|花园|大厦|广场|公园|新城|开发区|高新区|工业园|科技园|产业园|园区|综合实验区|实验区|示范区|试验区|自贸区|保税区|新区)/;

function run(pattern: RegExp, text: string, start: number): RuleMatch | null {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match ? { end: start + match[0].length, value: match[0] } : null;
}

/** A road at `start`: 陆家嘴环路, 四川中路, 中山东一路, 世纪大道, 南锣鼓巷 (a 弄 only after a name, not a number). */
export function matchRoad(text: string, start: number): RuleMatch | null {
  return run(ROAD, text, start);
}

/** A development zone or park at `start`: 科技园, 张江高科技园区, 漕河泾开发区. */
export function matchDevzone(text: string, start: number): RuleMatch | null {
  return run(DEVZONE, text, start);
}

/** A town written with its suffix but not in the gazetteer (a renamed or merged 街道, 镇, 乡). */
export function matchTownBySuffix(text: string, start: number): RuleMatch | null {
  return run(TOWN, text, start);
}

/**
 * A community by its committee word (…社区, …居委会, …村委会), or a village (…村) when `village`,
 * unless the village word starts a longer name (中关村大街, 中关村软件园).
 */
export function matchCommunityBySuffix(text: string, start: number, village: boolean): RuleMatch | null {
  const community = run(COMMUNITY, text, start);
  if (community || !village) return community;
  const found = run(VILLAGE, text, start);
  return found && !continuesIntoName(text, found.end) ? found : null;
}

/** True when the text at `start` continues a place name into a road (东路, 东一路, 环路, 大道). */
export function continuesIntoRoad(text: string, start: number): boolean {
  return ROAD_CONTINUATION.test(text.slice(start, start + 6));
}

/** True when the text at `start` continues a short place name into a road, a village, a compound or a zone. */
export function continuesIntoName(text: string, start: number): boolean {
  const next = text.slice(start, start + 6);
  return ROAD_CONTINUATION.test(next) || NAME_CONTINUATION.test(next);
}
