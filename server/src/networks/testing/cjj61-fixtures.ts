// A small CJJ 61 survey delivery, written by hand so test answers can be worked out on paper:
// a point table and a line table as Excel would export them to CSV (title row, Chinese headers,
// X = northing, Y = easting in CGCS2000 3-degree Gauss-Krüger CM 120E, EPSG:4549), and a GeoJSON
// of gas and power lines without point numbers, placed only by their drawing.
//
//   north ↑                                  (eastings 500 000 + …, northings 3 450 000 + …)
//   +300  RQ7(阀门,常闭) ─De110─╮(+30,+310)─╮ (+60,+300) ──DN100 (code 53031000)── (+90,+300)
//   +200  GD1(人孔) ══400×300══ GD2(人孔) ══400X300══ (+100,+200)
//   +100  YS1(检查井) ─D600→ YS2(检查井) ─800→ YS3(出水口)
//     +30                        JS3(消火栓)
//     +0  JS1(阀门) ─DN300── JS2(三通) ─DN200── JS5(预留口)
//    -30                        JS4(弯头)
//    -60                        P9(直线点, code only)── JS9 (not in the point table)
//          +0                    +50 (+40 for YS2)    +100 (+80 for YS3)
//
// Row notes: JS5's feature code has 7 digits (a warning); P9 has no type and no letter prefix, so
// its type comes from its feature code 51042101 (JS, subtype 04 = JP); RQ7 has no type column value
// nor code, so its type comes from the point number; the line JS4→P9 has no type and takes JS from
// its point numbers. GeoJSON feature 1 starts 0.022 m from RQ7 and snaps to it.

/** 管线点成果表 as CSV: a title row, then the header; X is the northing. */
export const CJJ61_POINTS_CSV = [
  '某市地下管线点成果表,,,,,,,,,,',
  '物探点号,管线类型,特征,附属物,X坐标,Y坐标,地面高程,埋深,管线点代码,阀门状态,备注',
  'JS1,给水,,阀门,3450000.000,500000.000,5.20,1.20,51042201,开,',
  'JS2,给水,三通,,3450000.000,500050.000,5.25,1.15,51042101,,',
  'JS3,给水,,消火栓,3450030.000,500050.000,5.30,1.10,,,地上式',
  'JS4,给水,弯头,,3449970.000,500050.000,5.15,1.20,,,',
  'JS5,给水,预留口,,3450000.000,500100.000,5.30,1.10,5104220,,',
  'P9,,直线点,,3449940.000,500050.000,5.10,1.30,51042101,,',
  'YS1,雨水,,检查井,3450100.000,500000.000,5.00,2.00,52012201,,',
  'YS2,雨水,,检查井,3450100.000,500040.000,5.10,2.30,52012201,,',
  'YS3,雨水,,出水口,3450100.000,500080.000,4.00,1.80,,,',
  'GD1,电力,,人孔,3450200.000,500000.000,5.40,0.70,,,',
  'GD2,电力,,人孔,3450200.000,500060.000,5.45,0.75,,,',
  'RQ7,,,阀门,3450300.000,500000.000,5.50,0.90,,常闭,"中压, 调压前"',
].join('\r\n');

/** 管线段成果表 as CSV, with sizes written the many ways surveys write them. */
export const CJJ61_LINES_CSV = [
  '起点点号,终点点号,管线类型,管径,材质,起点埋深,终点埋深,埋设方式,压力,埋设年代,权属单位,电缆条数,孔数,备注',
  'JS1,JS2,给水,DN300,球墨铸铁,1.20,1.15,直埋,0.4MPa,2005-06-01,某水务集团,,,',
  'JS2,JS3,给水,Φ150,球墨铸铁,1.15,1.10,直埋,,2005,某水务集团,,,消防支管',
  'JS2,JS4,给水,300,球墨铸铁,1.15,1.20,直埋,,2005年,某水务集团,,,',
  'JS2,JS5,给水,DN200,PE,1.15,1.10,直埋,,2005,某水务集团,,,',
  'JS4,P9,,DN200,PE,1.20,1.30,直埋,,2006,某水务集团,,,',
  'P9,JS9,给水,DN100,PE,1.30,1.25,直埋,,2006,某水务集团,,,',
  'YS1,YS2,雨水,D600,混凝土,2.00,2.30,,,1998,市排水公司,,,',
  'YS2,YS3,雨水,800,钢筋混凝土,2.30,1.80,,,1998,市排水公司,,,',
  'GD1,GD2,电力,400×300,,0.70,0.75,管块,10kV,2010年,供电公司,6,12,',
].join('\r\n');

/** Gas and power lines as GeoJSON in EPSG:4549, without point numbers: placed by their drawing. */
export const CJJ61_LINES_GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  name: '燃气电力管线',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } },
  features: [
    {
      type: 'Feature',
      properties: { 管线类型: '燃气', 管径: 'De110', 材质: 'PE', 压力: '中压A', 埋设年代: '2012/5/1' },
      geometry: { type: 'LineString', coordinates: [[500000.01, 3450300.02], [500030, 3450310], [500060, 3450300]] },
    },
    {
      type: 'Feature',
      properties: { 管线类型: '电力', 断面: '400X300', 埋设方式: '管块', 电缆条数: 4 },
      geometry: { type: 'LineString', coordinates: [[500060, 3450200], [500100, 3450200]] },
    },
    {
      type: 'Feature',
      properties: { 要素代码: '53031000', 管径: 'DN100', 材质: '钢' },
      geometry: { type: 'LineString', coordinates: [[500060, 3450300], [500090, 3450300]] },
    },
  ],
});
