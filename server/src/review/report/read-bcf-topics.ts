/**
 * Reads the topics of a BCF archive: GUID, title, type, status and the IfcGuids its viewpoints
 * select. Reads BCF 3.0 (viewpoints listed inside Topic) and 2.1 (listed beside it in Markup),
 * so reviewers' feedback can come back from tools that export either. Only the XML entries are
 * inflated, each at most {@link READ_BCF_TOPICS_DEFAULTS}.maxEntryBytes as declared; a snapshot
 * or an embedded model is never inflated.
 */
import { DataError } from '@cimtwin/schemas';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One topic of a BCF archive. */
export interface BcfTopicSummary {
  guid: string;
  title: string;
  topicType: string | null;
  topicStatus: string | null;
  /** IfcGuids selected in the topic's viewpoints, without repeats, in order. */
  ifcGuids: string[];
}

/** Limits of {@link readBcfTopics}. */
export const READ_BCF_TOPICS_DEFAULTS = { maxEntryBytes: 16 * 1024 * 1024 } as const;

type XmlObject = Record<string, unknown>;

const ALWAYS_ARRAYS = new Set(['ViewPoint', 'Viewpoints', 'Component', 'Label', 'ReferenceLink']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Numeric character references (&#39;, &#x4E2D;) are plain XML, and other tools write them.
  htmlEntities: true,
  isArray: (name) => ALWAYS_ARRAYS.has(name),
});

function child(node: unknown, name: string): XmlObject | null {
  if (typeof node !== 'object' || node === null) return null;
  const value = (node as XmlObject)[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'object' && first !== null ? (first as XmlObject) : null;
}

function childrenOf(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlObject)[name];
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function text(node: unknown, name: string): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const value = (node as XmlObject)[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null && typeof (first as XmlObject)['#text'] === 'string') return (first as XmlObject)['#text'] as string;
  return null;
}

function attribute(node: unknown, name: string): string | null {
  if (typeof node !== 'object' || node === null) return null;
  const value = (node as XmlObject)[`@${name}`];
  return typeof value === 'string' ? value : null;
}

function parseXml(bytes: Uint8Array, entry: string): XmlObject {
  const xml = strFromU8(bytes).replace(/^\uFEFF/, '');
  // BCF files never declare a DTD; refusing one rules out entity-expansion bombs in uploads.
  if (/<!DOCTYPE/i.test(xml)) throw new DataError(`bcf-read: ${entry} declares a DOCTYPE, which BCF files do not have; the file is refused`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new DataError(`bcf-read: ${entry} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); the archive is damaged or not BCF`);
  }
  return parser.parse(xml) as XmlObject;
}

/** Viewpoint file names referenced by a markup: Topic/Viewpoints/ViewPoint (3.0) or Markup/Viewpoints (2.1). */
function viewpointFiles(markup: XmlObject, topic: XmlObject): string[] {
  const v3 = childrenOf(topic, 'Viewpoints').flatMap((list) => childrenOf(list, 'ViewPoint'));
  const v21 = childrenOf(markup, 'Viewpoints');
  return [...v3, ...v21].map((viewpoint) => text(viewpoint, 'Viewpoint')).filter((file): file is string => file !== null && file !== '');
}

function selectedIfcGuids(visualization: XmlObject): string[] {
  const info = child(visualization, 'VisualizationInfo');
  const components = child(info, 'Components');
  // 2.1 and 3.0: Components/Selection/Component; 2.0: Components/Component with Selected="true".
  const selection = childrenOf(child(components, 'Selection'), 'Component');
  const legacy = childrenOf(components, 'Component').filter((component) => attribute(component, 'Selected') === 'true');
  return [...selection, ...legacy].map((component) => attribute(component, 'IfcGuid')).filter((guid): guid is string => guid !== null && guid !== '');
}

/** The topics of a BCF 2.1 or 3.0 archive; DataError for a file that is not one. */
export function readBcfTopics(bytes: Uint8Array): BcfTopicSummary[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!/(^|\/)(bcf\.version|markup\.bcf)$|\.bcfv$/i.test(file.name)) return false;
        if (file.originalSize > READ_BCF_TOPICS_DEFAULTS.maxEntryBytes) {
          throw new DataError(`bcf-read: entry ${file.name} declares ${file.originalSize} bytes, over the ${READ_BCF_TOPICS_DEFAULTS.maxEntryBytes} bytes allowed for BCF XML`, { status: 413 });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`bcf-read: the file is not a readable zip archive (${(error as Error).message}); a BCF file is a zip`, { cause: error });
  }
  const names = Object.keys(entries).map((name) => name.replace(/\\/g, '/'));
  const files = new Map(Object.entries(entries).map(([name, data], i) => [names[i], data]));
  const version = files.get('bcf.version');
  if (version) {
    const id = attribute(child(parseXml(version, 'bcf.version'), 'Version'), 'VersionId');
    if (id !== null && !/^[23]\./.test(id)) throw new DataError(`bcf-read: bcf.version says BCF ${id}; only BCF 2.x and 3.0 archives can be read`);
  }
  const topics: BcfTopicSummary[] = [];
  for (const name of names.filter((n) => /(^|\/)markup\.bcf$/i.test(n))) {
    const folder = name.slice(0, name.length - 'markup.bcf'.length);
    const markup = child(parseXml(files.get(name)!, name), 'Markup');
    const topic = child(markup, 'Topic');
    const guid = attribute(topic, 'Guid');
    if (!markup || !topic || !guid) throw new DataError(`bcf-read: ${name} has no Markup/Topic with a Guid; it is not a BCF markup file`);
    const ifcGuids: string[] = [];
    for (const file of viewpointFiles(markup, topic)) {
      const data = files.get(folder + file);
      if (data) ifcGuids.push(...selectedIfcGuids(parseXml(data, folder + file)));
    }
    topics.push({
      guid,
      title: text(topic, 'Title') ?? '',
      topicType: attribute(topic, 'TopicType'),
      topicStatus: attribute(topic, 'TopicStatus'),
      ifcGuids: [...new Set(ifcGuids)],
    });
  }
  return topics;
}
