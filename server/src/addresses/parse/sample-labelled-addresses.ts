// Labelled addresses written for the parser's own tests and benchmark, covering each level and
// the usual ways of writing them: full and short division names, abbreviations, typos, lanes,
// ranges, Chinese numerals, full-width digits, building parts, noise around the address. Labels
// follow the rules of data-samples/addresses/evaluation/README.md (official division names;
// province and city inferred from a district, never from a town; N层, N室).
import type { LabelledAddress } from './score-address-parses.ts';

const SH = { province: '上海市', city: '上海市' } as const;
const BJ = { province: '北京市', city: '北京市' } as const;

/** The parser's own labelled cases. */
export const SAMPLE_LABELLED_ADDRESSES: readonly LabelledAddress[] = [
  { text: '上海市浦东新区陆家嘴环路1000号', elements: { ...SH, district: '浦东新区', road: '陆家嘴环路', roadNo: '1000号' } },
  { text: '浦东世纪大道100号', elements: { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' } },
  { text: '沪黄浦区中山东一路18号', elements: { ...SH, district: '黄浦区', road: '中山东一路', roadNo: '18号' } },
  { text: '上海市黄浦区四川中路126弄5号', elements: { ...SH, district: '黄浦区', road: '四川中路', roadNo: '126弄5号' } },
  { text: '上海市黄浦区中山东一路１８号', elements: { ...SH, district: '黄浦区', road: '中山东一路', roadNo: '18号' } },
  { text: '北京市朝阳区建国路88号SOHO现代城3号楼2单元1201室', elements: { ...BJ, district: '朝阳区', road: '建国路', roadNo: '88号', poi: 'SOHO现代城', building: '3号楼', unit: '2单元', room: '1201室' } },
  { text: '浙江省杭州市西湖区文三路478号', elements: { province: '浙江省', city: '杭州市', district: '西湖区', road: '文三路', roadNo: '478号' } },
  { text: '广东省深圳市南山区科技园', elements: { province: '广东省', city: '深圳市', district: '南山区', devzone: '科技园' } },
  { text: '朝阳区', elements: { district: '朝阳区' } },
  { text: '上海市浦冬新区世纪大道100号', elements: { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' } },
  { text: '江苏省南京市鼓楼区', elements: { province: '江苏省', city: '南京市', district: '鼓楼区' } },
  { text: '上海市浦东新区陆家嘴街道', elements: { ...SH, district: '浦东新区', town: '陆家嘴街道' } },
  { text: '上海市黄浦区南京东路151-171号', elements: { ...SH, district: '黄浦区', road: '南京东路', roadNo: '151-171号' } },
  { text: '中山东一路15甲', elements: { road: '中山东一路', roadNo: '15甲号' } },
  { text: '北京东路130号6楼', elements: { road: '北京东路', roadNo: '130号', floor: '6层' } },
  { text: '上海市浦东新区东方路一百零八号', elements: { ...SH, district: '浦东新区', road: '东方路', roadNo: '108号' } },
  { text: '上海市浦东新区峨山路91弄100号楼三单元十二层1201室', elements: { ...SH, district: '浦东新区', road: '峨山路', roadNo: '91弄', building: '100号楼', unit: '3单元', floor: '12层', room: '1201室' } },
  { text: '上海市浦东新区祖冲之路887弄5支弄3号', elements: { ...SH, district: '浦东新区', road: '祖冲之路', roadNo: '887弄5支弄3号' } },
  { text: '上海市黄浦区福州路5~21号', elements: { ...SH, district: '黄浦区', road: '福州路', roadNo: '5-21号' } },
  { text: '上海市黄浦区中山东一路No. 33', elements: { ...SH, district: '黄浦区', road: '中山东一路', roadNo: '33号' } },
  { text: '地址：上海市浦东新区世纪大道100号附近，邮编200120', elements: { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' } },
  { text: '中国上海市黄浦区南京东路100号(近河南中路)', elements: { ...SH, district: '黄浦区', road: '南京东路', roadNo: '100号' } },
  { text: '上海市上海市浦东新区浦东南路1000号', elements: { ...SH, district: '浦东新区', road: '浦东南路', roadNo: '1000号' } },
  { text: '金茂大厦世纪大道88号', elements: { poi: '金茂大厦', road: '世纪大道', roadNo: '88号' } },
  { text: '上海市徐汇区漕溪北路88号圣爱大厦12楼1201', elements: { ...SH, district: '徐汇区', road: '漕溪北路', roadNo: '88号', poi: '圣爱大厦', floor: '12层', room: '1201室' } },
  { text: '北京市海淀区中关村大街1号院5-2-301', elements: { ...BJ, district: '海淀区', road: '中关村大街', roadNo: '1号院', building: '5号楼', unit: '2单元', room: '301室' } },
  { text: '上海市静安区南京西路1266号恒隆广场1座50楼', elements: { ...SH, district: '静安区', road: '南京西路', roadNo: '1266号', poi: '恒隆广场', building: '1座', floor: '50层' } },
  { text: '上海市浦东新区世纪大道100号环球金融中心A座F12', elements: { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号', poi: '环球金融中心', building: 'A座', floor: '12层' } },
  { text: '上海市浦东新区世纪大道100号3#1201', elements: { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号', building: '3号楼', room: '1201室' } },
  { text: '北京市东城区东华门街道王府井大街1号', elements: { ...BJ, district: '东城区', town: '东华门街道', road: '王府井大街', roadNo: '1号' } },
  { text: '重庆市渝中区民族路188号', elements: { province: '重庆市', city: '重庆市', district: '渝中区', road: '民族路', roadNo: '188号' } },
  { text: '广东省东莞市长安镇', elements: { province: '广东省', city: '东莞市', town: '长安镇' } },
  { text: '江苏省苏州市昆山市花桥镇', elements: { province: '江苏省', city: '苏州市', district: '昆山市', town: '花桥镇' } },
  { text: '杭州西湖区', elements: { province: '浙江省', city: '杭州市', district: '西湖区' } },
  { text: '新疆乌鲁木齐市天山区', elements: { province: '新疆维吾尔自治区', city: '乌鲁木齐市', district: '天山区' } },
  { text: '广西南宁市青秀区民族大道', elements: { province: '广西壮族自治区', city: '南宁市', district: '青秀区', road: '民族大道' } },
  { text: '吉林省延边州延吉市', elements: { province: '吉林省', city: '延边朝鲜族自治州', district: '延吉市' } },
  { text: '上海市闵行区沪闵路100号', elements: { ...SH, district: '闵行区', road: '沪闵路', roadNo: '100号' } },
  { text: '上海市黄埔区', elements: { ...SH, district: '黄浦区' } },
  { text: '上海徐汇漕溪北路', elements: { ...SH, district: '徐汇区', road: '漕溪北路' } },
  { text: '成都市武侯区人民南路四段1号', elements: { province: '四川省', city: '成都市', district: '武侯区', road: '人民南路四段', roadNo: '1号' } },
  { text: '北京市海澱區西土城路6號', elements: { ...BJ, district: '海淀区', road: '西土城路', roadNo: '6号' } },
  { text: '上海市浦东新区某某小区5号1201户', elements: { ...SH, district: '浦东新区', poi: '某某小区', building: '5号楼', room: '1201室' } },
  { text: '上海市浦东新区某某小区二〇一室', elements: { ...SH, district: '浦东新区', poi: '某某小区', room: '201室' } },
  { text: '湖南省长沙市芙蓉区八一路240号', elements: { province: '湖南省', city: '长沙市', district: '芙蓉区', road: '八一路', roadNo: '240号' } },
  { text: '春树街2-1', elements: { road: '春树街', roadNo: '2-1号' } },
  { text: '上海市宝山区新沪路58弄11-802水韵华庭', elements: { ...SH, district: '宝山区', road: '新沪路', roadNo: '58弄11号', room: '802室', poi: '水韵华庭' } },
  { text: '位于上海市浦东新区世纪大道100号对面 电话:021-12345678', elements: { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' } },
  { text: '', elements: {} },
  { text: 'hello', elements: {} },
];
