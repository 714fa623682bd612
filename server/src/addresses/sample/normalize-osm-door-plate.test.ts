import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeOsmDoorPlate } from './normalize-osm-door-plate.ts';

test('reads the door plates of real OSM tags of the sample district', () => {
  assert.deepEqual(normalizeOsmDoorPlate('中山东一路', '18'), { road: '中山东一路', roadNo: '18号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('中山东一路', '15甲'), { road: '中山东一路', roadNo: '15甲号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('陆家嘴西路', '99号'), { road: '陆家嘴西路', roadNo: '99号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('四川中路126弄', '5~21'), { road: '四川中路', roadNo: '126弄5-21号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('南京东路', '151-171'), { road: '南京东路', roadNo: '151-171号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('四川中路', 'No. 33'), { road: '四川中路', roadNo: '33号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('福州路', '628弄4-7号'), { road: '福州路', roadNo: '628弄4-7号', note: undefined });
  assert.deepEqual(normalizeOsmDoorPlate('北京东路', '130 F6'), { road: '北京东路', roadNo: '130号', note: 'floor 6 written in the house number' });
});

test('refuses what is not a Chinese door plate, saying why', () => {
  assert.match((normalizeOsmDoorPlate('Zhongshan East 2nd Rd', '22') as { refused: string }).refused, /not written in Chinese/);
  assert.match((normalizeOsmDoorPlate('南泉北路', '528-N1 37') as { refused: string }).refused, /not a door plate number/);
  assert.match((normalizeOsmDoorPlate(undefined, '2') as { refused: string }).refused, /no addr:street/);
});
