import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { generateSampleNetworks } from './generate-sample-networks.ts';
import { readSampleInputs, sampleNetworkDirectory, sampleOutput } from './sample-output-for-tests.ts';
import { renderSampleNetworkFiles } from './sample-network-files.ts';

const POINT_COLUMNS = ['物探点号', '管线类型', '小类', '特征', '附属物', '地面高程', '埋深', '备注'];
const LINE_COLUMNS = ['起点点号', '终点点号', '管线类型', '小类', '起点埋深', '终点埋深', '管径', '材质', '埋设方式', '压力', '埋设年代', '权属单位', '流向', '孔数', '备注'];
const REGENERATE = 'node --import tsx scripts/generate-sample-networks.ts';

describe('generate-sample-networks on the sample district', () => {
  const { files, tables, networks } = sampleOutput();

  test('is deterministic: a second run gives byte-identical files', () => {
    const { roads, water } = readSampleInputs();
    const again = renderSampleNetworkFiles(generateSampleNetworks(roads, water));
    assert.deepEqual(Object.keys(again), Object.keys(files));
    for (const name of Object.keys(files)) assert.equal(again[name], files[name], `${name} differs between two runs`);
  });

  test('the committed files are the generator output (regenerate with the script)', () => {
    for (const [name, text] of Object.entries(files)) {
      const committed = path.join(sampleNetworkDirectory(), name);
      assert.ok(fs.existsSync(committed), `${name} is missing; run ${REGENERATE}`);
      assert.ok(fs.readFileSync(committed, 'utf8') === text, `${name} is stale; run ${REGENERATE}`);
    }
  });

  test('SAMPLE_DISTRICT.networks lists one network per system with both files', () => {
    assert.deepEqual(SAMPLE_DISTRICT.networks.map((n) => `${n.pipeType}/${n.subtype}`), ['JS/JP', 'PS/YS', 'PS/WS', 'RQ/TR', 'DL/GD', 'TX/DX']);
    assert.ok(Object.isFrozen(SAMPLE_DISTRICT.networks));
    for (const network of SAMPLE_DISTRICT.networks) {
      assert.equal(network.crs, 'EPSG:4549');
      for (const file of network.files) assert.ok(Object.keys(files).includes(path.basename(file)), `${file} is not written by the generator`);
    }
  });

  test('every file names EPSG:4549 in a crs member and says it is generated', () => {
    for (const t of tables.values()) {
      for (const collection of [t.pointsCollection, t.linesCollection]) {
        assert.deepEqual(collection.crs, { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } });
        assert.match(String(collection.note), /生成数据，非实测/);
        assert.match(String(collection.note), /GENERATED, NOT SURVEYED/);
      }
    }
  });

  test('columns are exactly the CJJ 61 names, coordinates in EPSG:4549 metres to the millimetre', () => {
    for (const t of tables.values()) {
      for (const point of t.points.values()) {
        assert.deepEqual(Object.keys(point.properties), POINT_COLUMNS);
        assert.ok(point.x > 640000 && point.x < 646000 && point.y > 3456000 && point.y < 3461000, `${point.number} is outside the district`);
        assert.equal(Math.round(point.x * 1000) / 1000, point.x);
      }
      for (const line of t.lines) assert.deepEqual(Object.keys(line.properties), LINE_COLUMNS);
    }
  });

  test('point numbers are 代号 + serial, unique, and every line joins two existing points at its ends', () => {
    for (const t of tables.values()) {
      const numbers = [...t.points.keys()];
      assert.equal(new Set(numbers).size, (t.pointsCollection.features as unknown[]).length);
      for (const number of numbers) assert.match(number, new RegExp(`^${t.code}\\d{4}$`));
      for (const line of t.lines) {
        const from = t.points.get(line.from);
        const to = t.points.get(line.to);
        assert.ok(from && to, `${t.code} line ${line.from}→${line.to} refers to a missing point`);
        assert.notEqual(line.from, line.to);
        assert.deepEqual(line.coordinates[0], [from.x, from.y]);
        assert.deepEqual(line.coordinates[line.coordinates.length - 1], [to.x, to.y]);
      }
    }
  });

  test('attribute values are the ones the reader expects', () => {
    const ducts = new Set(['DL', 'TX']);
    for (const t of tables.values()) {
      for (const line of t.lines) {
        const p = line.properties;
        assert.ok(['JS', 'PS', 'RQ', 'DL', 'TX'].includes(String(p['管线类型'])));
        const size = String(p['管径']);
        if (ducts.has(t.code)) {
          assert.match(size, /^\d+×\d+$/);
          assert.ok(Number(p['孔数']) >= 4);
        } else assert.match(size, t.code === 'YS' || t.code === 'WS' ? /^D\d+$/ : /^DN\d+$/);
        assert.ok(Number(p['埋设年代']) >= 1995 && Number(p['埋设年代']) <= 2022);
        if (t.code === 'YS' || t.code === 'WS') assert.equal(p['流向'], '起点→终点');
        else assert.equal(p['流向'], null);
        if (t.code === 'RQ') assert.ok(p['压力'] === '中压A' || p['压力'] === '低压');
        if (t.code === 'JS') assert.equal(p['压力'], '0.3MPa');
      }
    }
    const features = new Set([...tables.values()].flatMap((t) => [...t.points.values()].map((p) => p.properties['特征'])));
    for (const feature of ['三通', '四通', '弯头', '直线点', '预留口', '出水口']) assert.ok(features.has(feature), `no point is a ${feature}`);
  });

  test('sizes: 2,000-6,000 segments, files under 8 MB, water mains DN150-500', () => {
    const segments = networks.systems.reduce((sum, s) => sum + s.lines.length, 0);
    assert.ok(segments >= 2000 && segments <= 6000, `${segments} segments`);
    const bytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    assert.ok(bytes < 8e6, `${bytes} bytes`);
    const water = new Set(tables.get('JS')!.lines.map((l) => l.properties['管径']));
    assert.deepEqual([...water].sort(), ['DN150', 'DN200', 'DN300', 'DN400', 'DN500']);
  });
});
