import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recognizeRoomType } from './recognize-room-type.ts';

describe('recognizeRoomType', () => {
  const cases: Array<[string, string | null]> = [
    ['主卧', 'bedroom-double'],
    ['次卧', 'bedroom'],
    ['卧室2', 'bedroom'],
    ['儿童房', 'bedroom-single'],
    ['兼起居的卧室', 'bedsitter'],
    ['起居室', 'living-room'],
    ['客厅', 'living-room'],
    ['客餐厅', 'living-room'],
    ['厨房', 'kitchen'],
    ['卫生间', 'bathroom'],
    ['主卧卫生间', 'bathroom'],
    ['主卧阳台', 'balcony'],
    ['衣帽间', 'storage'],
    ['走道', 'corridor'],
    ['Master Bedroom', 'bedroom-double'],
    ['Bedroom 2', 'bedroom'],
    ['Living Room', 'living-room'],
    ['Kitchen', 'kitchen'],
    ['Bathroom', 'bathroom'],
    ['WC', 'toilet'],
    ['Schlafzimmer', 'bedroom'],
    ['Kinderzimmer', 'bedroom-single'],
    ['Wohnen', 'living-room'],
    ['Küche', 'kitchen'],
    ['Wohnküche', 'kitchen'],
    ['Bad', 'bathroom'],
    ['Flur', 'corridor'],
    ['Badminton hall', null],
    ['Galerie', null],
    ['7', null],
  ];
  for (const [name, type] of cases) {
    test(`${name} → ${type ?? 'unrecognised'}`, () => {
      assert.equal(recognizeRoomType([name])?.type ?? null, type);
    });
  }

  test('the first name that says something wins, and the match is reported', () => {
    const found = recognizeRoomType(['4', 'Schlafzimmer']);
    assert.deepEqual(found, { type: 'bedroom', text: 'Schlafzimmer', term: 'Schlafzimmer' });
    assert.equal(recognizeRoomType([]), null);
  });
});
