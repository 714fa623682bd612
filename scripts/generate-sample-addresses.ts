// Writes the sample district's standard address tables from its OSM layers: door plates tagged
// in OSM (addresses-osm.csv) and generated door plates, units and rooms (addresses-generated.csv);
// see server/src/addresses/sample/generate-sample-addresses.ts for how.
//   node --import tsx scripts/generate-sample-addresses.ts           write data-samples/shanghai-lujiazui/addresses/*.csv
//   node --import tsx scripts/generate-sample-addresses.ts --check   exit 1 when the files differ from a fresh run
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { openDatabase } from '../server/src/db/open-database.ts';
import { importLayer } from '../server/src/import/import-layer.ts';
import { silentLogger } from '../server/src/logger.ts';
import { generateSampleAddresses, type SampleAddressRow } from '../server/src/addresses/sample/generate-sample-addresses.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const district = path.join(root, 'data-samples', 'shanghai-lujiazui');
const outputDir = path.join(district, 'addresses');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const db = await openDatabase({ dataDir: 'memory://', logger: silentLogger() });
try {
  for (const layer of SAMPLE_DISTRICT.layers.filter((l) => l.id === 'buildings' || l.id === 'roads')) {
    await importLayer(db.knex, layer.file, { layerId: layer.id, title: layer.title, kind: layer.kind });
  }
  const boundaries = fs.readFileSync(path.join(district, 'boundaries.geojson'), 'utf8');
  await db.knex.raw(
    `CREATE TEMP TABLE sample_boundaries AS SELECT f->'properties'->>'name' AS name, ST_SetSRID(ST_GeomFromGeoJSON(f->>'geometry'), 4326) AS geom
     FROM json_array_elements(?::json->'features') f`,
    [boundaries],
  );
  const { rows, refused } = await generateSampleAddresses(db.knex);
  const files = {
    'addresses-osm.csv': renderCsv(rows.filter((row) => row.origin === 'osm')),
    'addresses-generated.csv': renderCsv(rows.filter((row) => row.origin === 'generated')),
  };
  if (values.check) {
    const stale = Object.entries(files).filter(([name, text]) => !fs.existsSync(path.join(outputDir, name)) || fs.readFileSync(path.join(outputDir, name), 'utf8') !== text);
    if (stale.length > 0) {
      console.error(`generate-sample-addresses: ${stale.map(([name]) => name).join(', ')} differ from a fresh run`);
      process.exitCode = 1;
    } else console.log('generate-sample-addresses: up to date');
  } else {
    fs.mkdirSync(outputDir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outputDir, name), text);
    const count = (origin: string, pick: (row: SampleAddressRow) => boolean) => rows.filter((row) => row.origin === origin && pick(row)).length;
    console.log(JSON.stringify({
      osmDoorPlates: count('osm', (row) => !row.unit),
      generatedDoorPlates: count('generated', (row) => !row.unit),
      units: count('generated', (row) => !!row.unit && !row.room),
      rooms: count('generated', (row) => !!row.room),
      refused: refused.length,
      refusedReasons: [...new Set(refused.map((r) => r.reason))].slice(0, 20),
    }, null, 1));
  }
} finally {
  await db.close();
}

function renderCsv(rows: SampleAddressRow[]): string {
  const header = ['province', 'city', 'district', 'town', 'road', 'roadNo', 'unit', 'room', 'aliases', 'lon', 'lat', 'building_layer', 'building_id'];
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map((row) =>
    ['上海市', '上海市', row.district, row.town, row.road, row.roadNo, row.unit ?? '', row.room ?? '', row.aliases.join('|'), row.unit ? '' : String(row.lon ?? ''), row.unit ? '' : String(row.lat ?? ''), row.buildingId ? 'buildings' : '', row.unit ? '' : (row.buildingId ?? '')]
      .map(quote)
      .join(','),
  );
  return `${header.join(',')}\n${lines.join('\n')}\n`;
}
