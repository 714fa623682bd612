import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { writeDbf, writeShp } from '../testing/write-test-shapefile.ts';
import { cgcs2000GaussKrugerEpsg, readGeoJsonCrs, readPrj } from './cjj61-crs.ts';
import { parseCjj61Tables } from './cjj61-parse-tables.ts';

// GBK bytes of the Chinese text used below (checked with TextDecoder('gbk')).
const GBK = {
  起点点号: new Uint8Array([0xc6, 0xf0, 0xb5, 0xe3, 0xb5, 0xe3, 0xba, 0xc5]),
  终点点号: new Uint8Array([0xd6, 0xd5, 0xb5, 0xe3, 0xb5, 0xe3, 0xba, 0xc5]),
  管径: new Uint8Array([0xb9, 0xdc, 0xbe, 0xb6]),
  材质: new Uint8Array([0xb2, 0xc4, 0xd6, 0xca]),
  球墨铸铁: new Uint8Array([0xc7, 0xf2, 0xc4, 0xab, 0xd6, 0xfd, 0xcc, 0xfa]),
};

const PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

const shp = writeShp([
  { type: 'line', points: [[500000, 3450000], [500050, 3450000]] },
  { type: 'line', points: [[500050, 3450000], [500050, 3450040], [500090, 3450040]] },
]);
const fields = [{ name: GBK.起点点号, length: 10 }, { name: GBK.终点点号, length: 10 }, { name: GBK.管径, length: 10 }, { name: GBK.材质, length: 10 }];
const records = [['JS1', 'JS2', 'DN300', GBK.球墨铸铁], ['JS2', 'JS3', '200', GBK.球墨铸铁]];

describe('CJJ 61 line tables as Shapefile', () => {
  test('a GBK .dbf (language driver 0x4D) with Chinese field names and an ESRI .prj', () => {
    const network = parseCjj61Tables({ lines: { format: 'shapefile', name: '给水管线.shp', shp, dbf: writeDbf(fields, records, 0x4d), prj: PRJ } });
    assert.deepEqual([network.crs, network.units.coordinates, network.sourceFormat, network.name], ['EPSG:4549', 'm', 'cjj61', '给水管线']);
    assert.deepEqual(network.links.map((link) => [link.id, link.from, link.to, link.diameter, link.material, link.pipeType, link.length]), [
      ['给水管线-1', 'JS1', 'JS2', 0.3, '球墨铸铁', 'JS', 50],
      ['给水管线-2', 'JS2', 'JS3', 0.2, '球墨铸铁', 'JS', 80],
    ]);
    assert.deepEqual(network.links[1].vertices, [[500050, 3450040]]);
    assert.deepEqual(network.nodes.map((node) => [node.id, node.x, node.y]), [['JS1', 500000, 3450000], ['JS2', 500050, 3450000], ['JS3', 500090, 3450040]]);
    assert.ok(network.warnings.includes("cjj61: no point table; 3 nodes made from the segments' point numbers, with coordinates only where segments are drawn"));
  });

  test('without a .cpg or language driver, GBK text is detected; a .cpg is followed', () => {
    const guessed = parseCjj61Tables({ lines: { format: 'shapefile', name: 'l.shp', shp, dbf: writeDbf(fields, records) } });
    assert.equal(guessed.links[0].material, '球墨铸铁');
    assert.ok(guessed.warnings.includes('cjj61: l.shp: no .cpg and the .dbf text is not UTF-8; read as GB18030 (GBK). Add a .cpg naming the encoding if the attributes look wrong'));
    const declared = parseCjj61Tables({ lines: { format: 'shapefile', name: 'l.shp', shp, dbf: writeDbf(fields, records), cpg: '936' } });
    assert.equal(declared.links[1].material, '球墨铸铁');
    assert.ok(!declared.warnings.some((warning) => warning.includes('GB18030')));
  });
});

describe('CRS names', () => {
  test('CGCS2000 3-degree Gauss-Krüger names map to their EPSG codes', () => {
    assert.deepEqual(
      ['CGCS2000_3_Degree_GK_CM_120E', 'CGCS2000 / 3-degree Gauss-Kruger CM 108E', 'CGCS2000_3_Degree_GK_Zone_40', 'CGCS2000_3_Degree_GK_CM_121E', 'Xian_1980_3_Degree_GK_CM_120E', 'CGCS2000_GK_CM_117E'].map(cgcs2000GaussKrugerEpsg),
      ['EPSG:4549', 'EPSG:4545', 'EPSG:4528', null, null, null],
    );
  });

  test('.prj and GeoJSON crs members', () => {
    assert.deepEqual(readPrj(PRJ), { crs: 'EPSG:4549', units: 'm', note: '.prj PROJCS "CGCS2000_3_Degree_GK_CM_120E"' });
    assert.deepEqual(readPrj('PROJCS["NAD_1983_StatePlane_Texas_South_Central_FIPS_4204_Feet",GEOGCS["GCS_North_American_1983",UNIT["Degree",0.017453292519943295]],UNIT["Foot_US",0.3048006096012192]]'), {
      crs: null,
      units: 'ft',
      note: '.prj PROJCS "NAD_1983_StatePlane_Texas_South_Central_FIPS_4204_Feet"',
    });
    assert.equal(readPrj('GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000"]]').crs, 'EPSG:4490');
    assert.deepEqual(readGeoJsonCrs({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } }), { crs: 'EPSG:4549', units: 'm', note: 'crs "urn:ogc:def:crs:EPSG::4549"' });
    assert.equal(readGeoJsonCrs({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } }).crs, 'EPSG:4326');
  });
});
