import type { PipeTypeCode } from '@cimtwin/schemas';
import type { Cjj61LineField, Cjj61PointField } from './cjj61-column-aliases.ts';
import type { SurveyAxes } from './cjj61-axes.ts';
import type { ColumnMap } from './cjj61-columns.ts';
import type { SizeUnit } from './cjj61-section-size.ts';

/** Options of the CJJ 61 point and line table reader. Tolerances are in metres. */
export interface Cjj61Options {
  /** Network name; defaults to the first line table's file name without extension. */
  name?: string;
  /** CRS of the coordinates, e.g. EPSG:4549; overrides a .prj or a GeoJSON crs member. */
  crs?: string | null;
  /** Unit of the coordinates when the files do not say (no .prj): m, ft or deg. */
  coordinateUnits?: 'm' | 'ft' | 'deg';
  /** What X and Y columns of a CSV mean; `auto` decides per table and warns which order it used. */
  surveyAxes?: SurveyAxes;
  /** Unit of sizes written without one; `auto` reads > 10 as mm and 0.3 as m (see cjj61-section-size.ts). */
  sizeUnit?: SizeUnit;
  /** Pipe type of points and segments nothing else types. */
  pipeType?: PipeTypeCode;
  /** Subtype 代号 given with `pipeType`. */
  pipeSubtype?: string | null;
  /** Column names by field, overriding the guesses; null leaves a field unread. */
  columns?: { points?: ColumnMap<Cjj61PointField>; lines?: ColumnMap<Cjj61LineField> };
  /** Line ends and points closer than this are one node (default 0.05 m, the CJJ 61 plane accuracy order). */
  snapTolerance?: number;
  /**
   * How far a surveyed point that no line reaches may be from line ends (a gap in the line table,
   * e.g. where a valve was drawn as a point between two pipes) or from a line (a valve mid-pipe)
   * to be connected there. Default: the snap tolerance, i.e. only points on the lines connect.
   */
  pointTolerance?: number;
  /**
   * Dangling segment ends (not surveyed points) closer than this to another node are joined to it,
   * after points have claimed their gaps: a fix for undershoots in digitised layers. Default 0 (off).
   */
  gapTolerance?: number;
  /** Which points not at a line end may split a line: valves only (default), all points, or none. */
  splitLinksAt?: 'valves' | 'all' | 'none';
  /**
   * What 埋深 measures. `cjj61` (default): the CJJ 61 convention, to the invert (管内底) for
   * drainage and ducts in trenches (管沟), to the pipe top (管顶) for every other pipe.
   */
  depthReference?: 'cjj61' | 'invert' | 'top';
}

/** The options that have defaults. */
export type Cjj61DefaultedOptions = Required<Pick<Cjj61Options, 'snapTolerance' | 'surveyAxes' | 'sizeUnit' | 'splitLinksAt' | 'depthReference'>>;

/** Defaults of {@link Cjj61Options}. */
export const CJJ61_DEFAULTS: Readonly<Cjj61DefaultedOptions> = {
  snapTolerance: 0.05,
  surveyAxes: 'auto',
  sizeUnit: 'auto',
  splitLinksAt: 'valves',
  depthReference: 'cjj61',
};
