import { DataError } from '@cimtwin/schemas';

// An RFC 4180 reader, small enough to own: fields separated by a delimiter, optionally in double
// quotes, `""` for a quote inside quotes, line breaks inside quotes kept, CRLF, LF or CR ending
// records. Deviations that Excel and hand-edited files produce are tolerated: a quote in the
// middle of an unquoted field is kept as a character, and the delimiter may be a tab or a
// semicolon (guessed from the first line). csv-parse is not a dependency of the server, and
// survey tables are small (tens of thousands of rows), so a single pass over the string is enough.

/** One record: the 1-based line it starts on, and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Options of {@link readCsvRecords}. */
export interface CsvOptions {
  /** Field delimiter; guessed from the first line (comma, tab or semicolon, most frequent) when absent. */
  delimiter?: string;
}

/** Records of CSV text (already decoded, without BOM). Blank lines are dropped. */
export function readCsvRecords(text: string, fileName: string, options: CsvOptions = {}): { delimiter: string; records: CsvRecord[] } {
  const delimiter = options.delimiter ?? guessDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      quoteLine = line;
      fieldStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  if (quoted) throw new DataError(`cjj61: ${fileName} line ${quoteLine}: a quoted field is never closed; add the closing " (a quote inside a quoted field is written "")`, { details: { file: fileName, line: quoteLine } });
  if (field !== '' || fields.length > 0) endRecord();
  return { delimiter, records };
}

/** The most frequent of comma, tab and semicolon outside quotes on the first line; comma when none. */
function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0])[0];
}
