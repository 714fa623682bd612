import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isDataError, Network } from '@cimtwin/schemas';
import { NetworkGraph } from '../graph/network-graph.ts';
import { CJJ61_LINES_CSV, CJJ61_LINES_GEOJSON, CJJ61_POINTS_CSV } from '../testing/cjj61-fixtures.ts';
import { networkDataPath, skipWithoutNetworkData } from '../testing/network-data.ts';
import { readCjj61Files } from './cjj61-read-files.ts';
import { parseCjj61Tables } from './cjj61-parse-tables.ts';

async function dataErrorOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (isDataError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a DataError');
}

const degrees = (network: Network) => {
  const degree = new Map<string, number>();
  for (const link of network.links) for (const end of [link.from, link.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return degree;
};

describe('readCjj61Files sorts files into point and line tables', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjj61-'));
    fs.writeFileSync(path.join(dir, '管线点成果表.csv'), '\uFEFF' + CJJ61_POINTS_CSV);
    fs.writeFileSync(path.join(dir, '管线段成果表.csv'), CJJ61_LINES_CSV);
    fs.writeFileSync(path.join(dir, 'gas-power.geojson'), CJJ61_LINES_GEOJSON);
    fs.writeFileSync(path.join(dir, 'book.xlsx'), 'PK');
    fs.writeFileSync(path.join(dir, 'orphan.dbf'), '');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('by header (起点点号/终点点号) and by geometry, whatever the order given', async () => {
    const network = await readCjj61Files([path.join(dir, 'gas-power.geojson'), path.join(dir, '管线点成果表.csv'), path.join(dir, '管线段成果表.csv')]);
    const direct = parseCjj61Tables({
      points: { format: 'csv', name: '管线点成果表.csv', data: CJJ61_POINTS_CSV },
      lines: [
        { format: 'geojson', name: 'gas-power.geojson', data: CJJ61_LINES_GEOJSON },
        { format: 'csv', name: '管线段成果表.csv', data: CJJ61_LINES_CSV },
      ],
    });
    assert.equal(network.name, 'gas-power');
    assert.deepEqual(network.nodes, direct.nodes);
    assert.deepEqual(network.links, direct.links);
    assert.equal(network.links.filter((link) => String(link.attributes.source).startsWith('管线段成果表.csv')).length, 9);
  });

  test('Excel workbooks, orphan sidecars and missing files are DataErrors', async () => {
    assert.equal(await dataErrorOf(() => readCjj61Files([path.join(dir, 'book.xlsx')])), 'cjj61: book.xlsx is an Excel workbook, which this reader does not open; save the point and line sheets each as "CSV UTF-8 (逗号分隔)" and name those');
    assert.equal(await dataErrorOf(() => readCjj61Files([path.join(dir, 'orphan.dbf')])), 'cjj61: orphan.dbf is part of a shapefile, but orphan.shp is not among the files; name the .shp');
    assert.match(await dataErrorOf(() => readCjj61Files([path.join(dir, 'nope.csv')])), /^cjj61: cannot read .*nope\.csv \(ENOENT\); check the path$/);
    assert.equal(await dataErrorOf(() => readCjj61Files([path.join(dir, '管线点成果表.csv')])), 'cjj61: none of 管线点成果表.csv is a line table; give the pipe segments too (LineStrings, or a table with 起点点号 and 终点点号)');
  });
});

// Micropolis' GIS layers: 567 water mains (no point numbers), 203 valves and 52 hydrants as
// points. The mains stop either side of almost every valve (the valve was a TCV link in the model
// the layers came from), leaving gaps of up to 1.84 m; three valves sit 0.16 m off a main just
// past a tee; one pair of main ends misses by 0.125 m. Read by inspection of the files with
// shpjs (see the report of this module).
describe('readCjj61Files on the Micropolis water mains, valves and hydrants', { skip: skipWithoutNetworkData }, () => {
  const files = ['micropolis/watermains_v0.shp', 'micropolis/valves_v0.shp', 'micropolis/hydrants_v1.shp'].map(networkDataPath);
  const options = { coordinateUnits: 'ft', sizeUnit: 'in', pipeType: 'JS' } as const;

  test('as drawn (0.05 m tolerances): every record a link, but the valves sit in gaps and stay apart', async () => {
    const network = await readCjj61Files(files, options);
    assert.equal(network.links.length, 567);
    assert.equal(network.sourceFormat, 'gis');
    const degree = degrees(network);
    // Only valves_v0-39 falls exactly on a joint of two mains.
    assert.deepEqual(network.nodes.filter((node) => node.kind === 'valve' && degree.get(node.id)).map((node) => [node.id, degree.get(node.id)]), [['valves_v0-39', 2]]);
    assert.equal(new NetworkGraph(network).connectedComponents().count, 405);
    assert.match(network.warnings.join('\n'), /valves_v0\.shp record 1: valve valves_v0-1 at \(2364\.70, 4792\.44\) has no segment end or segment within 0\.05 m; it stays an isolated point/);
  });

  test('with gaps bridged by the valves (3 m) and undershoots closed (0.5 m): one connected network', async () => {
    const network = await readCjj61Files(files, { ...options, pointTolerance: 3, gapTolerance: 0.5 });
    assert.doesNotThrow(() => Network.parse(network));
    // Every shapefile record is there; three are cut in two by the valves that sit part-way along them.
    const records = new Set(network.links.map((link) => link.attributes.source));
    assert.equal(records.size, 567);
    assert.ok([...records].every((source) => /^watermains_v0\.shp record ([1-9]\d*)$/.test(String(source))));
    const cut = network.links.filter((link) => link.attributes.splitFrom !== undefined);
    assert.deepEqual([...new Set(cut.map((link) => link.attributes.splitFrom))].sort(), ['watermains_v0-149', 'watermains_v0-518', 'watermains_v0-537']);
    assert.equal(network.links.length, 567 + 3);

    const degree = degrees(network);
    const valveDegrees: Record<number, number> = {};
    for (const node of network.nodes) if (node.kind === 'valve') valveDegrees[degree.get(node.id) ?? 0] = (valveDegrees[degree.get(node.id) ?? 0] ?? 0) + 1;
    assert.deepEqual(valveDegrees, { 0: 1, 1: 4, 2: 198 });
    assert.equal(network.nodes.filter((node) => node.kind === 'hydrant').length, 52);

    const graph = new NetworkGraph(network);
    const { count, linkComponent, nodeComponent } = graph.connectedComponents();
    assert.equal(new Set(linkComponent).size, 1, 'all 570 links in one component');
    const isolated = network.nodes.filter((node) => !degree.get(node.id)).map((node) => node.id);
    assert.equal(isolated.length, 30);
    assert.deepEqual(isolated.filter((id) => id.startsWith('valves')), ['valves_v0-42']);
    assert.equal(count, 1 + isolated.length);
    assert.equal(nodeComponent[graph.nodeIndex.get('valves_v0-42')!] !== linkComponent[0], true);

    assert.ok(network.warnings.includes('cjj61: 392 segment end(s) joined to 198 surveyed point(s) no segment reached, across gaps of up to 1.84 m (pointTolerance 3 m)'));
    assert.ok(network.warnings.includes('cjj61: 3 point(s) part-way along a segment cut it in two (within 3 m): valves_v0-80, valves_v0-86, valves_v0-96'));
    assert.match(network.warnings.join('\n'), /1 dangling segment end\(s\) joined to a node within gapTolerance 0\.5 m \(widest gap 0\.125 m\)/);
    assert.ok(network.warnings.includes('cjj61: valves_v0.shp: points without 附属物 are taken as 阀门, from the file name'));

    const main = network.links.find((link) => link.attributes.source === 'watermains_v0.shp record 1')!;
    assert.deepEqual([main.diameter, main.material, main.yearBuilt, main.pipeType], [4 * 0.0254, 'cast iron', 1910, 'JS']);
    const sizes: Record<string, number> = {};
    for (const link of network.links) if (!String(link.id).endsWith(':2')) sizes[Math.round(link.diameter! / 0.0254)] = (sizes[Math.round(link.diameter! / 0.0254)] ?? 0) + 1;
    assert.deepEqual(sizes, { 2: 57, 4: 155, 6: 137, 8: 70, 12: 148 });
  });

  test('without cutting pipes, the three valves off the mains stay apart and every record is one link', async () => {
    const network = await readCjj61Files(files, { ...options, pointTolerance: 3, gapTolerance: 0.5, splitLinksAt: 'none' });
    assert.equal(network.links.length, 567);
    assert.equal(new NetworkGraph(network).connectedComponents().count, 34);
  });
});
