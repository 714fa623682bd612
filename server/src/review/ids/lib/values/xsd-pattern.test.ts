import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileXsdPattern, matchesXsdPattern, XsdPatternError } from './xsd-pattern.ts';

test('XSD patterns are implicitly anchored', () => {
  assert.ok(matchesXsdPattern('[A-Z]{2}[0-9]{2}', 'WT01'));
  assert.ok(!matchesXsdPattern('[A-Z]{2}[0-9]{2}', 'XWT01'));
  assert.ok(matchesXsdPattern('.{1,5}', 'abc'));
  assert.ok(!matchesXsdPattern('.{1,5}', 'abcdef'));
  assert.ok(matchesXsdPattern('a|b', 'b'));
  assert.ok(!matchesXsdPattern('a|b', 'ab'));
});

test('^ and $ are ordinary characters in XSD', () => {
  assert.ok(matchesXsdPattern('^.{1,5}$', '^AB$'));
  assert.ok(!matchesXsdPattern('^.{1,5}$', 'AB'));
});

test('. excludes only line breaks; \\d and \\w are Unicode classes', () => {
  assert.ok(matchesXsdPattern('.', '\u2028'));
  assert.ok(!matchesXsdPattern('.', '\n'));
  assert.ok(matchesXsdPattern('\\d', '\u0663'));
  assert.ok(matchesXsdPattern('\\w+', 'Ärger'));
  assert.ok(!matchesXsdPattern('\\w+', 'a b'));
  assert.ok(matchesXsdPattern('\\i\\c*', '_name-1.x'));
});

test('character class subtraction, blocks and categories', () => {
  assert.ok(matchesXsdPattern('[a-z-[aeiou]]+', 'xyz'));
  assert.ok(!matchesXsdPattern('[a-z-[aeiou]]+', 'xaz'));
  assert.ok(matchesXsdPattern('\\p{IsBasicLatin}+', 'abc'));
  assert.ok(!matchesXsdPattern('\\p{IsBasicLatin}+', 'é'));
  assert.ok(matchesXsdPattern('\\p{Lu}\\P{Lu}', 'Ab'));
});

test('literals that are syntax in JavaScript stay literals', () => {
  assert.ok(matchesXsdPattern('(-|[0-9]{2,3})\\/(-|[0-9]{2,3})', '60/-'));
  assert.ok(matchesXsdPattern('a\\.b', 'a.b'));
  assert.ok(!matchesXsdPattern('a\\.b', 'axb'));
  assert.ok(matchesXsdPattern('[(){}|/]+', '(){}|/'));
  assert.ok(matchesXsdPattern('[-a]', '-'));
});

test('features outside XSD are rejected', () => {
  for (const pattern of ['(a)\\1', 'a+?', '(?:a)', 'a**', '[a', '\\q']) {
    assert.throws(() => compileXsdPattern(pattern), XsdPatternError, pattern);
  }
});
