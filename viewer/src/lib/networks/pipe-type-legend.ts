import type { NetworkInfo } from '../api/network-types.ts';
import { PIPE_TYPE_CODES, PIPE_TYPE_COLOURS, type PipeTypeCode } from './pipe-type-colours.ts';

/** One entry of a network's pipe type legend: a type present in the network. */
export interface PipeTypeLegendEntry {
  code: PipeTypeCode;
  /** CSS colour (CJJ 61-2017). */
  colour: string;
  /** Number of segments of this type. */
  links: number;
  /** Total segment length of this type, metres (0 when the API gives none). */
  length: number;
}

/**
 * The pipe types present in a network (at least one segment), in CJJ 61 order, with their
 * colours and counts; types the viewer does not know count as "other" (QT).
 */
export function pipeTypeLegend(counts: NetworkInfo['counts']): PipeTypeLegendEntry[] {
  const links = new Map<PipeTypeCode, number>();
  const lengths = new Map<PipeTypeCode, number>();
  for (const [type, count] of Object.entries(counts.linksByPipeType ?? {})) {
    const code = (PIPE_TYPE_CODES as readonly string[]).includes(type) ? (type as PipeTypeCode) : 'QT';
    links.set(code, (links.get(code) ?? 0) + count);
    lengths.set(code, (lengths.get(code) ?? 0) + (counts.lengthByPipeType?.[type] ?? 0));
  }
  return PIPE_TYPE_CODES.filter((code) => (links.get(code) ?? 0) > 0).map((code) => ({
    code,
    colour: PIPE_TYPE_COLOURS[code],
    links: links.get(code)!,
    length: Math.round((lengths.get(code) ?? 0) * 10) / 10,
  }));
}
