import { forEachLine, type InpContext } from './inp-context.ts';

/**
 * Reads [COORDINATES] (node x y) and [VERTICES] (link x y, in order), the same in EPANET and
 * SWMM. Map data of an unknown node or link is a warning, not an error: it is drawing, not model.
 * Warns once about nodes left without coordinates.
 */
export function readInpGeometry(context: InpContext): void {
  forEachLine(context, 'COORDINATES', (line, reader) => {
    const id = reader.required(line, 0, 'node id');
    const x = reader.requiredNumber(line, 1, 'x coordinate');
    const y = reader.requiredNumber(line, 2, 'y coordinate');
    const node = context.nodes.get(id);
    if (!node) {
      context.warnings.add(`${reader.where(line)}: coordinates of "${id}", which is not a node; ignored`, 'coordinates of an unknown node');
      return;
    }
    node.x = x;
    node.y = y;
  });

  forEachLine(context, 'VERTICES', (line, reader) => {
    const id = reader.required(line, 0, 'link id');
    const x = reader.requiredNumber(line, 1, 'x coordinate');
    const y = reader.requiredNumber(line, 2, 'y coordinate');
    const link = context.links.get(id);
    if (!link) {
      context.warnings.add(`${reader.where(line)}: vertex of "${id}", which is not a link; ignored`, 'vertex of an unknown link');
      return;
    }
    link.vertices.push([x, y]);
  });

  const missing: string[] = [];
  for (const node of context.nodes.values()) if (node.x === null) missing.push(node.id);
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).map((id) => `"${id}"`).join(', ');
    context.warnings.add(`${context.stage}: ${missing.length} node(s) have no [COORDINATES]: ${shown}${missing.length > 10 ? ', ...' : ''}`);
  }
}

/** Value of a `KEY value` line in an options-like section (first field matched case-insensitively). */
export function readOption(context: InpContext, section: string, key: string): { value: string; line: number } | undefined {
  const lines = context.sections.get(section);
  const upper = key.toUpperCase();
  const line = lines?.find((candidate) => candidate.fields[0]?.toUpperCase() === upper);
  return line && line.fields[1] !== undefined ? { value: line.fields[1], line: line.line } : undefined;
}

/** The first line of [TITLE] with runs of blanks made single spaces, or undefined. */
export function readTitle(context: InpContext): string | undefined {
  return context.sections.get('TITLE')?.find((line) => line.text !== '')?.text.replace(/\s+/g, ' ');
}
