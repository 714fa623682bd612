import { PIPE_TYPE_CODES } from './pipe-type-colours.ts';

/**
 * The `show` condition of a network tileset that hides the given pipe types, read from the
 * `pipeType` metadata of every segment and point structure. Features of a type the viewer does
 * not know go with "other" (QT).
 */
export function pipeTypeShowCondition(hiddenTypes: ReadonlySet<string>): string {
  const hidden = PIPE_TYPE_CODES.filter((code) => hiddenTypes.has(code));
  if (hidden.length === 0) return 'true';
  const known = PIPE_TYPE_CODES.filter((code) => code !== 'QT').map((code) => `\${pipeType} === '${code}'`).join(' || ');
  const tests = hidden.map((code) => (code === 'QT' ? `!(${known})` : `\${pipeType} === '${code}'`));
  return `!(${tests.join(' || ')})`;
}
