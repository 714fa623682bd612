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
  /**
   * Generated, not surveyed: fictitious pipe networks laid along the district's OSM streets by
   * scripts/generate-sample-networks.ts, as CJJ 61 point and line tables in EPSG:4549
   * (see shanghai-lujiazui/networks/README.md).
   */
  networks: Object.freeze(
    [
      ['sample-water', '给水管网（生成）', 'JS', 'JP', 'js'],
      ['sample-stormwater', '雨水管网（生成）', 'PS', 'YS', 'ys'],
      ['sample-sewage', '污水管网（生成）', 'PS', 'WS', 'ws'],
      ['sample-gas', '燃气管网（生成）', 'RQ', 'TR', 'rq'],
      ['sample-power', '电力管网（生成）', 'DL', 'GD', 'dl'],
      ['sample-telecom', '通信管网（生成）', 'TX', 'DX', 'tx'],
    ].map(([id, title, pipeType, subtype, prefix]) =>
      Object.freeze({
        id,
        title,
        pipeType,
        subtype,
        files: Object.freeze([
          path.join(here, 'shanghai-lujiazui', 'networks', `${prefix}-points.geojson`),
          path.join(here, 'shanghai-lujiazui', 'networks', `${prefix}-lines.geojson`),
        ]),
        crs: 'EPSG:4549',
      }),
    ),
  ),
  /**
   * The standard address library of the district: door plates tagged in OpenStreetMap, and
   * generated door plates, units and rooms (see shanghai-lujiazui/addresses/README.md), imported
   * together as one source by `npm start`.
   */
  addresses: Object.freeze({
    id: 'lujiazui-sample',
    files: Object.freeze([
      path.join(here, 'shanghai-lujiazui', 'addresses', 'addresses-osm.csv'),
      path.join(here, 'shanghai-lujiazui', 'addresses', 'addresses-generated.csv'),
    ]),
    linkLayer: 'buildings',
  }),
});

/**
 * One year (March 2016 – February 2017) of three Beijing stations of the Beijing Multi-Site
 * Air-Quality Data (UCI Machine Learning Repository, CC BY 4.0), replayed by the demo
 * simulator of `npm start` (see air-quality/README.md).
 */
export const AIR_QUALITY_SAMPLE = Object.freeze({
  dir: path.join(here, 'air-quality'),
  stations: Object.freeze(['Dongsi', 'Guanyuan', 'Tiantan']),
  attribution: 'Beijing Multi-Site Air-Quality Data, S. Chen, UCI Machine Learning Repository (CC BY 4.0)',
});
