import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError, Network } from '@cimtwin/schemas';
import { readNetworkData, skipWithoutNetworkData } from '../testing/network-data.ts';
import { countLines, scanInpSections } from '../testing/scan-inp-text.ts';
import { parseEpanetInp } from './parse-epanet-inp.ts';

const FOOT = 0.3048;
const INCH = 0.0254;

function countKinds(elements: { kind: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of elements) counts[element.kind] = (counts[element.kind] ?? 0) + 1;
  return counts;
}

function withoutZeros(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

const REAL_FILES = [
  { file: 'ky4.inp', units: 'GPM', length: FOOT, diameter: INCH },
  { file: 'ky9.inp', units: 'GPM', length: FOOT, diameter: INCH },
  { file: 'L-TOWN.inp', units: 'CMH', length: 1, diameter: 0.001 },
  { file: 'micropolis/MICROPOLIS_v1.inp', units: 'GPM', length: FOOT, diameter: INCH },
];

describe('parseEpanetInp on real networks', { skip: skipWithoutNetworkData }, () => {
  for (const { file, units, length, diameter } of REAL_FILES) {
    test(`${file}: counts, ends, coordinates and units`, () => {
      const text = readNetworkData(file);
      const network = parseEpanetInp(text, { name: file });
      const scan = scanInpSections(text);

      assert.deepEqual(countKinds(network.nodes), withoutZeros({ junction: countLines(scan, 'JUNCTIONS'), reservoir: countLines(scan, 'RESERVOIRS'), tank: countLines(scan, 'TANKS') }));
      assert.deepEqual(countKinds(network.links), withoutZeros({ pipe: countLines(scan, 'PIPES'), pump: countLines(scan, 'PUMPS'), valve: countLines(scan, 'VALVES') }));

      const nodeIds = new Set(network.nodes.map((node) => node.id));
      for (const link of network.links) {
        assert.ok(nodeIds.has(link.from) && nodeIds.has(link.to), `link ${link.id} ends ${link.from} / ${link.to} exist`);
      }
      const withoutCoordinates = network.nodes.filter((node) => node.x === null || node.y === null).map((node) => node.id);
      assert.deepEqual(withoutCoordinates, []);

      assert.equal(network.units.flow, units);
      const [pipeId, , , pipeLength, pipeDiameter] = scan.get('PIPES')![0];
      const pipe = network.links.find((link) => link.id === pipeId)!;
      assert.ok(Math.abs(pipe.length! - Number(pipeLength) * length) < 1e-9, `${pipeId} length in metres`);
      assert.ok(Math.abs(pipe.diameter! - Number(pipeDiameter) * diameter) < 1e-12, `${pipeId} diameter in metres`);
      const [junctionId, elevation] = scan.get('JUNCTIONS')![0];
      assert.ok(Math.abs(network.nodes.find((node) => node.id === junctionId)!.elevation! - Number(elevation) * length) < 1e-9);

      // Check-valve pipes are the only directed pipes.
      const checkValves = scan.get('PIPES')!.filter((fields) => fields[7]?.toUpperCase() === 'CV').length;
      assert.equal(network.links.filter((link) => link.kind === 'pipe' && link.flowDirection === 'from-to').length, checkValves);

      assert.doesNotThrow(() => Network.parse(network));
    });
  }

  test('ky4: a pump closed in [STATUS] is closed', () => {
    const network = parseEpanetInp(readNetworkData('ky4.inp'));
    assert.equal(network.links.find((link) => link.id === '~@Pump-1')!.status, 'closed');
    assert.equal(network.links.find((link) => link.id === '~@Pump-2')!.status, 'open');
  });

  test('L-TOWN: [DEMANDS] replace junction demands, summed per junction, in m³/s', () => {
    const text = readNetworkData('L-TOWN.inp');
    const network = parseEpanetInp(text);
    const expected = new Map<string, number>();
    for (const [id, demand] of scanInpSections(text).get('DEMANDS')!) expected.set(id, (expected.get(id) ?? 0) + Number(demand));
    assert.ok(expected.size > 700);
    for (const [id, demand] of expected) {
      const node = network.nodes.find((candidate) => candidate.id === id)!;
      assert.ok(Math.abs(node.demand! - demand / 3600) < 1e-12, `demand of ${id}`);
    }
    assert.equal(network.units.coordinates, 'm');
  });

  test('Micropolis: valves are TCV links, statuses and D-W roughness in metres', () => {
    const network = parseEpanetInp(readNetworkData('micropolis/MICROPOLIS_v1.inp'));
    assert.equal(network.name, 'Pipe Map Name: Pipenet6.shp', 'first [TITLE] line, tabs made spaces');
    const v1 = network.links.find((link) => link.id === 'V1')!;
    assert.equal(v1.kind, 'valve');
    assert.equal(v1.valveType, 'TCV');
    assert.equal(v1.status, 'open');
    assert.equal(network.links.find((link) => link.id === 'HSP#2')!.status, 'closed');
    assert.equal(network.units.roughness, 'darcy-weisbach-m');
    assert.ok(Math.abs(network.links.find((link) => link.id === 'SC0')!.roughness! - 0.005 * 0.001 * FOOT) < 1e-15);
    assert.equal(network.units.coordinates, 'ft');
  });
});

/** Runs `parse` and returns the DataError message, failing when nothing or something else is thrown. */
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
Small test network

[junctions]
;ID   Elev  Demand
 J1\t10\t1.5
 J2   12
"J 3" 14  0  Pat1  ;corner

[RESERVOIRS]
 R1   50

[PIPES]
 P1   R1   J1   100  200  130
 P2   J1   J2   50.5 150  130  0  Closed
 P3   J2   "J 3" 20  100  130  0  CV   ;last

[OPTIONS]
 Units   LPS
 Headloss H-W

[COORDINATES]
 R1 0 0
 J1 1 0
 J2 2 0
 "J 3" 3 0

[VERTICES]
 P3 2.5 0.5

[CURVES]
 C1 1 2
`;

describe('parseEpanetInp on small inputs', () => {
  test('reads SI units, tabs, quoted ids, comments, missing optional columns and lower-case sections', () => {
    const network = parseEpanetInp(SMALL);
    assert.equal(network.name, 'Small test network');
    assert.deepEqual(network.units, { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: 'hazen-williams-c', coordinates: null });
    assert.deepEqual(network.nodes.map((node) => node.id), ['J1', 'J2', 'J 3', 'R1']);
    const j1 = network.nodes[0];
    assert.equal(j1.elevation, 10);
    assert.ok(Math.abs(j1.demand! - 0.0015) < 1e-15);
    assert.equal(network.nodes[1].demand, null);
    assert.deepEqual(network.nodes[2].attributes, { demandPattern: 'Pat1', comment: 'corner' });
    assert.equal(network.nodes[3].elevation, 50);
    const [p1, p2, p3] = network.links;
    assert.equal(p1.diameter, 0.2);
    assert.equal(p1.length, 100);
    assert.equal(p2.status, 'closed');
    assert.equal(p3.to, 'J 3');
    assert.equal(p3.flowDirection, 'from-to');
    assert.deepEqual(p3.vertices, [[2.5, 0.5]]);
    assert.deepEqual(network.warnings, []);
  });

  test('US units: feet and inches to metres, D-W millifeet to metres', () => {
    const network = parseEpanetInp(SMALL.replace('Units   LPS', 'Units CFS').replace('Headloss H-W', 'Headloss D-W'));
    assert.equal(network.units.system, 'US');
    assert.ok(Math.abs(network.links[0].diameter! - 200 * INCH) < 1e-12);
    assert.ok(Math.abs(network.links[0].length! - 100 * FOOT) < 1e-12);
    assert.ok(Math.abs(network.links[0].roughness! - 130 * 0.001 * FOOT) < 1e-12);
    assert.ok(Math.abs(network.nodes[0].demand! - 1.5 * FOOT ** 3) < 1e-12);
  });

  test('a pipe without end nodes names section, line and what is missing', () => {
    const message = dataErrorOf(() => parseEpanetInp(SMALL.replace(' P1   R1   J1   100  200  130', ' P1   R1')));
    assert.match(message, /^epanet-inp: \[PIPES\] line 14: end node of pipe "P1" is missing/);
  });

  test('a pipe to an unknown node names the node and where nodes are defined', () => {
    const message = dataErrorOf(() => parseEpanetInp(SMALL.replace('P2   J1   J2', 'P2   J1   J9')));
    assert.equal(message, 'epanet-inp: [PIPES] line 15: pipe "P2" refers to node "J9", which is not defined in [JUNCTIONS], [RESERVOIRS] or [TANKS]');
  });

  test('a non-numeric value, a duplicate id and an unknown unit are DataErrors', () => {
    assert.match(dataErrorOf(() => parseEpanetInp(SMALL.replace('50.5 150', 'abc 150'))), /\[PIPES\] line 15: length "abc" is not a number/);
    assert.match(dataErrorOf(() => parseEpanetInp(SMALL.replace(' R1   50', ' J2   50'))), /\[RESERVOIRS\] line 11: node id "J2" is already defined at \[JUNCTIONS\] line 7/);
    assert.match(dataErrorOf(() => parseEpanetInp(SMALL.replace('Units   LPS', 'Units   XYZ'))), /UNITS "XYZ" is not one of CFS, GPM/);
  });

  test('[STATUS] and [VALVES] problems are DataErrors; unknown map data is a warning', () => {
    assert.match(dataErrorOf(() => parseEpanetInp(`${SMALL}\n[STATUS]\n P9 Closed\n`)), /\[STATUS\] line \d+: status for link "P9", which is not defined/);
    assert.match(dataErrorOf(() => parseEpanetInp(`${SMALL}\n[VALVES]\n V1 J1 J2 100 XYZ 0\n`)), /valve "V1" type "XYZ" is not one of PRV, PSV/);
    const network = parseEpanetInp(`${SMALL}\n[COORDINATES]\n J9 5 5\n`);
    assert.match(network.warnings[0], /coordinates of "J9", which is not a node; ignored/);
  });

  test('a file with no node section is not taken for EPANET', () => {
    assert.match(dataErrorOf(() => parseEpanetInp('[TITLE]\nnothing\n')), /no \[JUNCTIONS\], \[RESERVOIRS\] or \[TANKS\] section/);
  });
});
