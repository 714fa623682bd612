/**
 * Review report outputs: a printable HTML page for reviewers and a BCF 3.0 archive of the
 * findings for their BIM tools, plus a reader of BCF topics for feedback coming back.
 */

// HTML report
export { writeReviewHtml } from './write-review-html.ts';
export type { ReviewHtmlOptions } from './write-review-html.ts';

// BCF
export { writeReviewBcf, WRITE_REVIEW_BCF_DEFAULTS } from './write-review-bcf.ts';
export type { ReviewBcfOptions } from './write-review-bcf.ts';
export { readBcfTopics, READ_BCF_TOPICS_DEFAULTS } from './read-bcf-topics.ts';
export type { BcfTopicSummary } from './read-bcf-topics.ts';
export { BCF_CAMERA_DEFAULTS } from './lib/bcf-camera.ts';
export type { ElementPlacement, Vector3 } from './lib/bcf-camera.ts';

// Shared
export type { ReviewLanguage } from './lib/review-labels.ts';
