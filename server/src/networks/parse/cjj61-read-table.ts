import type { WarningCollector } from '../warning-collector.ts';
import { readCsvTable } from './cjj61-read-csv-table.ts';
import { readGeoJsonTable } from './cjj61-read-geojson-table.ts';
import { readShapefileTable } from './cjj61-read-shapefile-table.ts';
import type { Cjj61Table, Cjj61TableSource } from './cjj61-table.ts';

/** Reads one source (CSV, GeoJSON or Shapefile) into the common table model. */
export function readCjj61Table(source: Cjj61TableSource, warnings: WarningCollector): Cjj61Table {
  return { ...readByFormat(source, warnings), attachment: source.attachment ?? null };
}

function readByFormat(source: Cjj61TableSource, warnings: WarningCollector): Omit<Cjj61Table, 'attachment'> {
  switch (source.format) {
    case 'csv':
      return readCsvTable(source.name, source.data, warnings);
    case 'geojson':
      return readGeoJsonTable(source.name, source.data, warnings);
    case 'shapefile':
      return readShapefileTable(source.name, source, warnings);
  }
}
