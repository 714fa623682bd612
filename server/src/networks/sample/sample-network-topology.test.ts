import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Network, NodeKind } from '@cimtwin/schemas';
import { NetworkGraph } from '../graph/network-graph.ts';
import { createLink, createNode } from '../network-elements.ts';
import { sampleOutput, type SystemTables } from './sample-output-for-tests.ts';

// Drains flow downhill to an outlet or pumping station, and every system is connected on each
// bank of the Huangpu (the river splits the district; no pipe crosses it), read from the output.

/** A network of the cimtwin model built from one system's tables, node kinds from 附属物. */
function toNetwork(t: SystemTables): Network {
  const kinds: Record<string, NodeKind> = { 阀门: 'valve', 消火栓: 'hydrant', 检查井: 'manhole', 水源: 'reservoir' };
  return {
    name: t.code,
    sourceFormat: 'cjj61',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' },
    crs: 'EPSG:4549',
    warnings: [],
    nodes: [...t.points.values()].map((p) => createNode(p.number, p.properties['特征'] === '出水口' ? 'outfall' : (kinds[String(p.properties['附属物'])] ?? 'junction'), { x: p.x, y: p.y })),
    links: t.lines.map((line, i) => createLink(`${t.code}-L${i}`, 'pipe', line.from, line.to, { flowDirection: t.code === 'YS' || t.code === 'WS' ? 'from-to' : 'both' })),
  };
}

function components(t: SystemTables): string[][] {
  const graph = new NetworkGraph(toNetwork(t));
  const { count, nodeComponent } = graph.connectedComponents();
  const groups: string[][] = Array.from({ length: count }, () => []);
  nodeComponent.forEach((c, i) => groups[c].push(graph.nodeIds[i]));
  return groups.filter((g) => g.length > 0);
}

const length = (coordinates: [number, number][]): number => coordinates.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0] - coordinates[i][0], p[1] - coordinates[i][1]), 0);

describe('sample network topology', () => {
  const { tables, networks } = sampleOutput();

  for (const code of ['YS', 'WS'] as const) {
    test(`${code}: every drain falls at least 0.1 % from start to end (inverts from 地面高程 - 埋深)`, () => {
      const t = tables.get(code)!;
      for (const line of t.lines) {
        const start = Number(t.points.get(line.from)!.properties['地面高程']) - Number(line.properties['起点埋深']);
        const end = Number(t.points.get(line.to)!.properties['地面高程']) - Number(line.properties['终点埋深']);
        const run = length(line.coordinates);
        assert.ok(start - end >= 0.001 * run - 0.0015 && start > end, `${line.from}→${line.to} falls ${(start - end).toFixed(3)} m over ${run.toFixed(1)} m`);
      }
    });

    test(`${code}: every point drains to a terminal, one outgoing pipe per manhole (two only at a summit)`, () => {
      const t = tables.get(code)!;
      const outgoing = new Map<string, string[]>();
      const incoming = new Map<string, number>();
      for (const line of t.lines) {
        outgoing.set(line.from, [...(outgoing.get(line.from) ?? []), line.to]);
        incoming.set(line.to, (incoming.get(line.to) ?? 0) + 1);
      }
      const terminal = (number: string): boolean =>
        code === 'YS' ? t.points.get(number)!.properties['特征'] === '出水口' : t.points.get(number)!.properties['附属物'] === '泵站';
      for (const [number, next] of outgoing) assert.ok(next.length === 1 || (next.length === 2 && !incoming.has(number)), `${number} has ${next.length} outgoing pipes`);
      for (const number of t.points.keys()) {
        let at = number;
        for (let steps = 0; outgoing.has(at); steps++) {
          assert.ok(steps < t.points.size, `a loop downstream of ${number}`);
          at = outgoing.get(at)![0];
        }
        assert.ok(terminal(at), `${number} ends at ${at}, which is no outlet or pumping station`);
      }
      const terminals = networks.drainTerminals[code].map((i) => networks.systems.find((s) => s.layout.code === code)!.points[i].number);
      for (const number of terminals) assert.ok(!outgoing.has(number) || code === 'YS');
    });

    test(`${code}: manhole depth is the deepest invert at the manhole; heads at least 1.9 m, nothing deeper than 6.2 m`, () => {
      const t = tables.get(code)!;
      const deepest = new Map<string, number>();
      for (const line of t.lines) {
        deepest.set(line.from, Math.max(deepest.get(line.from) ?? 0, Number(line.properties['起点埋深'])));
        deepest.set(line.to, Math.max(deepest.get(line.to) ?? 0, Number(line.properties['终点埋深'])));
      }
      for (const point of t.points.values()) {
        const depth = Number(point.properties['埋深']);
        assert.ok(Math.abs(depth - deepest.get(point.number)!) < 0.0015, `${point.number}: 埋深 ${depth} is not its deepest invert ${deepest.get(point.number)}`);
        assert.ok(depth >= 1.89 && depth <= 6.2, `${point.number} is ${depth} m deep`);
      }
    });

    test(`${code}: each connected piece has an outlet or terminal pumping station`, () => {
      const t = tables.get(code)!;
      for (const group of components(t)) {
        assert.ok(group.some((n) => t.points.get(n)!.properties['特征'] === '出水口' || t.points.get(n)!.properties['附属物'] === '泵站'), `a piece of ${group.length} points has no terminal`);
      }
    });
  }

  test('sewage is lifted by pumping stations; storm drains end in outlets on the Huangpu bank', () => {
    assert.ok(networks.drainPumps.WS.length >= 1);
    assert.ok(networks.drainTerminals.YS.length >= 2);
    for (const p of tables.get('WS')!.points.values()) if (p.properties['附属物'] === '泵站') assert.match(String(p.properties['备注']), /泵站/);
  });

  test('water, gas and power are one network on each bank of the Huangpu; water has a supply point in each', () => {
    for (const code of ['JS', 'RQ', 'DL'] as const) assert.equal(components(tables.get(code)!).length, 2, `${code} pieces`);
    const water = tables.get('JS')!;
    for (const group of components(water)) assert.ok(group.some((n) => water.points.get(n)!.properties['附属物'] === '水源'));
    const sources = [...water.points.values()].filter((p) => p.properties['附属物'] === '水源');
    assert.ok(sources.length >= 2 && sources.length <= 3, `${sources.length} supply points`);
  });

  test('telecom is one network on each bank plus the deliberate island', () => {
    const t = tables.get('TX')!;
    const island = networks.violations.find((v) => v.id === 'telecom-island')!;
    const tx = networks.systems.find((s) => s.layout.code === 'TX')!;
    const islandPoints = new Set(island.lines.flatMap(({ line }) => [tx.points[tx.lines[line].from].number, tx.points[tx.lines[line].to].number]));
    const groups = components(t);
    assert.equal(groups.length, 3);
    assert.ok(groups.some((g) => g.length === islandPoints.size && g.every((n) => islandPoints.has(n))), 'the island is not a piece of its own');
  });

  test('ground is 3.8-4.6 m and smooth; pressure pipes and ducts lie 0.6-2.0 m deep with line depths equal to point depths', () => {
    for (const t of tables.values()) {
      for (const point of t.points.values()) {
        const ground = Number(point.properties['地面高程']);
        assert.ok(ground >= 3.8 && ground <= 4.6, `${point.number} ground ${ground}`);
      }
      for (const line of t.lines) {
        const a = t.points.get(line.from)!;
        const b = t.points.get(line.to)!;
        const slope = Math.abs(Number(a.properties['地面高程']) - Number(b.properties['地面高程'])) / Math.max(1, length(line.coordinates));
        assert.ok(slope < 0.01, `ground changes ${(slope * 100).toFixed(2)} % along ${line.from}→${line.to}`);
        if (t.code === 'YS' || t.code === 'WS') continue;
        assert.equal(line.properties['起点埋深'], a.properties['埋深']);
        assert.equal(line.properties['终点埋深'], b.properties['埋深']);
        for (const depth of [Number(line.properties['起点埋深']), Number(line.properties['终点埋深'])]) assert.ok(depth >= 0.6 && depth <= 2.0, `${line.from}→${line.to} at ${depth} m`);
      }
    }
  });

  test('points are 30-60 m apart along straight runs: no segment is longer than 60 m', () => {
    for (const t of tables.values()) {
      const lengths = t.lines.map((line) => length(line.coordinates));
      assert.ok(Math.max(...lengths) <= 60.01, `${t.code} has a ${Math.max(...lengths).toFixed(1)} m segment`);
      const median = lengths.sort((a, b) => a - b)[Math.floor(lengths.length / 2)];
      assert.ok(median >= 25 && median <= 60, `${t.code} median segment ${median.toFixed(1)} m`);
    }
  });
});
