import proj4 from 'proj4';

/** EPSG:4549, CGCS2000 / 3-degree Gauss-Krüger CM 120°E: the CRS of Shanghai city surveys. */
export const CGCS2000_CM120 = Object.freeze({
  epsg: 'EPSG:4549',
  urn: 'urn:ogc:def:crs:EPSG::4549',
  proj4: '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
});

/** A projector from longitude/latitude (EPSG:4326) to EPSG:4549 easting/northing in metres. */
export function createCgcs2000Projector(): (lon: number, lat: number) => [number, number] {
  const converter = proj4('EPSG:4326', CGCS2000_CM120.proj4);
  return (lon, lat) => {
    const [x, y] = converter.forward([lon, lat]);
    return [x, y];
  };
}
