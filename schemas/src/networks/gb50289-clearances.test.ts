import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyBurialMethod } from './burial-method.ts';
import { gasPressureClasses } from './gas-pressure-class.ts';
import { ClearanceTable, GB50289_CLEARANCES } from './gb50289-clearances.ts';

test('every entry cites table 4.1.9 or 4.1.14 of GB 50289-2016 and none claims to be verified', () => {
  assert.equal(GB50289_CLEARANCES.length, 104);
  for (const entry of GB50289_CLEARANCES) {
    assert.equal(entry.verified, false, entry.id);
    assert.equal(entry.provenance, 'general-knowledge', entry.id);
    assert.match(entry.source, /not checked against the printed/);
    assert.equal(entry.clause.clause, entry.horizontal === null ? '表4.1.14' : '表4.1.9', entry.id);
    assert.deepEqual([entry.clause.standard, entry.clause.year], ['GB 50289', '2016']);
  }
  assert.equal(GB50289_CLEARANCES.filter((entry) => entry.vertical !== null).length, 40);
});

test('a few cells, as encoded', () => {
  const byId = new Map(GB50289_CLEARANCES.map((entry) => [entry.id, entry]));
  assert.equal(byId.get('h-water-gas-sub-high-a')?.horizontal, 1.5);
  assert.equal(byId.get('h-drain-gas-medium')?.horizontal, 1.2);
  assert.equal(byId.get('h-building-gas-sub-high-a')?.horizontal, 13.5);
  assert.equal(byId.get('v-drain-water')?.vertical, 0.4);
  assert.equal(byId.get('v-telecom-duct-drain')?.vertical, 0.15);
  assert.deepEqual(byId.get('h-water-large-drain')?.between[0].diameter, { above: 0.2, upTo: null });
});

test('the table schema rejects duplicate ids and entries with both or neither distance', () => {
  const [first] = GB50289_CLEARANCES;
  assert.throws(() => ClearanceTable.parse([first, first]), /used twice/);
  assert.throws(() => ClearanceTable.parse([{ ...first, vertical: 0.15 }]), /horizontal or a vertical/);
});

test('gas pressure classes from names and figures', () => {
  assert.deepEqual(gasPressureClasses('中压A'), ['medium-A']);
  assert.deepEqual(gasPressureClasses('中压'), ['medium-B', 'medium-A']);
  assert.deepEqual(gasPressureClasses('次高压B级'), ['sub-high-B']);
  assert.deepEqual(gasPressureClasses('0.4MPa'), ['medium-A']);
  assert.deepEqual(gasPressureClasses('0.41 MPa'), ['sub-high-B']);
  assert.deepEqual(gasPressureClasses('5kPa'), ['low']);
  assert.deepEqual(gasPressureClasses('1.6'), ['sub-high-A']);
  assert.deepEqual(gasPressureClasses('低压'), ['low']);
  assert.deepEqual(gasPressureClasses('很高'), []);
  assert.deepEqual(gasPressureClasses(null), []);
});

test('burial forms from surveyed 埋设方式', () => {
  assert.deepEqual(['直埋', '管块', '管沟', '综合管沟', '架空', '直埋套管', '', '??'].map(classifyBurialMethod), ['direct', 'duct', 'trench', 'tunnel', 'overhead', 'duct', null, null]);
});
