/** The 8 main pipe types (大类) of CJJ 61-2017, by 代号, in the standard's order. */
export const PIPE_TYPE_CODES = ['JS', 'PS', 'RQ', 'RL', 'DL', 'TX', 'GY', 'QT'] as const;

/** A CJJ 61 main pipe type code. */
export type PipeTypeCode = (typeof PIPE_TYPE_CODES)[number];

/**
 * Map colours of the main pipe types after CJJ 61-2017 Appendix B (the same table as
 * schemas/src/networks/pipe-types.ts, copied because the viewer does not import
 * @cimtwin/schemas). The standard gives "other" (QT) no colour; grey stands in for it.
 */
export const PIPE_TYPE_COLOURS: Readonly<Record<PipeTypeCode, string>> = Object.freeze({
  JS: '#00ffff',
  PS: '#4c3926',
  RQ: '#ff00ff',
  RL: '#ff8000',
  DL: '#ff0000',
  TX: '#00ff00',
  GY: '#000000',
  QT: '#9e9e9e',
});

/** Whether a string is a CJJ 61 main pipe type code. */
export function isPipeTypeCode(value: unknown): value is PipeTypeCode {
  return typeof value === 'string' && (PIPE_TYPE_CODES as readonly string[]).includes(value);
}
