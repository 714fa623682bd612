import { pipeColour } from '@cimtwin/schemas';
import type { PlacedSection } from '../geometry/place-network.ts';

// How pipes are named and coloured on drawings: size as DN (mm) or width×height (mm), and the
// CJJ 61-2017 colour of the pipe type as a CSS hex colour.

/** "DN300" for a round section, "800×400" for a box (millimetres). */
export function sizeLabel(section: PlacedSection): string {
  return section.shape === 'round' ? `DN${Math.round(section.diameter * 1000)}` : `${Math.round(section.width * 1000)}×${Math.round(section.height * 1000)}`;
}

/** The CJJ 61 colour of a pipe as "#rrggbb"; grey when the type has none. */
export function colourHex(pipeType: string | null, pipeSubtype: string | null): string {
  const rgb = pipeType === null ? null : pipeColour(pipeType, pipeSubtype ?? undefined);
  if (!rgb) return '#808080';
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
