import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenizeFilter } from './tokenize-filter.ts';

const kinds = (text: string) => tokenizeFilter(text).map((token) => `${token.kind}:${token.text}`);
const literal = (text: string) => tokenizeFilter(text)[0].literal;

describe('tokenizeFilter', () => {
  test('splits words, literals and punctuation, with offsets', () => {
    assert.deepEqual(kinds("substringof('room', Thing/name) and -5"), ['word:substringof', 'open:(', "literal:'room'", 'comma:,', 'word:Thing', 'slash:/', 'word:name', 'close:)', 'word:and', 'minus:-', 'literal:5', 'end:']);
    const tokens = tokenizeFilter('result  gt 10.00');
    assert.deepEqual(tokens.map((t) => [t.start, t.end]), [[0, 6], [8, 10], [11, 16], [16, 16]]);
    assert.deepEqual(tokens[2].literal, { kind: 'literal', type: 'number', value: 10, start: 11, end: 16 });
  });

  test('reads function names with dots and @iot.id as words', () => {
    assert.deepEqual(kinds('geo.distance(@iot.id)'), ['word:geo.distance', 'open:(', 'word:@iot.id', 'close:)', 'end:']);
  });

  test("doubles a quote inside a string ('')", () => {
    assert.equal(literal("'O''Brien''s'")?.value, "O'Brien's");
    assert.equal(literal("''")?.value, '');
    assert.equal(literal("''''")?.value, "'");
  });

  test('reads date-times with Z or an offset, dates, times and numbers with exponents', () => {
    assert.deepEqual(literal('2013-03-01T00:00:00Z'), { kind: 'literal', type: 'datetime', value: '2013-03-01T00:00:00Z', start: 0, end: 20 });
    assert.equal(literal('2022-12-23T13:21:31.144+01:00')?.value, '2022-12-23T13:21:31.144+01:00');
    assert.equal(literal('2013-03-01T00:00Z')?.type, 'datetime');
    assert.deepEqual([literal('2013-03-01')?.type, literal('2013-03-01')?.value], ['date', '2013-03-01']);
    assert.deepEqual([literal('13:21:31')?.type, literal('13:21:31')?.value], ['time', '13:21:31']);
    assert.equal(literal('1.5e3')?.value, 1500);
  });

  test('reads durations and geography literals, normalizing the WKT', () => {
    assert.deepEqual(literal("duration'P1DT2H30M'"), { kind: 'literal', type: 'duration', value: 'P1DT2H30M', start: 0, end: 19 });
    assert.equal(literal("geography'point(-122, 43)'")?.value, 'POINT(-122 43)');
    assert.equal(literal("geography'SRID=4326;POLYGON((0 0,1 0, 1 1,0 0))'")?.value, 'POLYGON((0 0, 1 0, 1 1, 0 0))');
    assert.equal(literal("geometry'MULTIPOINT((1 2), (3 4))'")?.value, 'MULTIPOINT((1 2), (3 4))');
  });

  test('refuses bad literals with their position', () => {
    const cases: [string, RegExp][] = [
      ["name eq 'open", /^sensorthings-query: \$filter at 9: the string opened here is not closed/],
      ['phenomenonTime gt 2013-03-01T00:00:00', /^sensorthings-query: \$filter at 19: the date-time 2013-03-01T00:00:00 has no offset; add Z/],
      ['phenomenonTime gt 2013-02-30T00:00:00Z', /at 19: 2013-02-30T00:00:00Z is not a valid date-time/],
      ['phenomenonTime ge 2022-12-23T13:21:31 01:00', /at 19: .* encode it as %2B/],
      ["phenomenonTime gt now() sub duration'P1M'", /at 29: duration'P1M' counts years or months/],
      ["phenomenonTime gt now() sub duration'1 day'", /at 29: duration'1 day' is not an ISO 8601 duration/],
      ["geo.intersects(location, geography'POLYGON((0 0, 1 0, 1 1))')", /at 26: geography'…': a polygon ring has 4 positions or more and ends where it starts/],
      ["geo.intersects(location, geography'POINT(39.9 116.4 1 2)')", /at 26: geography'…': .*not two numbers/],
      ["geo.intersects(location, geography'POINT(39.9 116.4)')", /outside longitude -180\.\.180, latitude -90\.\.90; give longitude first/],
      ["geo.intersects(location, geography'SRID=3857;POINT(1 2)')", /SRID=3857 is not supported/],
      ["geo.intersects(location, geography'CIRCLE(1 2)')", /is not WKT of a POINT, LINESTRING/],
      ["name eq datetime'2020'", /at 9: datetime'…' is not a literal this server reads; the typed literals are duration'…', geography'…', geometry'…'/],
      ['result >= 5', /at 8: '>=' is not OData; write ge/],
      ['result = 5', /at 8: '=' is not OData; write eq/],
      ['name eq "room"', /at 9: strings go in single quotes/],
      ['name eq #', /at 9: unexpected character '#'/],
    ];
    for (const [text, message] of cases) assert.throws(() => tokenizeFilter(text), { name: 'DataError', message }, text);
  });
});
