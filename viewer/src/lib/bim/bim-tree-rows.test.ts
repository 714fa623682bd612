import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BimTreeNode } from '../api/bim-types.ts';
import { elementClassesOfTree, flattenBimTree, storeysOfTree } from './bim-tree-rows.ts';

const node = (ifcClass: string, name: string, classes: Record<string, number>, children: BimTreeNode[] = []) => ({
  globalId: `${name}-gid`,
  name,
  ifcClass,
  classes,
  children,
});

const TREE: BimTreeNode[] = [
  node('IfcProject', 'Projekt', {}, [
    node('IfcSite', 'Gelaende', {}, [
      node('IfcBuilding', 'Haus', {}, [
        node('IfcBuildingStorey', 'Erdgeschoss', { IfcWall: 9, IfcDoor: 5 }, [node('IfcSpace', '1', {})]),
        node('IfcBuildingStorey', 'Dachgeschoss', { IfcWall: 4, IfcMember: 42, IfcSpace: 1 }),
      ]),
    ]),
  ]),
];

test('flattenBimTree lists parents before children with their depth', () => {
  const rows = flattenBimTree(TREE);
  assert.deepEqual(
    rows.map((row) => `${row.depth}:${row.node.name}`),
    ['0:Projekt', '1:Gelaende', '2:Haus', '3:Erdgeschoss', '4:1', '3:Dachgeschoss'],
  );
});

test('storeysOfTree finds the storeys in order', () => {
  assert.deepEqual(storeysOfTree(TREE).map((storey) => storey.name), ['Erdgeschoss', 'Dachgeschoss']);
});

test('elementClassesOfTree sums element classes and leaves spatial ones out', () => {
  assert.deepEqual(elementClassesOfTree(TREE), [['IfcDoor', 5], ['IfcMember', 42], ['IfcWall', 13]]);
});
