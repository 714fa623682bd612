// The confidence of a whole parse, in [0, 1], as a product of three things:
// - coverage: the share of the text placed in elements (a country or label in front does not
//   count against it; filler words such as 附近 and contact numbers count half);
// - the elements' own confidences (how each was found), written ones weighing twice as much as
//   inferred ones;
// - structure: an address that names neither a division nor a road (only a POI and a room) is
//   less certain to be one, and an ambiguous division lowers it again.
// No element at all gives 0.
import type { ParsedElement } from '@cimtwin/schemas';

/** What the parser counted while placing the text. */
export interface ConfidenceInputs {
  elements: readonly ParsedElement[];
  textLength: number;
  placedCharacters: number;
  neutralCharacters: number;
  /** Filler words and contact numbers: not address text, but expected around one. */
  asideCharacters: number;
  ambiguous: boolean;
}

/** Confidence of a parse from its coverage, its elements and its structure. */
export function addressConfidence(inputs: ConfidenceInputs): number {
  const written = inputs.elements.filter((element) => element.source !== 'inferred');
  if (written.length === 0) return 0;
  const effective = Math.max(1, inputs.textLength - inputs.neutralCharacters);
  const coverage = Math.min(1, (inputs.placedCharacters + 0.5 * inputs.asideCharacters) / effective);
  let weight = 0;
  let sum = 0;
  for (const element of inputs.elements) {
    const w = element.source === 'inferred' ? 0.5 : 1;
    weight += w;
    sum += w * element.confidence;
  }
  const anchored = inputs.elements.some((element) => ['province', 'city', 'district', 'town', 'road'].includes(element.level));
  const structure = (anchored ? 1 : 0.85) * (inputs.ambiguous ? 0.85 : 1);
  return Math.round(coverage * (sum / weight) * structure * 1000) / 1000;
}
