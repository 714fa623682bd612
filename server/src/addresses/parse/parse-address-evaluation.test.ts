import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { AddressLevel } from '@cimtwin/schemas';
import { divisionGazetteer } from './division-gazetteer.ts';
import { parseAddress } from './parse-address.ts';
import { readAddressEvaluationCases } from './read-address-evaluation-cases.ts';
import { formatAddressParseScores, scoreAddressParses } from './score-address-parses.ts';

// The parser on real addresses labelled by hand (data-samples/addresses/evaluation). Each file
// and level has a floor of precision and recall, measured and recorded in docs/benchmarks.md
// (#address-parsing): a floor may only go up. Mismatches read while building the parser make
// these figures optimistic; a held-out set scores it apart.

const EVALUATION = path.resolve(import.meta.dirname, '../../../../data-samples/addresses/evaluation');

type Floors = { exact: number; levels: Partial<Record<AddressLevel, [precision: number, recall: number]>> };

const FLOORS: Record<string, Floors> = {
  'public-addresses.jsonl': {
    exact: 0.92,
    levels: {
      province: [1, 1], city: [1, 1], district: [1, 1], town: [1, 1], community: [1, 1], devzone: [1, 1],
      road: [0.92, 0.91], roadNo: [1, 0.98], poi: [0.94, 1], building: [1, 1], unit: [1, 1], floor: [1, 1], room: [1, 1],
    },
  },
  'osm-lujiazui.jsonl': {
    exact: 1,
    levels: { province: [1, 1], city: [1, 1], district: [1, 1], road: [1, 1], roadNo: [1, 1], poi: [1, 1], floor: [1, 1] },
  },
};

for (const [file, floors] of Object.entries(FLOORS)) {
  test(`parsing ${file}: precision and recall per level at their floors`, () => {
    const gazetteer = divisionGazetteer();
    const scores = scoreAddressParses(readAddressEvaluationCases([path.join(EVALUATION, file)]), (text) => parseAddress(text, gazetteer));
    const report = formatAddressParseScores(scores);
    assert.ok(scores.exactMatchRate >= floors.exact, `exact match ${scores.exactMatchRate} < ${floors.exact}\n${report}`);
    for (const [level, [precision, recall]] of Object.entries(floors.levels) as [AddressLevel, [number, number]][]) {
      const score = scores.levels.find((entry) => entry.level === level);
      assert.ok(score, `no ${level} in ${file}`);
      assert.ok(score.precision >= precision - 1e-9, `${level} precision ${score.precision} < ${precision}\n${report}`);
      assert.ok(score.recall >= recall - 1e-9, `${level} recall ${score.recall} < ${recall}\n${report}`);
    }
  });
}
