/**
 * Parses IDS 1.0 XML into {@link IdsDocument}. Parsing is lenient about structure (the XSD check in
 * `validate-ids.ts` is what rejects malformed files) but never guesses: a missing required part
 * becomes a DataError naming the element and line. Namespace prefixes are dropped, so `xs:`,
 * `xsd:` or a default namespace all read the same.
 */
import { DataError } from '@cimtwin/schemas';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type {
  IdsCardinality,
  IdsDocument,
  IdsFacet,
  IdsIfcVersion,
  IdsInfo,
  IdsPartOfRelation,
  IdsSpecification,
} from './ids-model.ts';
import { lineOf, type XmlNode, children, firstChild, attribute, textOf, createLineLocator } from './lib/xml/xml-node.ts';
import { readIdsValue } from './lib/xml/read-ids-value.ts';

const REPEATED = new Set([
  'specification', 'entity', 'partOf', 'classification', 'attribute', 'property', 'material',
  'enumeration', 'pattern', 'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive',
  'length', 'minLength', 'maxLength', 'totalDigits', 'fractionDigits', 'whiteSpace', 'simpleValue',
  'restriction', 'name', 'predefinedType', 'value', 'system', 'propertySet', 'baseName',
]);

const IFC_VERSIONS: readonly IdsIfcVersion[] = ['IFC2X3', 'IFC4', 'IFC4X3_ADD2'];
const RELATIONS: readonly IdsPartOfRelation[] = [
  'IFCRELAGGREGATES', 'IFCRELASSIGNSTOGROUP', 'IFCRELCONTAINEDINSPATIALSTRUCTURE', 'IFCRELNESTS',
  'IFCRELVOIDSELEMENT IFCRELFILLSELEMENT',
];

/** Parses IDS XML text; throws a DataError (`ids: ...`) when it is not well-formed XML or lacks required parts. */
export function parseIds(xml: string): IdsDocument {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { line, msg } = wellFormed.err;
    throw new DataError(`ids: the file is not well-formed XML (line ${line}: ${msg}); fix the XML syntax`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    captureMetaData: true,
    isArray: (tagName) => REPEATED.has(tagName),
  });
  const root = parser.parse(xml) as XmlNode;
  const locate = createLineLocator(xml);
  const ids = firstChild(root, 'ids');
  if (!ids) throw new DataError('ids: the root element must be <ids> in the namespace http://standards.buildingsmart.org/IDS');
  const specifications = firstChild(ids, 'specifications');
  if (!specifications) throw new DataError('ids: <ids> has no <specifications> element; add at least one <specification>');
  return {
    info: readInfo(firstChild(ids, 'info')),
    specifications: children(specifications, 'specification').map((node, index) => readSpecification(node, index, locate)),
  };
}

function readInfo(info: XmlNode | null): IdsInfo {
  const text = (name: string): string | null => {
    const node = info ? firstChild(info, name) : null;
    return node === null ? null : textOf(node);
  };
  return {
    title: text('title') ?? '',
    copyright: text('copyright'),
    version: text('version'),
    description: text('description'),
    author: text('author'),
    date: text('date'),
    purpose: text('purpose'),
    milestone: text('milestone'),
  };
}

function readSpecification(node: XmlNode, index: number, locate: (node: XmlNode) => number | null): IdsSpecification {
  const line = lineOf(node, locate);
  const name = attribute(node, 'name') ?? '';
  const versions = (attribute(node, 'ifcVersion') ?? '').split(/\s+/).filter(Boolean);
  const applicability = firstChild(node, 'applicability');
  if (!applicability) {
    throw new DataError(`ids: specification "${name}" (line ${line ?? '?'}) has no <applicability>; add one with at least one facet`);
  }
  const minOccurs = parseOccurs(attribute(applicability, 'minOccurs'), 1);
  const maxOccurs = parseOccurs(attribute(applicability, 'maxOccurs'), 'unbounded');
  const requirements = firstChild(node, 'requirements');
  return {
    index,
    name,
    identifier: attribute(node, 'identifier'),
    description: attribute(node, 'description'),
    instructions: attribute(node, 'instructions'),
    ifcVersions: versions.filter((v): v is IdsIfcVersion => (IFC_VERSIONS as readonly string[]).includes(v)),
    minOccurs: typeof minOccurs === 'number' ? minOccurs : 1,
    maxOccurs,
    usage: maxOccurs === 0 ? 'prohibited' : minOccurs === 0 ? 'optional' : 'required',
    applicability: readFacets(applicability, locate, false),
    requirements: requirements ? readFacets(requirements, locate, true) : [],
    requirementsDescription: requirements ? attribute(requirements, 'description') : null,
    line,
  };
}

function parseOccurs<T extends number | 'unbounded'>(text: string | null, fallback: T): number | 'unbounded' {
  if (text === null) return fallback;
  if (text.trim() === 'unbounded') return 'unbounded';
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

const FACET_ORDER = ['entity', 'partOf', 'classification', 'attribute', 'property', 'material'] as const;

/** Reads facets in document order (requirements may interleave kinds). */
function readFacets(parent: XmlNode, locate: (node: XmlNode) => number | null, isRequirement: boolean): IdsFacet[] {
  const facets: { facet: IdsFacet; order: number }[] = [];
  for (const kind of FACET_ORDER) {
    for (const node of children(parent, kind)) {
      const facet = readFacet(kind, node, locate, isRequirement);
      facets.push({ facet, order: facet.line ?? Number.MAX_SAFE_INTEGER });
    }
  }
  return facets.sort((a, b) => a.order - b.order).map((f) => f.facet);
}

function readCardinality(node: XmlNode, isRequirement: boolean): IdsCardinality {
  if (!isRequirement) return 'required';
  const text = attribute(node, 'cardinality');
  return text === 'optional' || text === 'prohibited' ? text : 'required';
}

function readFacet(
  kind: (typeof FACET_ORDER)[number],
  node: XmlNode,
  locate: (node: XmlNode) => number | null,
  isRequirement: boolean,
): IdsFacet {
  const line = lineOf(node, locate);
  const base = {
    cardinality: readCardinality(node, isRequirement),
    instructions: attribute(node, 'instructions'),
    line,
  };
  const value = (name: string) => {
    const child = firstChild(node, name);
    return child ? readIdsValue(child, locate) : null;
  };
  const required = (name: string) => {
    const read = value(name);
    if (!read) throw new DataError(`ids: <${kind}> on line ${line ?? '?'} has no <${name}>; add it with a <simpleValue> or <xs:restriction>`);
    return read;
  };
  switch (kind) {
    case 'entity':
      return { ...base, cardinality: 'required', facet: 'entity', name: required('name'), predefinedType: value('predefinedType') };
    case 'attribute':
      return { ...base, facet: 'attribute', name: required('name'), value: value('value') };
    case 'classification':
      return { ...base, facet: 'classification', system: value('system'), value: value('value'), uri: attribute(node, 'uri') };
    case 'property': {
      const dataType = attribute(node, 'dataType');
      return {
        ...base,
        facet: 'property',
        propertySet: required('propertySet'),
        baseName: required('baseName'),
        value: value('value'),
        dataType: dataType === null ? null : dataType.trim().toUpperCase(),
        uri: attribute(node, 'uri'),
      };
    }
    case 'material':
      return { ...base, facet: 'material', value: value('value'), uri: attribute(node, 'uri') };
    case 'partOf': {
      const entity = children(node, 'entity')[0];
      if (!entity) throw new DataError(`ids: <partOf> on line ${line ?? '?'} has no nested <entity>; add one naming the whole`);
      const nameNode = firstChild(entity, 'name');
      if (!nameNode) throw new DataError(`ids: the <entity> inside <partOf> on line ${line ?? '?'} has no <name>`);
      const predefined = firstChild(entity, 'predefinedType');
      const relation = attribute(node, 'relation');
      return {
        ...base,
        cardinality: base.cardinality === 'optional' ? 'required' : base.cardinality,
        facet: 'partOf',
        relation: relation !== null && (RELATIONS as readonly string[]).includes(relation) ? (relation as IdsPartOfRelation) : null,
        entity: {
          name: readIdsValue(nameNode, locate),
          predefinedType: predefined ? readIdsValue(predefined, locate) : null,
          line: lineOf(entity, locate),
        },
      };
    }
  }
}
