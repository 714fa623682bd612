import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The sample district loaded by `npm start`: Lujiazui and the Bund, Shanghai.
 * © OpenStreetMap contributors, ODbL 1.0 (see shanghai-lujiazui/README.md).
 */
export const SAMPLE_DISTRICT = Object.freeze({
  id: 'shanghai-lujiazui',
  title: '上海 陆家嘴 — 外滩',
  bbox: [121.48, 31.226, 121.521, 31.251],
  attribution: '© OpenStreetMap contributors (ODbL 1.0)',
  layers: Object.freeze([
    { id: 'landuse', title: '用地', kind: 'landuse', file: path.join(here, 'shanghai-lujiazui', 'landuse.geojson') },
    { id: 'water', title: '水系', kind: 'water', file: path.join(here, 'shanghai-lujiazui', 'water.geojson') },
    { id: 'roads', title: '道路', kind: 'roads', file: path.join(here, 'shanghai-lujiazui', 'roads.geojson') },
    { id: 'buildings', title: '建筑', kind: 'buildings', file: path.join(here, 'shanghai-lujiazui', 'buildings.geojson') },
  ]),
});
