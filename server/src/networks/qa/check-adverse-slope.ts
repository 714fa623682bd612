import { metres, type QaContext } from './qa-context.ts';

// Gravity drainage (CJJ 61 type PS, or any SWMM conduit) must fall from its start to its end as
// drawn: CJJ 61 line tables list drainage segments from the upstream point (起点) to the
// downstream one, and SWMM conduits run from inlet to outlet. A rise larger than the tolerance
// is an adverse slope (倒坡): a survey error in an invert, or a real defect. Force mains (SWMM
// FORCE_MAIN) and segments with a pressure class are pumped and may rise.

/** adverse-slope. */
export function checkAdverseSlope(qa: QaContext): void {
  const { links } = qa.network;
  const tolerance = qa.parameters.toleranceMetres;
  for (let l = 0; l < links.length; l++) {
    const link = links[l];
    const gravity = link.kind === 'conduit' || (link.kind === 'pipe' && link.pipeType === 'PS');
    if (!gravity || link.shape === 'FORCE_MAIN' || link.pressureClass !== null) continue;
    const start = link.startInvertElevation;
    const end = link.endInvertElevation;
    if (start === null || end === null) continue;
    const rise = end - start;
    if (rise <= tolerance) continue;
    const length = link.length ?? qa.drawnLength(l);
    const slope = length ? ` (${((rise / length) * 1000).toFixed(1)}‰ over ${metres(length)})` : '';
    qa.add('adverse-slope', () => ({
      message: `${link.id} rises ${metres(rise)} from invert ${start.toFixed(3)} at ${link.from} to ${end.toFixed(3)} at ${link.to}${slope}`,
      linkIds: [link.id],
      nodeIds: [link.from, link.to],
      location: qa.linkLocation(l),
      value: rise,
      limit: tolerance,
      unit: 'm',
    }));
  }
}
