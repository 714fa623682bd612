import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataError, ParsedAddress, type ParsedAddress as Parsed } from '@cimtwin/schemas';
import { buildDivisionGazetteer, divisionGazetteer } from './division-gazetteer.ts';
import { parseAddress } from './parse-address.ts';

const gazetteer = divisionGazetteer();
const parse = (text: string, options?: Parameters<typeof parseAddress>[2]) => parseAddress(text, gazetteer, options);
const detail = (parsed: Parsed, level: string) => parsed.details.find((element) => element.level === level);
const SH = { province: '上海市', city: '上海市' };

describe('parseAddress: divisions', () => {
  it('parses a full Shanghai address with codes', () => {
    const parsed = parse('上海市浦东新区陆家嘴环路1000号');
    assert.deepEqual(parsed.elements, { ...SH, district: '浦东新区', road: '陆家嘴环路', roadNo: '1000号' });
    assert.deepEqual(parsed.codes, { province: '31', city: '3101', district: '310115' });
    assert.equal(parsed.level, 'roadNo');
    assert.deepEqual(parsed.unparsed, []);
    assert.equal(detail(parsed, 'city')?.source, 'inferred');
    assert.deepEqual(detail(parsed, 'road'), { level: 'road', value: '陆家嘴环路', text: '陆家嘴环路', start: 7, end: 12, source: 'text', confidence: 0.9 });
    assert.ok(parsed.confidence > 0.9, `confidence ${parsed.confidence}`);
    ParsedAddress.parse(parsed);
  });

  it('infers province and city from a district written as its short form', () => {
    const parsed = parse('浦东世纪大道100号');
    assert.deepEqual(parsed.elements, { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' });
    assert.equal(detail(parsed, 'district')?.source, 'alias');
    assert.equal(detail(parsed, 'district')?.text, '浦东');
    assert.deepEqual([detail(parsed, 'province')?.source, detail(parsed, 'province')?.start], ['inferred', -1]);
    assert.equal(parsed.codes.district, '310115');
  });

  it('reads a one-character province abbreviation in front', () => {
    const parsed = parse('沪黄浦区中山东一路18号');
    assert.deepEqual(parsed.elements, { ...SH, district: '黄浦区', road: '中山东一路', roadNo: '18号' });
    assert.equal(detail(parsed, 'province')?.source, 'alias');
    assert.deepEqual(parsed.codes, { province: '31', city: '3101', district: '310101' });
  });

  it('reads towns with their 9-digit code', () => {
    const parsed = parse('上海市浦东新区陆家嘴街道');
    assert.deepEqual(parsed.elements, { ...SH, district: '浦东新区', town: '陆家嘴街道' });
    assert.deepEqual(parsed.codes, { province: '31', city: '3101', district: '310115', town: '310115005' });
    assert.equal(parsed.level, 'town');
  });

  it('resolves an ambiguous district by the city written before it', () => {
    const parsed = parse('江苏省南京市鼓楼区');
    assert.deepEqual(parsed.elements, { province: '江苏省', city: '南京市', district: '鼓楼区' });
    assert.deepEqual(parsed.codes, { province: '32', city: '3201', district: '320106' });
    assert.equal(parse('浙江省杭州市西湖区文三路478号').codes.district, '330106');
  });

  it('leaves an ambiguous district alone unresolved, with a lower confidence', () => {
    const alone = parse('朝阳区');
    assert.deepEqual(alone.elements, { district: '朝阳区' });
    assert.deepEqual(alone.codes, {});
    assert.ok(alone.confidence < 0.7, `confidence ${alone.confidence}`);
    assert.ok(alone.confidence < parse('北京市朝阳区').confidence);
    const beijing = parse('朝阳区', { contextCode: '11' });
    assert.deepEqual(beijing.elements, { province: '北京市', city: '北京市', district: '朝阳区' });
    assert.equal(beijing.codes.district, '110105');
    assert.ok(beijing.confidence > alone.confidence);
  });

  it('corrects a division name one character off, among the children of what was found', () => {
    const parsed = parse('上海市浦冬新区世纪大道100号');
    assert.deepEqual(parsed.elements, { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' });
    assert.equal(detail(parsed, 'district')?.source, 'corrected');
    assert.equal(detail(parsed, 'district')?.text, '浦冬新区');
    assert.ok(parsed.confidence < parse('上海市浦东新区世纪大道100号').confidence);
    assert.equal(parse('上海市黄埔区').elements.district, '黄浦区');
    assert.equal(parse('上海市浦冬新区', { correctTypos: false }).elements.district, undefined);
  });

  it('does not correct roads into divisions', () => {
    assert.deepEqual(parse('江苏省无锡市滨湖区蠡湖大道1800号').elements, { province: '江苏省', city: '无锡市', district: '滨湖区', road: '蠡湖大道', roadNo: '1800号' });
    assert.deepEqual(parse('上海市徐汇路').elements, { ...SH, road: '徐汇路' });
  });

  it('gives a municipality its city and handles Chongqing counties and cities without districts', () => {
    assert.deepEqual(parse('上海市').elements, SH);
    assert.deepEqual(parse('重庆市城口县').codes, { province: '50', city: '5002', district: '500229' });
    assert.deepEqual(parse('广东省东莞市长安镇').elements, { province: '广东省', city: '东莞市', town: '长安镇' });
    assert.deepEqual(parse('河南省济源市').elements, { province: '河南省', district: '济源市' });
  });

  it('can leave the unwritten divisions out', () => {
    assert.deepEqual(parse('浦东世纪大道100号', { inferDivisions: false }).elements, { district: '浦东新区', road: '世纪大道', roadNo: '100号' });
  });
});

describe('parseAddress: streets and buildings', () => {
  it('reads a lane with its house number', () => {
    assert.deepEqual(parse('上海市黄浦区四川中路126弄5号').elements, { ...SH, district: '黄浦区', road: '四川中路', roadNo: '126弄5号' });
    assert.equal(parse('上海市浦东新区祖冲之路887弄5支弄3号').elements.roadNo, '887弄5支弄3号');
  });

  it('reads full-width digits', () => {
    const parsed = parse('上海市黄浦区中山东一路１８号');
    assert.equal(parsed.normalized, '上海市黄浦区中山东一路18号');
    assert.deepEqual(parsed.elements, { ...SH, district: '黄浦区', road: '中山东一路', roadNo: '18号' });
    assert.equal(parse('１２３号').elements.roadNo, '123号');
  });

  it('reads POI, building, unit and room', () => {
    const parsed = parse('北京市朝阳区建国路88号SOHO现代城3号楼2单元1201室');
    assert.deepEqual(parsed.elements, {
      province: '北京市', city: '北京市', district: '朝阳区', road: '建国路', roadNo: '88号', poi: 'SOHO现代城', building: '3号楼', unit: '2单元', room: '1201室',
    });
    assert.deepEqual(parsed.codes, { province: '11', city: '1101', district: '110105' });
    assert.equal(parsed.level, 'room');
  });

  it('reads a development zone', () => {
    const parsed = parse('广东省深圳市南山区科技园');
    assert.deepEqual(parsed.elements, { province: '广东省', city: '深圳市', district: '南山区', devzone: '科技园' });
    assert.equal(parsed.codes.district, '440305');
  });

  it('reads Chinese numerals as numbers, and keeps them in names', () => {
    assert.deepEqual(parse('上海市浦东新区峨山路91弄100号楼三单元十二层二〇一室').elements, {
      ...SH, district: '浦东新区', road: '峨山路', roadNo: '91弄', building: '100号楼', unit: '3单元', floor: '12层', room: '201室',
    });
    assert.equal(parse('上海市浦东新区东方路一百零八号').elements.roadNo, '108号');
    assert.equal(parse('上海市黄浦区中山东一路十二号').elements.road, '中山东一路');
    assert.equal(parse('上海市黄浦区十六铺码头').elements.poi, '十六铺码头');
  });

  it('reads the messy forms of real addresses', () => {
    assert.deepEqual(parse('上海市黄浦区南京东路151-171号').elements, { ...SH, district: '黄浦区', road: '南京东路', roadNo: '151-171号' });
    assert.deepEqual(parse('中山东一路15甲').elements, { road: '中山东一路', roadNo: '15甲号' });
    assert.deepEqual(parse('北京东路130号6楼').elements, { road: '北京东路', roadNo: '130号', floor: '6层' });
    assert.deepEqual(parse('上海市黄浦区福州路5~21号').elements.roadNo, '5-21号');
    assert.deepEqual(parse('上海市黄浦区中山东一路No. 33').elements.roadNo, '33号');
    assert.deepEqual(parse('春树街2-1').elements, { road: '春树街', roadNo: '2-1号' });
    assert.deepEqual(parse('上海市宝山区新沪路58弄11-802水韵华庭').elements, { ...SH, district: '宝山区', road: '新沪路', roadNo: '58弄11号', poi: '水韵华庭', room: '802室' });
  });

  it('reads floors and rooms in their usual notations', () => {
    const tail = (text: string) => {
      const { floor, room, building } = parse(`上海市浦东新区世纪大道100号${text}`).elements;
      return { building, floor, room };
    };
    assert.deepEqual(tail('F12'), { building: undefined, floor: '12层', room: undefined });
    assert.deepEqual(tail('12F'), { building: undefined, floor: '12层', room: undefined });
    assert.deepEqual(tail('B1'), { building: undefined, floor: 'B1层', room: undefined });
    assert.deepEqual(tail('3#1201'), { building: '3号楼', floor: undefined, room: '1201室' });
    assert.deepEqual(tail('A座12楼1201房'), { building: 'A座', floor: '12层', room: '1201室' });
    assert.deepEqual(tail('3栋2单元502户'), { building: '3栋', floor: undefined, room: '502室' });
    assert.deepEqual(tail('5-2-301'), { building: '5号楼', floor: undefined, room: '301室' });
  });

  it('tells roads that start with a division name from the division', () => {
    assert.deepEqual(parse('上海市浦东新区浦东南路1000号').elements.road, '浦东南路');
    assert.deepEqual(parse('上海市浦东新区浦东大道1号').elements.road, '浦东大道');
    assert.deepEqual(parse('上海市闵行区沪闵路100号').elements.road, '沪闵路');
    assert.deepEqual(parse('北京市朝阳区朝阳门外大街').elements.road, '朝阳门外大街');
    assert.deepEqual(parse('湖南省长沙市芙蓉区八一路240号').elements.road, '八一路');
    assert.deepEqual(parse('北京市海淀区中关村大街1号').elements.road, '中关村大街');
  });

  it('reads a POI written before the road', () => {
    assert.deepEqual(parse('金茂大厦世纪大道88号').elements, { poi: '金茂大厦', road: '世纪大道', roadNo: '88号' });
    assert.deepEqual(parse('黑龙江省伊春市金林区花园街1号').elements.road, '花园街');
  });
});

describe('parseAddress: noise, empty and invalid input', () => {
  it('drops labels and filler words, keeps contact numbers as unparsed', () => {
    const parsed = parse('地址：上海市浦东新区世纪大道100号附近，邮编200120');
    assert.deepEqual(parsed.elements, { ...SH, district: '浦东新区', road: '世纪大道', roadNo: '100号' });
    assert.deepEqual(parsed.unparsed, ['邮编200120']);
    assert.ok(parsed.confidence < parse('上海市浦东新区世纪大道100号').confidence);
    assert.deepEqual(parse('中国上海市黄浦区南京东路100号(近河南中路)').unparsed, ['(近河南中路)']);
    assert.deepEqual(parse('上海市浦东新区世纪大道100号 13812345678').unparsed, ['13812345678']);
  });

  it('gives an empty parse for empty or non-address text', () => {
    const empty = parse('');
    assert.deepEqual(empty, { input: '', normalized: '', elements: {}, codes: {}, details: [], unparsed: [], level: null, confidence: 0 });
    const hello = parse('hello');
    assert.deepEqual([hello.elements, hello.unparsed, hello.level, hello.confidence], [{}, ['hello'], null, 0]);
    assert.deepEqual(parse('沪').elements, {});
  });

  it('keeps the text it cannot place in input order', () => {
    const parsed = parse('hello南京东路100号');
    assert.deepEqual(parsed.elements, { road: '南京东路', roadNo: '100号' });
    assert.deepEqual(parsed.unparsed, ['hello']);
  });

  it('rejects what is not a string with a DataError', () => {
    for (const value of [null, undefined, 42, ['上海市'], { text: '上海市' }]) {
      assert.throws(
        () => parseAddress(value as unknown as string, gazetteer),
        (error: unknown) => error instanceof DataError && error.message.startsWith('address-parse: the address must be a string'),
      );
    }
  });
});

describe('parseAddress: named places of an address library', () => {
  it('recognises added roads and POIs as whole words and infers their district', () => {
    const own = buildDivisionGazetteer().addNames([
      { level: 'poi', name: '东方明珠广播电视塔', aliases: ['东方明珠'], districtCode: '310115' },
      { level: 'road', name: '丰和路', districtCode: '310115' },
    ]);
    const parsed = parseAddress('东方明珠', own);
    assert.deepEqual(parsed.elements, { ...SH, district: '浦东新区', poi: '东方明珠广播电视塔' });
    assert.equal(parsed.details.find((element) => element.level === 'poi')?.source, 'alias');
    assert.equal(parsed.details.find((element) => element.level === 'district')?.source, 'inferred');
    assert.deepEqual(parseAddress('丰和路1号', own).codes, { province: '31', city: '3101', district: '310115' });
    assert.equal(parseAddress('上海市黄浦区丰和路1号', own).elements.road, '丰和路', 'the rule still reads it as a road');
    assert.equal(parseAddress('上海市黄浦区丰和路1号', own).codes.district, '310101', 'a named road of another district does not move it');
  });
});
