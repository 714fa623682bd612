import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_OPERATOR, readOperatorName, writeOperatorName } from './operator-name.ts';

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key) };
}

test('the operator is viewer until someone names one; blank goes back to viewer', () => {
  const storage = memoryStorage();
  assert.equal(readOperatorName(storage), DEFAULT_OPERATOR);
  assert.equal(writeOperatorName('  张三 ', storage), '张三');
  assert.equal(readOperatorName(storage), '张三');
  assert.equal(writeOperatorName('   ', storage), DEFAULT_OPERATOR);
  assert.equal(readOperatorName(storage), DEFAULT_OPERATOR);
  assert.equal(readOperatorName(undefined), DEFAULT_OPERATOR);
});
