/**
 * Human-readable wording of facets for reports, e.g. `Pset_WallCommon.FireRating (IFCLABEL) matching ...`.
 */
import type { IdsFacet } from '../../ids-model.ts';
import { describeIdsValue } from '../values/match-ids-value.ts';

const RELATION_WORDS: Record<string, string> = {
  IFCRELAGGREGATES: 'aggregated in',
  IFCRELASSIGNSTOGROUP: 'grouped in',
  IFCRELCONTAINEDINSPATIALSTRUCTURE: 'contained in',
  IFCRELNESTS: 'nested in',
  'IFCRELVOIDSELEMENT IFCRELFILLSELEMENT': 'filling a void of',
};

/** What the facet asks for, without its cardinality. */
export function describeFacetRequirement(facet: IdsFacet): string {
  switch (facet.facet) {
    case 'entity':
      return `class ${describeIdsValue(facet.name)}${facet.predefinedType ? ` with predefined type ${describeIdsValue(facet.predefinedType)}` : ''}`;
    case 'attribute':
      return `attribute ${describeIdsValue(facet.name)}${facet.value ? ` = ${describeIdsValue(facet.value)}` : ' set'}`;
    case 'classification':
      return `classification${facet.system ? ` in system ${describeIdsValue(facet.system)}` : ''}${facet.value ? ` with reference ${describeIdsValue(facet.value)}` : ''}`;
    case 'property':
      return `property ${describeIdsValue(facet.propertySet)}.${describeIdsValue(facet.baseName)}${facet.dataType ? ` (${facet.dataType})` : ''}${facet.value ? ` = ${describeIdsValue(facet.value)}` : ''}`;
    case 'material':
      return `material${facet.value ? ` ${describeIdsValue(facet.value)}` : ''}`;
    case 'partOf':
      return `${RELATION_WORDS[facet.relation ?? ''] ?? 'part of'} ${describeIdsValue(facet.entity.name)}${facet.entity.predefinedType ? ` with predefined type ${describeIdsValue(facet.entity.predefinedType)}` : ''}`;
  }
}

/** The facet with its cardinality, e.g. `must have property ...`, `must not have material ...`. */
export function describeFacet(facet: IdsFacet): string {
  const requirement = describeFacetRequirement(facet);
  if (facet.cardinality === 'prohibited') return `must not have ${requirement}`;
  if (facet.cardinality === 'optional') return `if present, must have ${requirement}`;
  return `must have ${requirement}`;
}
