import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { decodeUtf8Text } from './cjj61-decode-text.ts';
import { readCsvRecords } from './cjj61-read-csv.ts';

const dataErrorOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (isDataError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a DataError');
};

describe('readCsvRecords (RFC 4180)', () => {
  test('quotes, doubled quotes, delimiters and line breaks inside quotes, CRLF, blank lines', () => {
    const text = '点号,备注,管径\r\nJS1,"含,逗号",DN300\r\n\r\nJS2,"说""明""",300\r\nJS3,"两\r\n行",\r\n';
    const { delimiter, records } = readCsvRecords(text, 't.csv');
    assert.equal(delimiter, ',');
    assert.deepEqual(records, [
      { line: 1, fields: ['点号', '备注', '管径'] },
      { line: 2, fields: ['JS1', '含,逗号', 'DN300'] },
      { line: 4, fields: ['JS2', '说"明"', '300'] },
      { line: 5, fields: ['JS3', '两\r\n行', ''] },
    ]);
  });

  test('LF and CR line ends, no final newline, empty fields, a stray quote mid-field kept', () => {
    assert.deepEqual(readCsvRecords('a,b\nx,\r1,2 "in"', 'f.csv').records, [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x', ''] },
      { line: 3, fields: ['1', '2 "in"'] },
    ]);
  });

  test('tab and semicolon delimiters are guessed from the first line', () => {
    assert.equal(readCsvRecords('a\tb\tc\n1\t2\t3', 'f').delimiter, '\t');
    assert.deepEqual(readCsvRecords('a;b\n"1;5";2', 'f').records[1].fields, ['1;5', '2']);
  });

  test('an unclosed quote is a DataError naming the line', () => {
    assert.equal(dataErrorOf(() => readCsvRecords('a,b\n1,2\n3,"oops\n4,5\n', 'lines.csv')), 'cjj61: lines.csv line 3: a quoted field is never closed; add the closing " (a quote inside a quoted field is written "")');
  });
});

describe('decodeUtf8Text', () => {
  test('strips a UTF-8 BOM from bytes and strings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('点号,X')]);
    assert.equal(decodeUtf8Text(bytes, 'p.csv'), '点号,X');
    assert.equal(decodeUtf8Text('\uFEFF点号', 'p.csv'), '点号');
  });

  test('GBK bytes are rejected with the line and what to do', () => {
    // "点号,X\nJS1,1\n管径" in GBK: 点 B5E3, 号 BAC5, 管 B9DC, 径 BEB6.
    const gbk = new Uint8Array([0xb5, 0xe3, 0xba, 0xc5, 0x2c, 0x58, 0x0a, 0x4a, 0x53, 0x31, 0x2c, 0x31, 0x0a, 0xb9, 0xdc, 0xbe, 0xb6]);
    assert.equal(
      dataErrorOf(() => decodeUtf8Text(gbk, 'points.csv')),
      'cjj61: points.csv line 1: bytes B5 E3 at offset 0 are not UTF-8; it looks like GBK/GB18030 (the Excel default on Chinese Windows); in Excel save as "CSV UTF-8 (逗号分隔)", or convert with `iconv -f GB18030 -t UTF-8`',
    );
    const later = new Uint8Array([...new TextEncoder().encode('点号\nJS1\n'), 0xb9, 0xdc]);
    assert.match(dataErrorOf(() => decodeUtf8Text(later, 'p.csv')), /^cjj61: p\.csv line 3: bytes B9 DC at offset 11 are not UTF-8; it looks like GBK/);
  });

  test('UTF-16 and other non-UTF-8 bytes are DataErrors too', () => {
    assert.match(dataErrorOf(() => decodeUtf8Text(new Uint8Array([0xff, 0xfe, 0x41, 0]), 'u.csv')), /u\.csv is UTF-16/);
    assert.match(dataErrorOf(() => decodeUtf8Text(new Uint8Array([0x41, 0x0a, 0xff]), 'b.csv')), /b\.csv line 2: bytes FF at offset 2 are not UTF-8; save it as UTF-8$/);
  });
});
