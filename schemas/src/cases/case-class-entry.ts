import { z } from 'zod';
import { CodeListSource } from '../networks/code-list-provenance.ts';

// Components (部件) and events (事件) are both classed as 大类 (2 digits) and 小类 (2 digits within
// the major class, written as the 4-digit major + minor code). One pair of schemas serves both.

/** Whether a class is a city component (部件) or an event (事件). */
export const CASE_CLASS_KINDS = ['component', 'event'] as const;
export const CaseClassKind = z.enum(CASE_CLASS_KINDS);
export type CaseClassKind = z.infer<typeof CaseClassKind>;

/** A major class (大类). */
export const MajorClass = CodeListSource.extend({
  kind: CaseClassKind,
  code: z.string().regex(/^\d{2}$/).describe('2-digit major class code'),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type MajorClass = z.infer<typeof MajorClass>;

/** A minor class (小类) within a major class. */
export const MinorClass = CodeListSource.extend({
  kind: CaseClassKind,
  majorCode: z.string().regex(/^\d{2}$/),
  code: z.string().regex(/^\d{4}$/).describe('4 digits: the major class code then the 2-digit minor class code'),
  nameZh: z.string(),
  nameEn: z.string(),
  aliases: z.array(z.string()).describe('other names the class goes by in city systems, for matching imported data'),
  note: z.string().nullable(),
});
export type MinorClass = z.infer<typeof MinorClass>;

/** Checks that the minor classes are unique and sit under a listed major class of their kind. */
export function checkClassTable(majors: readonly MajorClass[], minors: readonly MinorClass[]): void {
  const seen = new Set<string>();
  for (const minor of minors) {
    if (seen.has(minor.code)) throw new Error(`case classes: ${minor.kind} minor class ${minor.code} is listed twice`);
    seen.add(minor.code);
    if (!minor.code.startsWith(minor.majorCode)) throw new Error(`case classes: ${minor.code} does not start with its major class ${minor.majorCode}`);
    if (!majors.some((major) => major.kind === minor.kind && major.code === minor.majorCode)) {
      throw new Error(`case classes: ${minor.kind} minor class ${minor.code} has no major class ${minor.majorCode}`);
    }
  }
}
