/**
 * The parsed shape of an IDS 1.0 document (buildingSMART Information Delivery Specification):
 * specifications with applicability and requirement facets whose parameters are either a simple
 * value or an `xs:restriction`. Produced by {@link parseIds}; checked by {@link checkIds}.
 */

/** IFC schemas an IDS 1.0 specification may name in `ifcVersion`. */
export type IdsIfcVersion = 'IFC2X3' | 'IFC4' | 'IFC4X3_ADD2';

/** XSD base types a restriction may declare (`base="xs:double"`), without the prefix. */
export type XsBaseType =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'double'
  | 'float'
  | 'decimal'
  | 'duration'
  | 'dateTime'
  | 'date'
  | 'time'
  | 'anyURI';

/** An `xs:restriction`: every facet present must hold (enumeration and pattern: any one of them). */
export interface IdsRestriction {
  kind: 'restriction';
  /** Declared base type; null when the `base` attribute is absent. */
  base: XsBaseType | null;
  /** The `base` attribute as written, for messages (e.g. `xs:double`). */
  baseText: string | null;
  enumeration: string[];
  /** XSD regular expressions, as written. */
  patterns: string[];
  minInclusive: string | null;
  maxInclusive: string | null;
  minExclusive: string | null;
  maxExclusive: string | null;
  length: string | null;
  minLength: string | null;
  maxLength: string | null;
  /** Facets IDS does not support (totalDigits, fractionDigits, whiteSpace); reported by validation. */
  unsupported: string[];
  /** 1-based line of the restriction element in the IDS file, when known. */
  line: number | null;
}

/** A simple value: exact (case-sensitive) match, numbers and booleans compared by type. */
export interface IdsSimpleValue {
  kind: 'simple';
  value: string;
  line: number | null;
}

/** A facet parameter. */
export type IdsValue = IdsSimpleValue | IdsRestriction;

/** How a requirement facet must hold; applicability facets are always `required`. */
export type IdsCardinality = 'required' | 'optional' | 'prohibited';

interface FacetBase {
  cardinality: IdsCardinality;
  instructions: string | null;
  line: number | null;
}

/** Entity facet: IFC class (uppercase) and optional predefined type. */
export interface IdsEntityFacet extends FacetBase {
  facet: 'entity';
  name: IdsValue;
  predefinedType: IdsValue | null;
}

/** Attribute facet: a direct (explicit) attribute of the entity. */
export interface IdsAttributeFacet extends FacetBase {
  facet: 'attribute';
  name: IdsValue;
  value: IdsValue | null;
}

/** Classification facet: a reference (or system) associated with the element or its type. */
export interface IdsClassificationFacet extends FacetBase {
  facet: 'classification';
  system: IdsValue | null;
  value: IdsValue | null;
  uri: string | null;
}

/** Property facet: a property or quantity in a property (quantity) set. */
export interface IdsPropertyFacet extends FacetBase {
  facet: 'property';
  propertySet: IdsValue;
  baseName: IdsValue;
  value: IdsValue | null;
  /** Uppercase IFC defined type (e.g. `IFCLENGTHMEASURE`); null when absent. */
  dataType: string | null;
  uri: string | null;
}

/** Material facet: a material name or category among the element's materials. */
export interface IdsMaterialFacet extends FacetBase {
  facet: 'material';
  value: IdsValue | null;
  uri: string | null;
}

/** The relations a partOf facet may name. */
export type IdsPartOfRelation =
  | 'IFCRELAGGREGATES'
  | 'IFCRELASSIGNSTOGROUP'
  | 'IFCRELCONTAINEDINSPATIALSTRUCTURE'
  | 'IFCRELNESTS'
  | 'IFCRELVOIDSELEMENT IFCRELFILLSELEMENT';

/** PartOf facet: the element is (recursively) part of a whole matching the nested entity. */
export interface IdsPartOfFacet extends FacetBase {
  facet: 'partOf';
  relation: IdsPartOfRelation | null;
  entity: { name: IdsValue; predefinedType: IdsValue | null; line: number | null };
}

/** Any facet. */
export type IdsFacet =
  | IdsEntityFacet
  | IdsAttributeFacet
  | IdsClassificationFacet
  | IdsPropertyFacet
  | IdsMaterialFacet
  | IdsPartOfFacet;

/** Whether a specification's applicable elements must exist, may exist or must not exist. */
export type IdsSpecificationUsage = 'required' | 'optional' | 'prohibited';

/** One specification: which elements it applies to and what they must satisfy. */
export interface IdsSpecification {
  /** 0-based position in the document. */
  index: number;
  name: string;
  identifier: string | null;
  description: string | null;
  instructions: string | null;
  ifcVersions: IdsIfcVersion[];
  /** `minOccurs` of the applicability (default 1). */
  minOccurs: number;
  /** `maxOccurs` of the applicability: a number or `unbounded` (default `unbounded`). */
  maxOccurs: number | 'unbounded';
  usage: IdsSpecificationUsage;
  applicability: IdsFacet[];
  requirements: IdsFacet[];
  /** Description of the requirements element, when given. */
  requirementsDescription: string | null;
  line: number | null;
}

/** The `info` block of an IDS. */
export interface IdsInfo {
  title: string;
  copyright: string | null;
  version: string | null;
  description: string | null;
  author: string | null;
  date: string | null;
  purpose: string | null;
  milestone: string | null;
}

/** A parsed IDS document. */
export interface IdsDocument {
  info: IdsInfo;
  specifications: IdsSpecification[];
}
