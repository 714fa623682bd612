/**
 * Writes a {@link ReviewReport} as a BCF 3.0 archive (.bcfzip) that reviewers import into
 * Revit, Solibri, BIMcollab or BIMvision: bcf.version, extensions.xml, project.bcfp, and one
 * topic folder per check and element (markup.bcf + viewpoint.bcfv selecting the element and
 * looking at it). Topics are "Open", typed Error/Warning/Info by severity.
 *
 * BCF 3.0 requires a camera in every viewpoint. An element without a known position is looked
 * at through a view of all known elements (the model), and when no position is known at all,
 * from the default distance around the model origin; the selection still identifies it.
 * Model-level findings get a topic without components, with the model view when there is one.
 */
import type { ReviewReport, ReviewSeverity } from '@cimtwin/schemas';
import { DataError } from '@cimtwin/schemas';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { BCF_CAMERA_DEFAULTS, cameraForPlacement, cameraLookingAt, extentOf, type ElementPlacement, type PerspectiveCameraSetup } from './lib/bcf-camera.ts';
import { extensionsXml, markupXml, projectXml, TOPIC_STATUSES, versionXml, visualizationXml } from './lib/bcf-documents.ts';
import { draftTopics, TOPIC_PRIORITY, TOPIC_TYPE, topicDescription, topicLabels, topicTitle } from './lib/bcf-topic-drafts.ts';
import { stripInvalidXmlChars } from './lib/escape-markup.ts';
import { reviewLabels, type ReviewLanguage } from './lib/review-labels.ts';
import { randomGuid, uuidFromKey } from './lib/uuid-from-key.ts';

/** Options of {@link writeReviewBcf}. */
export interface ReviewBcfOptions {
  /** Element positions by GlobalId: centre in model coordinates (m) and size (m), for the cameras. */
  elements?: Map<string, ElementPlacement>;
  /**
   * Topic creation date (ISO 8601). When given, topic and viewpoint GUIDs are derived from the
   * rule set, check and element, so the same review always gives the same archive; otherwise
   * GUIDs are random and topics are dated with the report's `createdAt`.
   */
  createdAt?: string;
  /** CreationAuthor of the topics. */
  author?: string;
  /** Project name in project.bcfp; the model name by default. */
  projectName?: string;
  /** Language of titles' and descriptions' labels: Chinese by default. */
  lang?: ReviewLanguage;
  /** Least severity written as a topic; all findings by default. */
  minSeverity?: ReviewSeverity;
  /** ReferenceLinks of every topic, e.g. the address of the review in cimtwin. */
  referenceLinks?: string[];
}

/** Defaults of {@link writeReviewBcf}. */
export const WRITE_REVIEW_BCF_DEFAULTS = { author: 'cimtwin', minSeverity: 'info' as ReviewSeverity } as const;

const VIEWPOINT_FILE = 'viewpoint.bcfv';
const IFC_GUID = /^[0-9A-Za-z_$]{22}$/;
const XS_DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function toDateTime(text: string, source: string): string {
  if (XS_DATE_TIME.test(text)) return text;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw new DataError(`review-bcf: ${source} "${text}" is not a date; give an ISO 8601 date-time such as 2024-05-01T10:00:00Z`);
  return new Date(time).toISOString();
}

function clean(text: string | undefined | null): string | null {
  const cleaned = text === undefined || text === null ? '' : stripInvalidXmlChars(text).trim();
  return cleaned === '' ? null : cleaned;
}

function zipTime(dateTime: string): Date {
  // Zip entry timestamps (DOS format) are limited to 1980–2099 by fflate.
  const time = Date.parse(dateTime);
  const min = Date.UTC(1980, 0, 2);
  const max = Date.UTC(2099, 11, 31);
  return new Date(Number.isNaN(time) ? min : Math.min(max, Math.max(min, time)));
}

/** A BCF 3.0 .bcfzip of the report's findings, one topic per check and element. */
export function writeReviewBcf(report: ReviewReport, options: ReviewBcfOptions = {}): Uint8Array {
  const labels = reviewLabels(options.lang);
  const creationDate = toDateTime(options.createdAt ?? report.createdAt, options.createdAt ? 'createdAt' : 'the report createdAt');
  const author = clean(options.author) ?? WRITE_REVIEW_BCF_DEFAULTS.author;
  const stable = options.createdAt !== undefined;
  const guidFor = (kind: string, checkId: string, globalId: string | null) => (stable ? uuidFromKey([kind, report.ruleSet.id, checkId, globalId]) : randomGuid());
  const referenceLinks = (options.referenceLinks ?? []).map(clean).filter((link): link is string => link !== null);
  const elements = options.elements ?? new Map<string, ElementPlacement>();
  const extent = extentOf(elements);
  const modelCamera: PerspectiveCameraSetup = extent
    ? cameraForPlacement(extent, 'the known elements')
    : cameraLookingAt([0, 0, 0], BCF_CAMERA_DEFAULTS.sceneSize);

  const archive: Zippable = { 'bcf.version': strToU8(versionXml()) };
  const topicFolders: Zippable = {};
  const usedLabels: string[] = [];
  for (const draft of draftTopics(report, options.minSeverity ?? WRITE_REVIEW_BCF_DEFAULTS.minSeverity)) {
    const guid = guidFor('topic', draft.checkId, draft.globalId);
    const selectable = draft.globalId !== null && IFC_GUID.test(draft.globalId);
    const placement = draft.globalId === null ? undefined : elements.get(draft.globalId);
    const hasViewpoint = selectable || placement !== undefined || (draft.globalId === null && extent !== null);
    const labelList = topicLabels(draft, report).map(clean).filter((label): label is string => label !== null);
    usedLabels.push(...labelList);
    const viewpointGuid = guidFor('viewpoint', draft.checkId, draft.globalId);
    const folder: Zippable = {
      'markup.bcf': strToU8(
        markupXml({
          guid,
          topicType: TOPIC_TYPE[draft.severity],
          topicStatus: TOPIC_STATUSES[0],
          referenceLinks,
          title: clean(topicTitle(draft)) ?? draft.checkId,
          priority: TOPIC_PRIORITY[draft.severity],
          labels: labelList,
          creationDate,
          creationAuthor: author,
          description: clean(topicDescription(draft, report, labels)) ?? draft.checkId,
          viewpoint: hasViewpoint ? { guid: viewpointGuid, file: VIEWPOINT_FILE } : null,
        }),
      ),
    };
    if (hasViewpoint) {
      const camera = placement ? cameraForPlacement(placement, `element ${draft.globalId}`) : modelCamera;
      folder[VIEWPOINT_FILE] = strToU8(visualizationXml({ guid: viewpointGuid, ifcGuid: selectable ? draft.globalId : null, camera }));
    }
    topicFolders[guid] = folder;
  }

  archive['extensions.xml'] = strToU8(
    extensionsXml({
      topicTypes: [TOPIC_TYPE.error, TOPIC_TYPE.warning, TOPIC_TYPE.info],
      topicStatuses: [...TOPIC_STATUSES],
      priorities: [TOPIC_PRIORITY.error, TOPIC_PRIORITY.warning, TOPIC_PRIORITY.info],
      topicLabels: [...new Set(usedLabels)],
      users: [author],
    }),
  );
  const projectName = clean(options.projectName ?? report.model.name);
  archive['project.bcfp'] = strToU8(projectXml(uuidFromKey(['project', report.model.id ?? projectName ?? report.ruleSet.id]), projectName));
  Object.assign(archive, topicFolders);
  return zipSync(archive, { level: 6, mtime: zipTime(creationDate) });
}
