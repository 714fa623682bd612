// Words around an address that are not part of it. Three kinds, treated differently:
// - neutral: a country or a label in front (中国, 中华人民共和国, 地址, 收货地址); dropped freely,
//   only before the first element;
// - filler: words that locate near the address (位于, 附近, 对面, 旁边, 东侧, 路南, an intersection
//   与…交口, a road segment 北段); dropped, but the address they qualify is less certain, so they
//   lower the confidence;
// - contact: telephone numbers, a 6-digit postcode and their labels; not address text, kept in
//   `unparsed` for the caller (a form may have put them in the wrong field).

/** Kinds of non-address text, see the file note. */
export type NoiseKind = 'neutral' | 'filler' | 'contact';

/** A run of non-address text. */
export interface NoiseMatch {
  end: number;
  kind: NoiseKind;
}

const NEUTRAL = /(?:中华人民共和国|中国|(?:详细|通讯|通信|联系|收货|收件|家庭|单位|公司|注册|办公)?(?:地址|住址)(?:是|为)?|位置)/y;
const FILLER =
  /(?:坐落于|坐落在|位于|地处|斜对面|对面|附近|旁边|边上|隔壁|门口|周边|一带|交叉口|东侧|西侧|南侧|北侧|楼下|路[东南西北](?:侧|面)?(?![路街道])|[东南西北中]段|与[\u3400-\u9fff]{1,12}?(?:交叉口|交口|路口|交汇处|交界处))/y;
const CONTACT_LABEL = /(?:联系电话|联系方式|电话|手机|联系人|邮政编码|邮编|Tel|Phone)/iy;
const MOBILE = /(?:\+?86-?)?1[3-9]\d{9}(?!\d)/y;
const LANDLINE = /(?:\(0\d{2,3}\)-?\d{7,8}|0\d{2,3}-\d{7,8}|0\d{9,11})(?:-\d{1,5})?(?!\d)/y;
const POSTCODE = /[0-8]\d{5}(?![\d号弄幢栋座楼层室户单元#FfA-Za-z-]|支弄)/y;

function length(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match ? match[0].length : 0;
}

/**
 * Non-address text at `start`, or `null`. `beforeElements` is true while no element has been
 * placed: only then are labels and the country dropped as neutral.
 */
export function matchAddressNoise(text: string, start: number, beforeElements: boolean): NoiseMatch | null {
  if (beforeElements) {
    const neutral = length(NEUTRAL, text, start);
    if (neutral > 0) return { end: start + neutral, kind: 'neutral' };
  }
  const filler = length(FILLER, text, start);
  if (filler > 0) return { end: start + filler, kind: 'filler' };
  const label = length(CONTACT_LABEL, text, start);
  const numberStart = start + label;
  const number = length(MOBILE, text, numberStart) || length(LANDLINE, text, numberStart) || length(POSTCODE, text, numberStart);
  if (label > 0 || number > 0) return { end: numberStart + number, kind: 'contact' };
  return null;
}
