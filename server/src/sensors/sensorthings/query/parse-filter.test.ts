import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatFilter } from './format-filter.ts';
import { parseFilter } from './parse-filter.ts';

const grouped = (text: string) => formatFilter(parseFilter(text));
const fails = (text: string, message: string | RegExp) =>
  assert.throws(() => parseFilter(text), { name: 'DataError', message: typeof message === 'string' ? `sensorthings-query: ${message}` : message }, text);

describe('parseFilter', () => {
  test('reads the $filter examples of SensorThings 1.1 (9.3.3.5)', () => {
    assert.equal(grouped("name eq 'IlluminanceLevel'"), "(name eq 'IlluminanceLevel')");
    assert.equal(grouped('result lt 10.00'), '(result lt 10)');
    assert.equal(grouped("geo.distance(Locations/location, geography'POINT(-122, 43)') gt 1"), "(geo.distance(Locations/location, geography'POINT(-122 43)') gt 1)");
    assert.equal(grouped('phenomenonTime ge 2013-03-01T00:00:00Z and phenomenonTime lt 2013-03-02T00:00:00Z'), '((phenomenonTime ge 2013-03-01T00:00:00Z) and (phenomenonTime lt 2013-03-02T00:00:00Z))');
    assert.equal(grouped("substringof('room', name)"), "substringof('room', name)");
    assert.equal(grouped("geo.intersects(location, geography'POLYGON((30 10, 10 20, 20 40, 40 40, 30 10))')"), "geo.intersects(location, geography'POLYGON((30 10, 10 20, 20 40, 40 40, 30 10))')");
    assert.equal(grouped("not startswith(description,'test')"), "(not startswith(description, 'test'))");
    assert.equal(grouped('(result sub 5) gt 10'), '((result sub 5) gt 10)');
    assert.equal(grouped('result gt 20 or result le 3.5'), '((result gt 20) or (result le 3.5))');
  });

  test('keeps the syntax tree with positions', () => {
    assert.deepEqual(parseFilter('Datastream/@iot.id eq -3'), {
      kind: 'binary',
      operator: 'eq',
      start: 0,
      end: 24,
      left: { kind: 'path', segments: ['Datastream', 'id'], start: 0, end: 18 },
      right: { kind: 'literal', type: 'number', value: -3, start: 22, end: 24 },
    });
  });

  test('follows the OData precedence: not, mul, add, comparison, eq, and, or', () => {
    // `not` is unary and binds tightest (OData URL conventions 5.1.1.9), so `not a eq 1` is `(not a) eq 1`.
    assert.equal(grouped('not a eq 1 or b eq 2 and c eq 3'), '(((not a) eq 1) or ((b eq 2) and (c eq 3)))');
    assert.equal(grouped('not (a eq 1) or b eq 2 and c eq 3'), '((not (a eq 1)) or ((b eq 2) and (c eq 3)))');
    assert.equal(grouped('a add b mul c gt d sub e div f'), '((a add (b mul c)) gt (d sub (e div f)))');
    assert.equal(grouped('a lt 1 eq b gt 2'), '((a lt 1) eq (b gt 2))');
    assert.equal(grouped('a sub b sub c'), '((a sub b) sub c)');
    assert.equal(grouped('a or b and c or d'), '((a or (b and c)) or d)');
    assert.equal(grouped('(a or b) and c'), '((a or b) and c)');
    assert.equal(grouped('- result gt -2'), '((-result) gt -2)');
    assert.equal(grouped('not not a'), '(not (not a))');
  });

  test('reads nested JSON properties, literals and calls', () => {
    assert.equal(grouped("Thing/properties/kind eq 'pump' and properties/a/b ne null"), "((Thing/properties/kind eq 'pump') and (properties/a/b ne null))");
    assert.equal(grouped("name eq 'it''s' or name eq ''"), "((name eq 'it''s') or (name eq ''))");
    assert.equal(grouped('phenomenonTime gt now() sub duration\'P1D\''), "(phenomenonTime gt (now() sub duration'P1D'))");
    assert.equal(grouped("concat(concat(name, ' '), description) eq 'a b'"), "(concat(concat(name, ' '), description) eq 'a b')");
    assert.equal(grouped('substring(name, 1, 2) eq true'), '(substring(name, 1, 2) eq true)');
  });

  test('names the position and the token of syntax errors', () => {
    fails('result gt', "$filter at 10: expected a value after 'gt', found end of text");
    fails('result gt and', "$filter at 11: expected a value after 'gt', found 'and'");
    fails('result 10', '$filter at 8: expected an operator (eq, ne, gt, ge, lt, le, and, or, add, sub, mul, div, mod) or the end, found \'10\'');
    fails('result gt 1)', "$filter at 12: expected no ')' here (it closes nothing), found ')'");
    fails('(result gt 1', "$filter at 13: expected ')' to close the '(' at 1, or an operator, found end of text");
    fails('result GT 1', "$filter at 8: expected an operator (eq, ne, gt, ge, lt, le, and, or, add, sub, mul, div, mod) or the end, found 'GT' (operators are lower case: write gt)");
    fails("substringof('room' name)", "$filter at 20: expected ',' or ')' in the arguments of substringof, found 'name'");
    fails("substringof('room')", '$filter at 1: substringof takes 2 argument(s), substringof(string, string); found 1');
    fails('substring(name)', '$filter at 1: substring takes 2 or 3 argument(s), substring(string, number[, number]); found 1');
    fails('frobnicate(name) eq 1', /^sensorthings-query: \$filter at 1: unknown function 'frobnicate'; the functions are substringof, contains, startswith/);
    fails('totaloffsetminutes(phenomenonTime) eq 60', '$filter at 1: totaloffsetminutes() is not supported: times are stored in UTC without the offset they were sent with');
    fails("Datastreams/any(d:d/name eq 'x')", "$filter at 18: ':' belongs to the lambda operators any and all, which are not supported");
    fails('Datastreams/any()', '$filter at 13: Datastreams/any(…) is not supported: lambda operators over collections are not supported');
    fails('Thing/ eq 1', "$filter at 8: expected a property name after '/' at 6, found 'eq'");
    fails("geo.distance eq 1", '$filter at 1: geo.distance is a function; call it as geo.distance(geometry, geometry)');
    fails('   ', '$filter is empty; give an expression such as result gt 10, or leave $filter out');
    fails('name eq ,', "$filter at 9: expected a value after 'eq', found ','");
  });
});
