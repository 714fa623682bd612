import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError, Network, type NetworkLink, type NetworkNode } from '@cimtwin/schemas';
import { CJJ61_LINES_CSV, CJJ61_LINES_GEOJSON, CJJ61_POINTS_CSV } from '../testing/cjj61-fixtures.ts';
import { parseCjj61Tables, type Cjj61TablesInput } from './cjj61-parse-tables.ts';

const near = (actual: number | null, expected: number, tolerance = 1e-9) => assert.ok(actual !== null && Math.abs(actual - expected) <= tolerance, `${actual} ≈ ${expected}`);

const FIXTURE: Cjj61TablesInput = {
  points: { format: 'csv', name: 'points.csv', data: CJJ61_POINTS_CSV },
  lines: [
    { format: 'csv', name: 'lines.csv', data: CJJ61_LINES_CSV },
    { format: 'geojson', name: 'gas-power.geojson', data: CJJ61_LINES_GEOJSON },
  ],
};

function dataErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isDataError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('parseCjj61Tables on the crafted delivery (Chinese headers, CSV + GeoJSON)', () => {
  const network = parseCjj61Tables(FIXTURE);
  const nodes = new Map<string, NetworkNode>(network.nodes.map((node) => [node.id, node]));
  const links = new Map<string, NetworkLink>(network.links.map((link) => [link.id, link]));

  test('counts, ids, kinds, CRS and format', () => {
    assert.doesNotThrow(() => Network.parse(network));
    assert.equal(network.sourceFormat, 'cjj61');
    assert.equal(network.crs, 'EPSG:4549');
    assert.deepEqual(network.units, { system: 'SI', flow: 'none', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' });
    assert.deepEqual([...nodes.keys()], ['JS1', 'JS2', 'JS3', 'JS4', 'JS5', 'P9', 'YS1', 'YS2', 'YS3', 'GD1', 'GD2', 'RQ7', 'JS9', 'gas-power-n1', 'gas-power-n2', 'gas-power-n3']);
    assert.equal(network.links.length, 12);
    const kinds = Object.fromEntries(['JS1', 'JS2', 'JS3', 'JS5', 'P9', 'YS1', 'YS3', 'GD1', 'RQ7', 'JS9'].map((id) => [id, nodes.get(id)!.kind]));
    assert.deepEqual(kinds, { JS1: 'valve', JS2: 'fitting', JS3: 'hydrant', JS5: 'fitting', P9: 'fitting', YS1: 'manhole', YS3: 'outfall', GD1: 'manhole', RQ7: 'valve', JS9: 'junction' });
    assert.deepEqual([nodes.get('JS1')!.status, nodes.get('RQ7')!.status, nodes.get('JS2')!.status], ['open', 'closed', null]);
  });

  test('X坐标 is the northing: the values decide, and a warning says so', () => {
    assert.deepEqual([nodes.get('JS3')!.x, nodes.get('JS3')!.y], [500050, 3450030]);
    assert.ok(network.warnings.includes("cjj61: points.csv: X坐标 read as northing and Y坐标 as easting, by the values (X坐标 3450000 is a Gauss-Krüger northing, Y坐标 500000 an easting); pass surveyAxes 'x-north' or 'x-east' to force"));
    assert.ok(network.warnings.includes('cjj61: points.csv: line(s) 1 above the header skipped as a title'));
  });

  test('sizes: DN, Φ, plain mm, D, De, and box ducts W×H / WXH', () => {
    const size = (id: string) => [links.get(id)!.diameter, links.get(id)!.width, links.get(id)!.height, links.get(id)!.shape];
    assert.deepEqual(size('lines-1'), [0.3, null, null, 'CIRCULAR']);
    assert.deepEqual(size('lines-2'), [0.15, null, null, 'CIRCULAR']);
    assert.deepEqual(size('lines-3'), [0.3, null, null, 'CIRCULAR']);
    assert.deepEqual(size('lines-7'), [0.6, null, null, 'CIRCULAR']);
    assert.deepEqual(size('lines-8'), [0.8, null, null, 'CIRCULAR']);
    assert.deepEqual(size('lines-9'), [null, 0.4, 0.3, 'RECT_CLOSED']);
    assert.deepEqual(size('gas-power-2'), [null, 0.4, 0.3, 'RECT_CLOSED'], '断面 400X300 read although the file names the column 管径 elsewhere');
    assert.deepEqual(size('gas-power-1'), [0.11, null, null, 'CIRCULAR']);
  });

  test('pipe types: column, feature code, point-number prefix, neighbours', () => {
    const type = (element: NetworkNode | NetworkLink) => `${element.pipeType}/${element.pipeSubtype}`;
    assert.equal(type(nodes.get('JS1')!), 'JS/JP', 'column 给水, subtype from code 51042201');
    assert.equal(type(nodes.get('P9')!), 'JS/JP', 'no type column value, no letter prefix: feature code 51042101');
    assert.equal(type(nodes.get('RQ7')!), 'RQ/null', 'from the point number RQ7');
    assert.equal(type(nodes.get('GD1')!), 'DL/GD', 'column 电力, subtype from the point number GD1');
    assert.equal(type(nodes.get('YS2')!), 'PS/YS');
    assert.equal(type(links.get('lines-5')!), 'JS/JP', 'no type column value: point numbers JS4/P9');
    assert.equal(type(links.get('gas-power-3')!), 'RQ/TR', 'feature code 53031000');
    assert.equal(links.get('gas-power-3')!.attributes.featureCode, '53031000');
    assert.deepEqual([nodes.get('JS1')!.featureCode, nodes.get('JS5')!.featureCode, nodes.get('JS5')!.attributes.featureCode], ['51042201', null, '5104220']);
    assert.ok(network.warnings.includes('cjj61: points.csv line 7: "5104220" is not a CJJ 61 feature code; give 8 digits, e.g. 52012202'));
    assert.deepEqual([links.get('lines-7')!.kind, links.get('lines-7')!.flowDirection, links.get('lines-1')!.kind, links.get('lines-1')!.flowDirection], ['conduit', 'from-to', 'pipe', 'both']);
  });

  test('a missing point reference becomes a node without coordinates, with a warning', () => {
    const js9 = nodes.get('JS9')!;
    assert.deepEqual([js9.x, js9.y, js9.pointNumber, js9.attributes.missingFromPointTable, js9.pipeType], [null, null, 'JS9', true, 'JS']);
    assert.equal(links.get('lines-6')!.length, null, 'no coordinates at one end, no length');
    assert.ok(network.warnings.includes('cjj61: lines.csv line 7: end point JS9 is not in the point table and the segment has no geometry; a node without coordinates is made'));
  });

  test('depths, inverts (CJJ 61: drainage to the invert, other pipes to the top), year, owner, counts', () => {
    const ys = links.get('lines-7')!;
    assert.deepEqual([ys.startDepth, ys.endDepth, ys.attributes.depthReference], [2, 2.3, 'invert']);
    near(ys.startInvertElevation, 3);
    near(ys.endInvertElevation, 2.8);
    near(nodes.get('YS3')!.invertElevation, 2.2);
    const main = links.get('lines-1')!;
    assert.equal(main.attributes.depthReference, 'top');
    near(main.startInvertElevation, 5.2 - 1.2 - 0.3);
    near(main.endInvertElevation, 5.25 - 1.15 - 0.3);
    near(links.get('lines-9')!.startInvertElevation, 5.4 - 0.7 - 0.3, 1e-12);
    assert.deepEqual([main.yearBuilt, main.owner, main.material, main.burialMethod, main.pressureClass], [2005, '某水务集团', '球墨铸铁', '直埋', '0.4MPa']);
    assert.deepEqual([links.get('lines-3')!.yearBuilt, links.get('lines-9')!.yearBuilt, links.get('gas-power-1')!.yearBuilt], [2005, 2010, 2012]);
    assert.deepEqual(links.get('lines-9')!.attributes, { source: 'lines.csv line 10', cableCount: 6, ductCount: 12, depthReference: 'top' });
    assert.equal(links.get('lines-9')!.pressureClass, '10kV');
    assert.deepEqual(links.get('lines-2')!.attributes, { source: 'lines.csv line 3', 备注: '消防支管', depthReference: 'top' });
    assert.deepEqual(nodes.get('RQ7')!.attributes, { source: 'points.csv line 14', 备注: '中压, 调压前', depthReference: 'top' });
  });

  test('GeoJSON lines without point numbers: ends snap to points within 0.05 m, vertices kept, lengths drawn', () => {
    const gas = links.get('gas-power-1')!;
    assert.deepEqual([gas.from, gas.to, gas.vertices], ['RQ7', 'gas-power-n1', [[500030, 3450310]]]);
    near(gas.length, Math.hypot(29.99, 9.98) + Math.hypot(30, 10), 1e-9);
    assert.deepEqual([links.get('gas-power-3')!.from, links.get('gas-power-2')!.from], ['gas-power-n1', 'GD2']);
    near(links.get('lines-1')!.length, 50);
  });
});

describe('parseCjj61Tables choices and options', () => {
  const lines = (text: string) => ({ format: 'csv' as const, name: 'l.csv', data: text });
  const points = (text: string) => ({ format: 'csv' as const, name: 'p.csv', data: text });

  test('local coordinates: Chinese headers follow the surveying convention, English ones the GIS one, the option forces', () => {
    const chinese = parseCjj61Tables({ points: points('点号,X坐标,Y坐标\nA1,10,20\nA2,10,30'), lines: lines('起点点号,终点点号\nA1,A2') });
    assert.deepEqual([chinese.nodes[0].x, chinese.nodes[0].y], [20, 10]);
    assert.match(chinese.warnings.join('\n'), /X坐标 read as northing and Y坐标 as easting, by the Chinese surveying convention/);
    const english = parseCjj61Tables({ points: points('PointNo,X,Y\nA1,10,20\nA2,10,30'), lines: lines('START,END\nA1,A2') });
    assert.deepEqual([english.nodes[0].x, english.nodes[0].y], [10, 20]);
    const forced = parseCjj61Tables({ points: points('点号,X坐标,Y坐标\nA1,10,20\nA2,10,30'), lines: lines('起点点号,终点点号\nA1,A2') }, { surveyAxes: 'x-east' });
    assert.deepEqual([forced.nodes[0].x, forced.nodes[0].y], [10, 20]);
    assert.match(forced.warnings.join('\n'), /X坐标 read as easting and Y坐标 as northing, by the surveyAxes option/);
    const named = parseCjj61Tables({ points: points('点号,东坐标,北坐标\nA1,10,20\nA2,10,30'), lines: lines('起点点号,终点点号\nA1,A2') });
    assert.deepEqual([named.nodes[0].x, named.nodes[0].y], [10, 20]);
  });

  test('an explicit column map wins over the guesses; a map naming a missing column is a DataError', () => {
    const network = parseCjj61Tables(
      { points: points('点号,X,Y,深\nA1,0,0,1.5\nA2,0,10,1.6'), lines: lines('from_pt,to_pt,管径\nA1,A2,DN100') },
      { columns: { points: { depth: '深' }, lines: { startPoint: 'from_pt', endPoint: 'to_pt' } }, surveyAxes: 'x-east' },
    );
    assert.deepEqual([network.links[0].from, network.links[0].to, network.nodes[0].depth, network.links[0].length], ['A1', 'A2', 1.5, 10]);
    assert.equal(
      dataErrorOf(() => parseCjj61Tables({ lines: lines('a,b\n1,2') }, { columns: { lines: { startPoint: '起点' } } })),
      'cjj61: the column map gives "起点" for startPoint, but l.csv has no such column; its columns are "a", "b"',
    );
  });

  test('segments drawn backwards are reversed; an ambiguous size is left unknown with a warning', () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { 起点点号: 'A', 终点点号: 'B', 管径: '4' }, geometry: { type: 'LineString', coordinates: [[100, 0], [50, 5], [0, 0]] } }],
    });
    const network = parseCjj61Tables({ points: points('点号,东坐标,北坐标\nA,0,0\nB,100,0'), lines: { format: 'geojson', name: 'l.geojson', data: geojson } }, { coordinateUnits: 'm' });
    assert.deepEqual([network.links[0].from, network.links[0].to, network.links[0].vertices, network.links[0].diameter], ['A', 'B', [[50, 5]], null]);
    assert.ok(network.warnings.includes('cjj61: l.geojson feature 1: the segment is drawn from B to A; its geometry is reversed to run from the start point'));
    assert.ok(network.warnings.includes('cjj61: l.geojson feature 1: 管径 "4": 4 without a unit is ambiguous (millimetres, metres or inches?); give the sizeUnit option or write the unit; read as unknown'));
  });

  test('lines only, by geometry: ends within the snap tolerance meet; a GeoJSON in lon/lat is read as WGS 84', () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { 管线类型: 'JS' }, geometry: { type: 'LineString', coordinates: [[121.0, 31.0], [121.001, 31.0]] } },
        // 0.0000003° of longitude is about 0.03 m at 31° N: within 0.05 m.
        { type: 'Feature', properties: { 管线类型: 'JS' }, geometry: { type: 'LineString', coordinates: [[121.0010003, 31.0], [121.001, 31.001]] } },
      ],
    });
    const network = parseCjj61Tables({ lines: { format: 'geojson', name: 'mains.geojson', data: geojson } });
    assert.deepEqual([network.crs, network.units.coordinates, network.sourceFormat, network.nodes.length], ['EPSG:4326', 'deg', 'gis', 3]);
    near(network.links[0].length, 0.001 * Math.cos((31 * Math.PI) / 180) * 111_195.08, 0.01);
  });

  test('bad tables are DataErrors that name the file and say what to give', () => {
    assert.equal(
      dataErrorOf(() => parseCjj61Tables({ lines: lines('管线类型,管径\n给水,DN100') })),
      'cjj61: l.csv has no start and end point numbers (起点点号, 终点点号) and no line geometry, so its segments cannot be placed; name the point-number columns with the columns option (e.g. { lines: { startPoint: "起点", endPoint: "连接点" } }) or give a Shapefile or GeoJSON of LineStrings',
    );
    assert.equal(
      dataErrorOf(() => parseCjj61Tables({ points: points('点号,地面高程\nA,5'), lines: lines('起点点号,终点点号\nA,B') })),
      'cjj61: p.csv has no point geometry and no coordinate columns (X/Y, X坐标/Y坐标, 东坐标/北坐标); name them with the columns option, e.g. { points: { x: "X坐标", y: "Y坐标" } }',
    );
    assert.equal(dataErrorOf(() => parseCjj61Tables({ lines: lines('起点点号\nA') })), 'cjj61: l.csv has a start point column "起点点号" but no end point column (终点点号); give both, or name them with the columns option');
    assert.equal(dataErrorOf(() => parseCjj61Tables({ lines: [] })), 'cjj61: no line table; give at least one table of pipe segments (管线段表: 起点点号, 终点点号 ... or a LineString layer)');
    assert.equal(dataErrorOf(() => parseCjj61Tables({ lines: { format: 'geojson', name: 'x.geojson', data: '{"type":"Feat' } })).split(' (')[0], 'cjj61: x.geojson is not JSON');
    const mixed = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }, { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } }] });
    assert.equal(dataErrorOf(() => parseCjj61Tables({ lines: { format: 'geojson', name: 'm.geojson', data: mixed } })), 'cjj61: m.geojson has 1 point and 1 line feature(s); give pipe points and pipe segments as separate files');
    const gbk = new Uint8Array([0xc6, 0xf0, 0xb5, 0xe3, 0xb5, 0xe3, 0xba, 0xc5, 0x2c, 0xd6, 0xd5, 0xb5, 0xe3, 0xb5, 0xe3, 0xba, 0xc5, 0x0a, 0x41, 0x2c, 0x42]); // 起点点号,终点点号\nA,B
    assert.match(dataErrorOf(() => parseCjj61Tables({ lines: { format: 'csv', name: 'gbk.csv', data: gbk } })), /^cjj61: gbk\.csv line 1: bytes C6 F0 at offset 0 are not UTF-8; it looks like GBK\/GB18030/);
    assert.equal(dataErrorOf(() => parseCjj61Tables({ lines: lines('起点点号,终点点号\nA,B') }, { snapTolerance: -1 })), 'cjj61: option snapTolerance is -1; give a distance in metres, 0 or more');
  });

  test('data problems never fail the import: bad numbers, years and types are warnings', () => {
    const network = parseCjj61Tables({
      points: points('点号,X坐标,Y坐标,埋深\nJS1,3450000,500000,abc\nJS2,3450000,500010,1.2'),
      lines: lines('起点点号,终点点号,管线类型,埋设年代\nJS1,JS2,水管,90年代'),
    });
    assert.deepEqual([network.nodes[0].depth, network.links[0].yearBuilt, network.links[0].attributes.yearBuilt, network.links[0].pipeType], [null, null, '90年代', 'JS']);
    assert.ok(network.warnings.includes('cjj61: p.csv line 2: 埋深 "abc" is not a number; read as unknown'));
    assert.ok(network.warnings.includes('cjj61: l.csv line 2: 埋设年代 "90年代" is not a year or date; kept as an attribute'));
    assert.ok(network.warnings.includes('cjj61: l.csv line 2: pipe type "水管" is not a CJJ 61 type (JS, PS, RQ, RL, DL, TX, GY, QT or their names)'));
  });
});
