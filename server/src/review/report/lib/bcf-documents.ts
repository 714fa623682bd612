/**
 * The XML files of a BCF 3.0 archive, element by element in the order the buildingSMART BCF-XML
 * 3.0 schemas declare (version.xsd, extensions.xsd, project.xsd, markup.xsd, visinfo.xsd); the
 * elements are written in sequence order here on purpose, since BCF readers may reject any other.
 */
import { formatNumber } from './format-review-value.ts';
import type { PerspectiveCameraSetup, Vector3 } from './bcf-camera.ts';
import { textElement, type XmlElement, serializeXml } from './xml-element.ts';

/** The BCF version written. */
export const BCF_VERSION = '3.0';

/** Topic statuses offered in extensions.xml: topics are written "Open", reviewers move them on. */
export const TOPIC_STATUSES = ['Open', 'In Progress', 'Resolved', 'Closed'] as const;

/** bcf.version (version.xsd: Version with the required VersionId attribute). */
export function versionXml(): string {
  return serializeXml({ name: 'Version', attributes: { VersionId: BCF_VERSION } });
}

/** Value lists of extensions.xml. */
export interface BcfExtensions {
  topicTypes: string[];
  topicStatuses: string[];
  priorities: string[];
  topicLabels: string[];
  users: string[];
}

function list(name: string, itemName: string, items: string[]): XmlElement {
  return { name, children: items.map((item) => textElement(itemName, item)) };
}

/**
 * extensions.xml (extensions.xsd). Every list is written, empty ones as empty elements: one
 * published revision of extensions.xsd declares the seven lists required, another optional,
 * and empty elements satisfy both.
 */
export function extensionsXml(extensions: BcfExtensions): string {
  return serializeXml({
    name: 'Extensions',
    children: [
      list('TopicTypes', 'TopicType', extensions.topicTypes),
      list('TopicStatuses', 'TopicStatus', extensions.topicStatuses),
      list('Priorities', 'Priority', extensions.priorities),
      list('TopicLabels', 'TopicLabel', extensions.topicLabels),
      list('Users', 'User', extensions.users),
      list('SnippetTypes', 'SnippetType', []),
      list('Stages', 'Stage', []),
    ],
  });
}

/** project.bcfp (project.xsd: ProjectInfo/Project with the required ProjectId, optional Name). */
export function projectXml(projectId: string, name: string | null): string {
  return serializeXml({
    name: 'ProjectInfo',
    children: [{ name: 'Project', attributes: { ProjectId: projectId }, children: [name ? textElement('Name', name) : null] }],
  });
}

/** What markup.bcf says about one topic. */
export interface BcfMarkup {
  guid: string;
  topicType: string;
  topicStatus: string;
  referenceLinks: string[];
  title: string;
  priority: string;
  labels: string[];
  creationDate: string;
  creationAuthor: string;
  description: string;
  /** The topic's viewpoint, if it has one. */
  viewpoint: { guid: string; file: string } | null;
}

/**
 * markup.bcf (markup.xsd). Topic children in sequence order: ReferenceLinks, Title, Priority,
 * Index, Labels, CreationDate, CreationAuthor, ModifiedDate, ModifiedAuthor, DueDate, AssignedTo,
 * Stage, Description, BimSnippet, DocumentReferences, RelatedTopics, Comments, Viewpoints; the
 * ones written here keep that order. Guid, TopicType and TopicStatus are required attributes.
 */
export function markupXml(markup: BcfMarkup): string {
  const topic: XmlElement = {
    name: 'Topic',
    attributes: { Guid: markup.guid, TopicType: markup.topicType, TopicStatus: markup.topicStatus },
    children: [
      markup.referenceLinks.length > 0 ? list('ReferenceLinks', 'ReferenceLink', markup.referenceLinks) : null,
      textElement('Title', markup.title),
      textElement('Priority', markup.priority),
      markup.labels.length > 0 ? list('Labels', 'Label', markup.labels) : null,
      textElement('CreationDate', markup.creationDate),
      textElement('CreationAuthor', markup.creationAuthor),
      textElement('Description', markup.description),
      markup.viewpoint
        ? {
            name: 'Viewpoints',
            children: [{ name: 'ViewPoint', attributes: { Guid: markup.viewpoint.guid }, children: [textElement('Viewpoint', markup.viewpoint.file)] }],
          }
        : null,
    ],
  };
  return serializeXml({ name: 'Markup', children: [topic] });
}

function vector(name: string, v: Vector3): XmlElement {
  return { name, children: [textElement('X', formatNumber(v[0])), textElement('Y', formatNumber(v[1])), textElement('Z', formatNumber(v[2]))] };
}

/** What one viewpoint.bcfv shows. */
export interface BcfVisualization {
  guid: string;
  /** The selected element, when the topic is about one. */
  ifcGuid: string | null;
  camera: PerspectiveCameraSetup;
}

/**
 * viewpoint.bcfv (visinfo.xsd). VisualizationInfo children in order: Components (Selection,
 * Visibility, Coloring), then exactly one camera (3.0 makes it a required choice), then Lines,
 * ClippingPlanes, Bitmaps. All components stay visible; the topic's element is selected.
 */
export function visualizationXml(visualization: BcfVisualization): string {
  const { camera } = visualization;
  return serializeXml({
    name: 'VisualizationInfo',
    attributes: { Guid: visualization.guid },
    children: [
      visualization.ifcGuid
        ? {
            name: 'Components',
            children: [
              { name: 'Selection', children: [{ name: 'Component', attributes: { IfcGuid: visualization.ifcGuid } }] },
              { name: 'Visibility', attributes: { DefaultVisibility: 'true' } },
            ],
          }
        : null,
      {
        name: 'PerspectiveCamera',
        children: [
          vector('CameraViewPoint', camera.viewPoint),
          vector('CameraDirection', camera.direction),
          vector('CameraUpVector', camera.upVector),
          textElement('FieldOfView', formatNumber(camera.fieldOfView)),
          textElement('AspectRatio', formatNumber(camera.aspectRatio)),
        ],
      },
    ],
  });
}
