import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { CaseClassKind, type MajorClass, type MinorClass } from './case-class-entry.ts';
import { COMPONENT_MAJOR_CLASSES, COMPONENT_MINOR_CLASSES } from './component-classes.ts';
import { EVENT_MAJOR_CLASSES, EVENT_MINOR_CLASSES } from './event-classes.ts';

/** The class a case is filed under: a component or event minor class by its 4-digit code. */
export const CaseClass = z.object({
  kind: CaseClassKind,
  code: z.string().regex(/^\d{4}$/).describe('major (2 digits) + minor (2 digits) class code'),
});
export type CaseClass = z.infer<typeof CaseClass>;

/** The major classes of a kind. */
export function majorClasses(kind: CaseClassKind): readonly MajorClass[] {
  return kind === 'component' ? COMPONENT_MAJOR_CLASSES : EVENT_MAJOR_CLASSES;
}

/** The listed minor classes of a kind. */
export function minorClasses(kind: CaseClassKind): readonly MinorClass[] {
  return kind === 'component' ? COMPONENT_MINOR_CLASSES : EVENT_MINOR_CLASSES;
}

/** The major class with this 2-digit code, or undefined. */
export function findMajorClass(kind: CaseClassKind, code: string): MajorClass | undefined {
  return majorClasses(kind).find((entry) => entry.code === code);
}

/** The listed minor class with this 4-digit code, or undefined (it may be a local class). */
export function findMinorClass(kind: CaseClassKind, code: string): MinorClass | undefined {
  return minorClasses(kind).find((entry) => entry.code === code);
}

/** The minor classes whose name or an alias equals `name` (after trimming); empty when none. */
export function findMinorClassesByName(name: string, kind?: CaseClassKind): MinorClass[] {
  const wanted = name.trim();
  const kinds: CaseClassKind[] = kind ? [kind] : ['component', 'event'];
  return kinds.flatMap((k) => minorClasses(k).filter((entry) => entry.nameZh === wanted || entry.aliases.includes(wanted)));
}

/** A case class with its table entries; `minor` is null for a minor class this library does not list. */
export interface DecodedCaseClass extends CaseClass {
  major: MajorClass;
  minor: MinorClass | null;
}

/**
 * Checks a case class: the code must be 4 digits and its first two a listed major class of the
 * kind. A minor class that is not listed is accepted (cities add their own) and comes back with
 * `minor: null`. Throws a DataError that says what to fix.
 */
export function decodeCaseClass(kind: CaseClassKind, code: string): DecodedCaseClass {
  const trimmed = code.trim();
  const label = kind === 'component' ? '部件' : '事件';
  if (!/^\d{4}$/.test(trimmed)) throw new DataError(`case-class: ${kind} class "${code}" is not a class code; give 4 digits, major + minor, e.g. 0101`);
  const major = findMajorClass(kind, trimmed.slice(0, 2));
  if (!major) {
    const known = majorClasses(kind).map((entry) => `${entry.code} ${entry.nameZh}`).join(', ');
    throw new DataError(`case-class: ${kind} class ${trimmed} has major class ${trimmed.slice(0, 2)}, which is no ${label}大类; use one of ${known}`);
  }
  if (trimmed.slice(2) === '00') throw new DataError(`case-class: ${kind} class ${trimmed} has minor class 00; give the 小类 within ${major.code} ${major.nameZh}`);
  return { kind, code: trimmed, major, minor: findMinorClass(kind, trimmed) ?? null };
}
