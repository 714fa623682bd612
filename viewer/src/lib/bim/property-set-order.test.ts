import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isStandardSet, orderPropertySets } from './property-set-order.ts';

test('orderPropertySets puts standard sets first, then the rest, all by name', () => {
  const ordered = orderPropertySets({
    ArchiCADProperties: { Typ: 'Wand' },
    Pset_WallCommon: { ThermalTransmittance: 1.5, IsExternal: true },
    AC_Pset_Name: { Name: 'Wand-Int-ERDG-4' },
    BaseQuantities: { Width: 0.24 },
  });
  assert.deepEqual(ordered.map((set) => set.name), ['BaseQuantities', 'Pset_WallCommon', 'AC_Pset_Name', 'ArchiCADProperties']);
  assert.deepEqual(ordered[1]?.properties, [['IsExternal', true], ['ThermalTransmittance', 1.5]]);
});

test('orderPropertySets accepts a missing or empty record', () => {
  assert.deepEqual(orderPropertySets(undefined), []);
  assert.deepEqual(orderPropertySets({}), []);
  assert.ok(isStandardSet('Qto_WallBaseQuantities') && !isStandardSet('AC_Pset_Name'));
});
