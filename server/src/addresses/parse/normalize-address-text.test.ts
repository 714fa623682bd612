import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseNumeralValue } from './chinese-numerals.ts';
import { normalizeAddressText } from './normalize-address-text.ts';

const normalized = (text: string) => normalizeAddressText(text).text;

describe('chineseNumeralValue', () => {
  it('reads positional and digit-by-digit numerals', () => {
    assert.equal(chineseNumeralValue('一百零八'), 108);
    assert.equal(chineseNumeralValue('十二'), 12);
    assert.equal(chineseNumeralValue('二十'), 20);
    assert.equal(chineseNumeralValue('十'), 10);
    assert.equal(chineseNumeralValue('一千零一'), 1001);
    assert.equal(chineseNumeralValue('两百三十'), 230);
    assert.equal(chineseNumeralValue('二〇一'), 201);
    assert.equal(chineseNumeralValue('一二〇一'), 1201);
  });

  it('rejects malformed numerals', () => {
    assert.equal(chineseNumeralValue(''), null);
    assert.equal(chineseNumeralValue('百'), null);
    assert.equal(chineseNumeralValue('十十'), null);
    assert.equal(chineseNumeralValue('三五百'), null);
    assert.equal(chineseNumeralValue('三a'), null);
  });
});

describe('normalizeAddressText', () => {
  it('turns full-width digits, letters and punctuation to ASCII', () => {
    assert.equal(normalized('１２３号'), '123号');
    assert.equal(normalized('ＳＯＨＯ现代城Ａ座'), 'SOHO现代城A座');
    assert.equal(normalized('３＃楼'), '3#楼');
    assert.equal(normalized('５～２１号'), '5~21号');
    assert.equal(normalized('１５１－１７１号'), '151-171号');
  });

  it('drops spaces and decorative punctuation, keeps parentheses', () => {
    assert.equal(normalized(' 上海市　浦东新区，世纪大道 100 号。'), '上海市浦东新区世纪大道100号');
    assert.equal(normalized('地址：“上海市”【黄浦区】'), '地址上海市黄浦区');
    assert.equal(normalized('中国（上海）自由贸易试验区'), '中国(上海)自由贸易试验区');
  });

  it('converts Chinese numerals before a numbering suffix', () => {
    assert.equal(normalized('一百零八号'), '108号');
    assert.equal(normalized('十二层'), '12层');
    assert.equal(normalized('二〇一室'), '201室');
    assert.equal(normalized('三单元'), '3单元');
    assert.equal(normalized('五号楼'), '5号楼');
    assert.equal(normalized('一二〇一户'), '1201户');
    assert.equal(normalized('十八弄三支弄'), '18弄3支弄');
    assert.equal(normalized('三门'), '3门');
  });

  it('keeps numerals that belong to names', () => {
    assert.equal(normalized('中山东一路'), '中山东一路');
    assert.equal(normalized('四川中路'), '四川中路');
    assert.equal(normalized('十六铺'), '十六铺');
    assert.equal(normalized('五角场'), '五角场');
    assert.equal(normalized('三门峡市'), '三门峡市');
    assert.equal(normalized('千户苗寨'), '千户苗寨');
    assert.equal(normalized('人民南路四段'), '人民南路四段');
  });

  it('unifies variants and traditional characters', () => {
    assert.equal(normalized('505號'), '505号');
    assert.equal(normalized('126衖5號'), '126弄5号');
    assert.equal(normalized('北京市海澱區薊門橋'), '北京市海淀区蓟门桥');
    assert.equal(normalized('四川省榮縣雙石鎮'), '四川省荣县双石镇');
    assert.equal(normalized('乾县'), '乾县');
  });

  it('maps every output character back to its input offset', () => {
    const result = normalizeAddressText('上海 一百零八号');
    assert.equal(result.text, '上海108号');
    assert.deepEqual(result.sourceOffsets, [0, 1, 3, 3, 3, 7, 8]);
    assert.equal(normalizeAddressText('').text, '');
    assert.deepEqual(normalizeAddressText('').sourceOffsets, [0]);
  });
});
