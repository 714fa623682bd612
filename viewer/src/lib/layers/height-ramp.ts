/** One class of the building height ramp: heights in [min, max) metres get `color`. */
export interface HeightClass {
  min: number;
  /** Upper bound (exclusive); Infinity for the top class. */
  max: number;
  /** CSS colour. */
  color: string;
}

/**
 * Graded building height classes (ColorBrewer YlOrRd): pale for low-rise, deep red for
 * super-tall towers. Shared by the tileset style and the legend so both always agree.
 */
export const HEIGHT_RAMP: readonly HeightClass[] = Object.freeze([
  { min: 0, max: 20, color: '#ffffb2' },
  { min: 20, max: 50, color: '#fecc5c' },
  { min: 50, max: 100, color: '#fd8d3c' },
  { min: 100, max: 200, color: '#f03b20' },
  { min: 200, max: Infinity, color: '#bd0026' },
]);

/** Colour of buildings without a usable height. */
export const UNKNOWN_HEIGHT_COLOR = '#b0b0b0';

/** The class of a height, or undefined when the height is missing or not a number. */
export function heightClassOf(
  height: number | null | undefined,
  ramp: readonly HeightClass[] = HEIGHT_RAMP,
): HeightClass | undefined {
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return ramp.find((entry) => height < entry.max) ?? ramp[ramp.length - 1];
}

/**
 * The 3D Tiles style conditions that colour features by their `height` property, highest
 * class first; features without a height fall through to the grey default.
 */
export function heightRampConditions(
  ramp: readonly HeightClass[] = HEIGHT_RAMP,
  property = 'height',
): [string, string][] {
  const value = `\${${property}}`;
  const classes = [...ramp]
    .reverse()
    .map((entry, index): [string, string] => [
      index === ramp.length - 1
        ? `isFinite(Number(${value}))`
        : `Number(${value}) >= ${entry.min}`,
      `color('${entry.color}')`,
    ]);
  return [...classes, ['true', `color('${UNKNOWN_HEIGHT_COLOR}')`]];
}
