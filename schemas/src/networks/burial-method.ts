import { z } from 'zod';

// CJJ 61 surveys record 埋设方式 as free text (直埋, 管块, 管沟, 顶管, 架空 ...); clearance tables
// distinguish only a few forms: direct-buried (直埋), in a protective duct or duct bank (保护管,
// 管道, 排管), in a trench (管沟), in a tunnel (综合管廊) and overhead (架空, not underground).

/** Burial forms the clearance tables distinguish. */
export const BURIAL_CLASSES = ['direct', 'duct', 'trench', 'tunnel', 'overhead'] as const;
export const BurialClass = z.enum(BURIAL_CLASSES);
export type BurialClass = z.infer<typeof BurialClass>;

// Order matters: 综合管沟 is a tunnel before it is a 管沟, and 直埋 is tested last so that
// "直埋套管" reads as a duct.
const WORDS: [RegExp, BurialClass][] = [
  [/架空|上杆|overhead|aerial/, 'overhead'],
  [/管廊|综合管沟|隧道|tunnel/, 'tunnel'],
  [/管沟|沟道|地沟|方沟|电缆沟|trench|culvert/, 'trench'],
  [/管块|管埋|排管|保护管|套管|管道|顶管|拉管|定向钻|duct|conduit|casing|jacked/, 'duct'],
  [/直埋|direct|buried/, 'direct'],
];

/** The burial form a surveyed 埋设方式 names, or null when empty or not understood. */
export function classifyBurialMethod(text: string | null | undefined): BurialClass | null {
  if (text === null || text === undefined) return null;
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  for (const [pattern, burial] of WORDS) if (pattern.test(value)) return burial;
  return null;
}
