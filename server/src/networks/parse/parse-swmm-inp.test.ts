import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError, Network } from '@cimtwin/schemas';
import { readNetworkData, skipWithoutNetworkData } from '../testing/network-data.ts';
import { countLines, scanInpSections } from '../testing/scan-inp-text.ts';
import { parseSwmmInp } from './parse-swmm-inp.ts';

const FOOT = 0.3048;

function countKinds(elements: { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of elements) counts[element.kind] = (counts[element.kind] ?? 0) + 1;
  return counts;
}

function withoutZeros(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

describe('parseSwmmInp on the state-plane model', { skip: skipWithoutNetworkData }, () => {
  const file = 'swmm-model-state-plane.inp';

  test('counts, ends, coordinates, direction and CRS', () => {
    const text = readNetworkData(file);
    const network = parseSwmmInp(text);
    const scan = scanInpSections(text);
    assert.deepEqual(
      countKinds(network.nodes),
      withoutZeros({ junction: countLines(scan, 'JUNCTIONS'), outfall: countLines(scan, 'OUTFALLS'), storage: countLines(scan, 'STORAGE'), divider: countLines(scan, 'DIVIDERS') }),
    );
    assert.deepEqual(
      countKinds(network.links),
      withoutZeros({
        conduit: countLines(scan, 'CONDUITS'),
        pump: countLines(scan, 'PUMPS'),
        orifice: countLines(scan, 'ORIFICES'),
        weir: countLines(scan, 'WEIRS'),
        outlet: countLines(scan, 'OUTLETS'),
      }),
    );
    const nodeIds = new Set(network.nodes.map((node) => node.id));
    for (const link of network.links) assert.ok(nodeIds.has(link.from) && nodeIds.has(link.to), `ends of ${link.id}`);
    assert.deepEqual(network.nodes.filter((node) => node.x === null || node.y === null).map((node) => node.id), []);
    assert.ok(network.links.every((link) => link.flowDirection === 'from-to'));
    assert.equal(network.crs, 'EPSG:2817');
    assert.match(network.warnings.join('\n'), /CRS EPSG:2817 taken from the \[TITLE\] text/);
    assert.deepEqual(network.units, { system: 'US', flow: 'MGD', length: 'ft', diameter: 'ft', roughness: 'manning-n', coordinates: 'ft' });
    assert.doesNotThrow(() => Network.parse(network));
  });

  test('feet to metres: diameters, inverts plus offsets, ground from maximum depth', () => {
    const text = readNetworkData(file);
    const network = parseSwmmInp(text);
    const scan = scanInpSections(text);
    const invertOf = new Map([...scan.get('JUNCTIONS')!, ...scan.get('STORAGE')!, ...scan.get('OUTFALLS')!].map((fields) => [fields[0], Number(fields[1])]));
    for (const [id, from, to, length, , inOffset, outOffset] of scan.get('CONDUITS')!) {
      const link = network.links.find((candidate) => candidate.id === id)!;
      assert.ok(Math.abs(link.length! - Number(length) * FOOT) < 1e-9, `length of ${id}`);
      assert.ok(Math.abs(link.startInvertElevation! - (invertOf.get(from)! + Number(inOffset)) * FOOT) < 1e-9, `start invert of ${id}`);
      assert.ok(Math.abs(link.endInvertElevation! - (invertOf.get(to)! + Number(outOffset)) * FOOT) < 1e-9, `end invert of ${id}`);
    }
    for (const [id, shape, geom1] of scan.get('XSECTIONS')!) {
      assert.equal(shape, 'CIRCULAR');
      assert.ok(Math.abs(network.links.find((link) => link.id === id)!.diameter! - Number(geom1) * FOOT) < 1e-12, `diameter of ${id}`);
    }
    const j2026 = network.nodes.find((node) => node.id === 'J2-026')!;
    assert.ok(Math.abs(j2026.invertElevation! - 981.84 * FOOT) < 1e-9);
    assert.ok(Math.abs(j2026.groundElevation! - (981.84 + 3) * FOOT) < 1e-9);
  });
});

function dataErrorOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    assert.ok(isDataError(error), `expected a DataError, got ${String(error)}`);
    return (error as Error).message;
  }
  assert.fail('expected a DataError');
}

const SMALL = `[TITLE]
;;Project Title/Notes
Small drainage

[OPTIONS]
FLOW_UNITS           LPS
LINK_OFFSETS         ELEVATION

[JUNCTIONS]
;;Name  Elevation  MaxDepth
A        10         2.5
B        9          0

[OUTFALLS]
O        8          FREE   NO

[DIVIDERS]
D        9.5   C2  CUTOFF  0.1

[CONDUITS]
C1       A     B     100   0.013   10.2   *
C2       D     B     20    0.013   0      0
C3       B     O     50    0.015   9.1    8.05

[WEIRS]
W1       A     O     TRANSVERSE   11   3.33

[PUMPS]
PU1      B     A     Curve1   OFF

[XSECTIONS]
C1       CIRCULAR     0.6   0   0   0   1
C2       RECT_CLOSED  1.2   2.0 0   0   2
C3       EGG          1.5   0   0   0   1
W1       RECT_OPEN    0.5   3   0   0

[COORDINATES]
A   0 0
B   10 0
O   20 0
D   10 5

[Polygons]
S1  1 1
`;

describe('parseSwmmInp on small inputs', () => {
  test('SI units, elevation offsets, box and other sections, pumps off, dividers', () => {
    const network = parseSwmmInp(SMALL, { crs: 'EPSG:4547' });
    assert.equal(network.name, 'Small drainage');
    assert.equal(network.crs, 'EPSG:4547');
    const byId = new Map(network.links.map((link) => [link.id, link]));
    assert.equal(byId.get('C1')!.startInvertElevation, 10.2);
    assert.equal(byId.get('C1')!.endInvertElevation, 9, '* is the node invert');
    assert.equal(byId.get('C1')!.diameter, 0.6);
    assert.deepEqual([byId.get('C2')!.height, byId.get('C2')!.width, byId.get('C2')!.shape, byId.get('C2')!.attributes.barrels], [1.2, 2, 'RECT_CLOSED', 2]);
    assert.deepEqual([byId.get('C3')!.height, byId.get('C3')!.diameter, byId.get('C3')!.shape], [1.5, null, 'EGG']);
    assert.equal(byId.get('C3')!.endInvertElevation, 8.05);
    assert.equal(byId.get('W1')!.startInvertElevation, 11);
    assert.equal(byId.get('PU1')!.status, 'closed');
    const nodes = new Map(network.nodes.map((node) => [node.id, node]));
    assert.equal(nodes.get('A')!.groundElevation, 12.5);
    assert.equal(nodes.get('B')!.groundElevation, null, 'a maximum depth of 0 gives no ground level');
    assert.deepEqual(nodes.get('D')!.attributes, { divertedLink: 'C2', dividerType: 'CUTOFF' });
    assert.equal(network.units.system, 'SI');
  });

  test('depth offsets are added to the node invert', () => {
    const network = parseSwmmInp(SMALL.replace('ELEVATION', 'DEPTH').replace('10.2   *', '0.2   0.5'));
    const c1 = network.links.find((link) => link.id === 'C1')!;
    assert.equal(c1.startInvertElevation, 10.2);
    assert.equal(c1.endInvertElevation, 9.5);
  });

  test('a conduit to an unknown node and a cross-section of an unknown link are DataErrors', () => {
    assert.equal(
      dataErrorOf(() => parseSwmmInp(SMALL.replace('C3       B     O', 'C3       B     X'))),
      'swmm-inp: [CONDUITS] line 23: conduit "C3" refers to node "X", which is not defined in [JUNCTIONS], [OUTFALLS], [STORAGE] or [DIVIDERS]',
    );
    assert.match(dataErrorOf(() => parseSwmmInp(SMALL.replace('C3       EGG', 'C9       EGG'))), /\[XSECTIONS\] line \d+: cross-section of "C9", which is not defined/);
    assert.match(dataErrorOf(() => parseSwmmInp(SMALL.replace('C1       A     B     100   0.013   10.2   *', 'C1       A'))), /\[CONDUITS\] line 21: outlet node of conduit "C1" is missing/);
    assert.match(dataErrorOf(() => parseSwmmInp(SMALL.replace('FLOW_UNITS           LPS', 'FLOW_UNITS  GPH'))), /FLOW_UNITS "GPH" is not one of CFS, GPM, MGD, CMS, LPS, MLD/);
  });
});
