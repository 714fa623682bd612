/**
 * Mesh colours of pipes and their structures: the CJJ 61-2017 map colour of the pipe type or
 * subtype (sRGB 0-255), converted to the linear RGBA glTF stores, and a darker tone of it for
 * shafts, valves and other structures so they stand out against their pipes.
 */
import { pipeColour, type PipeTypeCode, type RgbColour } from '@cimtwin/schemas';

/**
 * Colours that replace the CJJ 61 ones: keyed by main type (`'PS'`) or type and subtype
 * (`'PS.YS'`, which wins over the main type); `'unknown'` colours pipes without a type.
 */
export type PipeColourOverrides = Readonly<Record<string, RgbColour>>;

/** Linear RGBA, 0..1, as an element mesh part takes it. */
export type LinearColour = [number, number, number, number];

/** sRGB of pipes without a known type or colour (CJJ 61 gives QT none), a mid grey. */
export const UNKNOWN_PIPE_COLOUR: RgbColour = [150, 150, 150];

/** Share of the pipe colour a structure keeps (in sRGB). */
const STRUCTURE_TONE = 0.7;

/** The sRGB colour of a pipe type and subtype: the override, else CJJ 61, else grey. */
export function pipeTypeColour(pipeType: PipeTypeCode | null, pipeSubtype: string | null, overrides: PipeColourOverrides = {}): RgbColour {
  if (pipeType === null) return overrides.unknown ?? UNKNOWN_PIPE_COLOUR;
  if (pipeSubtype !== null && overrides[`${pipeType}.${pipeSubtype}`]) return overrides[`${pipeType}.${pipeSubtype}`];
  if (overrides[pipeType]) return overrides[pipeType];
  return pipeColour(pipeType, pipeSubtype ?? undefined) ?? UNKNOWN_PIPE_COLOUR;
}

/** Linear RGBA of an sRGB colour, opaque; `tone` below 1 darkens it first (in sRGB). */
export function linearColour(colour: RgbColour, tone = 1): LinearColour {
  const [r, g, b] = colour.map((channel) => srgbToLinear((channel / 255) * tone));
  return [r, g, b, 1];
}

/** Linear colours of a pipe and of its structures. */
export function pipeMeshColours(pipeType: PipeTypeCode | null, pipeSubtype: string | null, overrides?: PipeColourOverrides): { pipe: LinearColour; structure: LinearColour } {
  const colour = pipeTypeColour(pipeType, pipeSubtype, overrides);
  return { pipe: linearColour(colour), structure: linearColour(colour, STRUCTURE_TONE) };
}

/** The sRGB transfer function undone, 0..1 to 0..1. */
export function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
}
