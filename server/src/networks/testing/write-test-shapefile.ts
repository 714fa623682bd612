// Writes tiny shapefiles for tests: the .shp of points or polylines and a .dbf of text fields,
// with the text bytes given by the caller (so a test can write GBK without an encoder library).
// Only what the ESRI Shapefile Technical Description requires for shape types 1 and 3 and a
// dBASE III table of character fields.

/** A text already encoded, e.g. GBK bytes, or an ASCII string. */
export type Bytes = Uint8Array | string;

const bytesOf = (value: Bytes) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);

/** The .shp bytes of Point (1) or PolyLine (3, one part per record) shapes. */
export function writeShp(shapes: { type: 'point'; x: number; y: number }[] | { type: 'line'; points: [number, number][] }[]): Uint8Array {
  const contents = shapes.map((shape) => (shape.type === 'point' ? 20 : 44 + 4 + 16 * shape.points.length));
  const length = 100 + contents.reduce((sum, content) => sum + 8 + content, 0);
  const view = new DataView(new ArrayBuffer(length));
  const all = shapes.flatMap((shape) => (shape.type === 'point' ? [[shape.x, shape.y]] : shape.points));
  view.setInt32(0, 9994);
  view.setInt32(24, length / 2);
  view.setInt32(28, 1000, true);
  view.setInt32(32, shapes[0]?.type === 'point' ? 1 : 3, true);
  [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))].forEach((value, i) => view.setFloat64(36 + 8 * i, value, true));
  let offset = 100;
  shapes.forEach((shape, index) => {
    view.setInt32(offset, index + 1);
    view.setInt32(offset + 4, contents[index] / 2);
    offset += 8;
    if (shape.type === 'point') {
      view.setInt32(offset, 1, true);
      view.setFloat64(offset + 4, shape.x, true);
      view.setFloat64(offset + 12, shape.y, true);
      offset += 20;
      return;
    }
    const xs = shape.points.map((p) => p[0]);
    const ys = shape.points.map((p) => p[1]);
    view.setInt32(offset, 3, true);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((value, i) => view.setFloat64(offset + 4 + 8 * i, value, true));
    view.setInt32(offset + 36, 1, true);
    view.setInt32(offset + 40, shape.points.length, true);
    view.setInt32(offset + 44, 0, true);
    shape.points.forEach(([x, y], i) => {
      view.setFloat64(offset + 48 + 16 * i, x, true);
      view.setFloat64(offset + 56 + 16 * i, y, true);
    });
    offset += contents[index];
  });
  return new Uint8Array(view.buffer);
}

/** The .dbf bytes of character fields (names at most 10 bytes), with a language driver byte. */
export function writeDbf(fields: { name: Bytes; length: number }[], records: Bytes[][], languageDriver = 0): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, field) => sum + field.length, 0);
  const bytes = new Uint8Array(headerLength + recordLength * records.length + 1).fill(0x20, headerLength);
  const view = new DataView(bytes.buffer);
  bytes.fill(0, 0, headerLength);
  bytes.set([0x03, 124, 1, 1]);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  bytes[29] = languageDriver;
  fields.forEach((field, i) => {
    bytes.set(bytesOf(field.name).subarray(0, 10), 32 + 32 * i);
    bytes[32 + 32 * i + 11] = 'C'.charCodeAt(0);
    bytes[32 + 32 * i + 16] = field.length;
  });
  bytes[headerLength - 1] = 0x0d;
  records.forEach((record, r) => {
    let offset = headerLength + r * recordLength + 1;
    fields.forEach((field, i) => {
      bytes.set(bytesOf(record[i] ?? '').subarray(0, field.length), offset);
      offset += field.length;
    });
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}
