import { DataError } from '@cimtwin/schemas';

/**
 * The dataArray body of CreateObservations (SensorThings 1.1, 11.2): per Datastream a list of
 * component names and rows of values, read as one observation object per row, in order, with
 * the datastream id of each.
 */
export function readDataArray(body: unknown): { items: Record<string, unknown>[]; datastreamOf: (number | undefined)[] } {
  if (!Array.isArray(body)) throw new DataError('sensorthings: CreateObservations takes an array of {Datastream, components, dataArray}');
  const items: Record<string, unknown>[] = [];
  const datastreamOf: (number | undefined)[] = [];
  body.forEach((group, groupIndex) => {
    const components = (group as { components?: unknown }).components;
    const rows = (group as { dataArray?: unknown }).dataArray;
    const datastream = (group as { Datastream?: { '@iot.id'?: unknown } }).Datastream?.['@iot.id'];
    if (!Array.isArray(components) || !components.every((c) => typeof c === 'string') || !Array.isArray(rows)) {
      throw new DataError(`sensorthings: CreateObservations entry ${groupIndex} needs "components" (names) and "dataArray" (rows of values)`);
    }
    if (!components.includes('result')) throw new DataError(`sensorthings: CreateObservations entry ${groupIndex} has no "result" component`);
    const id = Number(datastream);
    for (const row of rows) {
      const item: Record<string, unknown> = Array.isArray(row) ? Object.fromEntries(components.map((name, index) => [name, row[index]])) : { result: undefined };
      if (Number.isInteger(id) && id > 0) item.Datastream = { '@iot.id': id };
      items.push(item);
      datastreamOf.push(Number.isInteger(id) && id > 0 ? id : undefined);
    }
  });
  return { items, datastreamOf };
}
