import { z } from 'zod';

// Where a code-list value comes from. The printed CJJ 61-2017 was not at hand when these lists
// were written, so no value is marked verified; a reviewer with the standard flips `verified`
// and sets `provenance` to 'standard-text' entry by entry.

/**
 * `standard-text`: read from the standard itself; `secondary-transcription`: from a published
 * transcription of the standard's table (named in `source`); `general-knowledge`: common
 * practice (e.g. local survey specifications), not found in any transcription of the standard.
 */
export const CodeListProvenance = z.enum(['standard-text', 'secondary-transcription', 'general-knowledge']);
export type CodeListProvenance = z.infer<typeof CodeListProvenance>;

/** The `source`, `provenance` and `verified` fields every code-list entry carries. */
export const CodeListSource = z.object({
  source: z.string().describe('where the value was taken from, precise enough to check it'),
  provenance: CodeListProvenance,
  verified: z.boolean().describe('true only once checked against the printed standard'),
});
export type CodeListSource = z.infer<typeof CodeListSource>;

/** Transcription of CJJ 61-2017 Appendix B used for the pipe-type table. */
export const CJJ61_APPENDIX_B_TRANSCRIPTION =
  'CJJ 61-2017 附录B 管线的种类、代号、代码与颜色表, as transcribed in github.com/BdJmLtd/BdJmLtd.github.io _pipeline/dict/pipeline-type-code-color.md; not checked against the printed standard';

/** Transcription of CJJ 61-2017 Appendix F used for the feature-code structure. */
export const CJJ61_APPENDIX_F_TRANSCRIPTION =
  'CJJ 61-2017 附录F 管线要素分类与代码表, as transcribed in github.com/BdJmLtd/BdJmLtd.github.io _pipeline/dict/pipeline-feature-and-code.md; not checked against the printed standard';
