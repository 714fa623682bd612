// Generates the sample district's underground pipe networks (generated, not surveyed) from its
// OpenStreetMap streets and writes the CJJ 61 point and line tables as GeoJSON in EPSG:4549.
//   node --import tsx scripts/generate-sample-networks.ts           write data-samples/shanghai-lujiazui/networks/*.geojson
//   node --import tsx scripts/generate-sample-networks.ts --check   exit 1 when the files differ from a fresh run
// The generator is deterministic: the same streets give byte-identical files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateSampleNetworks } from '../server/src/networks/sample/generate-sample-networks.ts';
import { renderSampleNetworkFiles, summarizeSampleNetworks } from '../server/src/networks/sample/sample-network-files.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const district = path.join(root, 'data-samples', 'shanghai-lujiazui');
const outputDir = path.join(district, 'networks');

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(district, file), 'utf8'));

const networks = generateSampleNetworks(readJson('roads.geojson') as never, readJson('water.geojson') as never);
const files = renderSampleNetworkFiles(networks);

if (values.check) {
  const stale = Object.entries(files).filter(([name, text]) => !fs.existsSync(path.join(outputDir, name)) || fs.readFileSync(path.join(outputDir, name), 'utf8') !== text);
  if (stale.length > 0) {
    console.error(`generate-sample-networks: ${stale.map(([name]) => name).join(', ')} differ from a fresh run; run node --import tsx scripts/generate-sample-networks.ts`);
    process.exit(1);
  }
  console.log(`generate-sample-networks: ${Object.keys(files).length} files up to date`);
} else {
  fs.mkdirSync(outputDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outputDir, name), text);
  console.log(summarizeSampleNetworks(networks, files));
  console.log(`written to ${path.relative(root, outputDir)}`);
}
