// Chinese surveying names the Gauss-Krüger northing X and the easting Y (X 纵坐标 north,
// Y 横坐标 east); GIS software and most English tables use X for easting. A CSV with columns
// X/Y can be either, and the wrong choice mirrors the network across the diagonal, which no
// later check notices. The decision, unless the surveyAxes option forces it:
//   1. the values: in China a CGCS2000 3-degree Gauss-Krüger northing is 1 500 000-6 200 000 m,
//      an easting 200 000-800 000 m (or with a zone prefix, 25 000 000-45 999 999); when every
//      row fits one reading and none fits the other, that reading wins;
//   2. the header: X(北)/X(N) or Y(东)/Y(E) say it; 东/北 words decide;
//   3. the language: Chinese headers (X坐标, or any Chinese column) follow the surveying
//      convention, X north; otherwise X east.
// Tables with a point geometry (Shapefile, GeoJSON) are always x east, as GIS writes them.
// The reason is returned so the reader can warn which order it used.

/** `x-north`: X is northing, Y easting (Chinese surveying); `x-east`: X is easting (GIS). */
export type SurveyAxes = 'auto' | 'x-north' | 'x-east';

/** The axis order used and why. */
export interface AxisDecision {
  xIsNorth: boolean;
  reason: string;
}

const isNorthing = (v: number) => v >= 1_500_000 && v <= 6_200_000;
const isEasting = (v: number) => (v >= 200_000 && v <= 800_000) || (v >= 13_000_000 && v < 46_000_000 && v % 1_000_000 >= 200_000 && v % 1_000_000 <= 800_000);

/** Decides what the X and Y columns of a table mean; see the file comment. */
export function decideAxisOrder(option: SurveyAxes, xHeader: string, yHeader: string, columns: readonly string[], xs: readonly number[], ys: readonly number[]): AxisDecision {
  if (option === 'x-north') return { xIsNorth: true, reason: 'the surveyAxes option' };
  if (option === 'x-east') return { xIsNorth: false, reason: 'the surveyAxes option' };
  if (xs.length > 0 && xs.length === ys.length) {
    const north = xs.every(isNorthing) && ys.every(isEasting);
    const east = xs.every(isEasting) && ys.every(isNorthing);
    if (north !== east) return { xIsNorth: north, reason: `the values (${xHeader} ${Math.round(xs[0])} is a Gauss-Krüger ${north ? 'northing' : 'easting'}, ${yHeader} ${Math.round(ys[0])} an ${north ? 'easting' : 'northing'})` };
  }
  if (/北|\(\s*n\s*\)|north/i.test(xHeader) || /东|\(\s*e\s*\)|east/i.test(yHeader)) return { xIsNorth: true, reason: `the header ${xHeader}/${yHeader}` };
  if (/东|\(\s*e\s*\)|east/i.test(xHeader) || /北|\(\s*n\s*\)|north/i.test(yHeader)) return { xIsNorth: false, reason: `the header ${xHeader}/${yHeader}` };
  if ([xHeader, yHeader, ...columns].some((column) => /[\u4e00-\u9fff]/.test(column))) {
    return { xIsNorth: true, reason: 'the Chinese surveying convention (Chinese headers; the values do not decide)' };
  }
  return { xIsNorth: false, reason: 'the GIS convention (English headers; the values do not decide)' };
}
