import type { LongitudinalProfile, ProfileCrossing } from './longitudinal-profile.ts';
import { distanceAxis, elevationAxis, escapeXml, formatChainage, frameX, frameY, plotFrame, polylinePoints, px, scaleDenominator, svgDocument, text, titleBlock, type DrawingLanguage, type PlotFrame } from './svg-drawing.ts';

// The 纵断面 drawing as Chinese practice lays it out: ground line, the profiled pipe as a band
// from invert to top in its CJJ 61 colour, manholes and other points as shafts from ground to
// bottom, crossing pipes as sections at their height with labels, and under the plot the data
// table: chainage, ground, invert and depth at every node, slope and length of every link.
// The vertical is exaggerated (10× by default): a 200 m sewer falls a metre or two.

/** Options of {@link profileSvg}. */
export interface ProfileSvgOptions {
  language?: DrawingLanguage;
  /** Width of the drawing in pixels; default 1200. */
  width?: number;
  /** Vertical scale over horizontal; default 10. */
  verticalExaggeration?: number;
  /** Drawing title; default 纵断面图 / Longitudinal profile. */
  title?: string;
}

const WORDS = {
  zh: {
    title: '纵断面图', elevation: '高程 (m)', chainage: '桩号', ground: '地面高程', invert: '管内底高程', depth: '埋深', slope: '坡度‰ / 管长', axis: '中心',
    scale: '比例', horizontal: '水平', vertical: '竖向', exaggeration: '竖向放大', length: '全长', units: '单位', unitsValue: '高程、距离：米；坡度：‰', crossings: '交叉管线',
  },
  en: {
    title: 'Longitudinal profile', elevation: 'Elevation (m)', chainage: 'Chainage', ground: 'Ground', invert: 'Invert', depth: 'Depth', slope: 'Slope ‰ / length', axis: 'axis',
    scale: 'Scale', horizontal: 'H', vertical: 'V', exaggeration: 'Vertical exaggeration', length: 'Length', units: 'Units', unitsValue: 'metres; slope per mille', crossings: 'Crossing pipes',
  },
};

const MARGIN = { left: 120, right: 40, top: 160 };
/** Heights of the data-table rows: chainage, ground, invert, depth (rotated values), slope. */
const ROWS = [64, 52, 72, 52, 30];
const TABLE_HEIGHT = ROWS.reduce((sum, height) => sum + height, 0);

/** The frame `profileSvg` draws in, for placing things over the drawing. */
export function profileFrame(profile: LongitudinalProfile, options: ProfileSvgOptions = {}): PlotFrame {
  const width = options.width ?? 1200;
  const heights = [...profile.ground.map((point) => point.elevation), ...profile.stations.flatMap((s) => [s.invert, s.top]), ...profile.crossings.flatMap((c) => [c.top, c.bottom]), ...profile.nodes.map((n) => n.bottom)];
  return plotFrame(MARGIN.left, MARGIN.top, width - MARGIN.left - MARGIN.right, 0, Math.max(profile.length, 1e-3), Math.min(...heights) - 0.5, Math.max(...heights) + 0.5, options.verticalExaggeration ?? 10, 260);
}

/** Draws a longitudinal profile as a standalone SVG document. */
export function profileSvg(profile: LongitudinalProfile, options: ProfileSvgOptions = {}): string {
  const words = WORDS[options.language ?? 'zh'];
  const width = options.width ?? 1200;
  const frame = profileFrame(profile, options);
  const title = options.title ?? words.title;
  const parts: string[] = [text(width / 2, 30, title, { 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 'bold', class: 'drawing-title' })];
  parts.push(...elevationAxis(frame, words.elevation), ...distanceAxis(frame, `${words.chainage} (m)`, (u) => u.toFixed(0)));
  parts.push(`<polyline class="ground-line" points="${polylinePoints(frame, profile.ground.map((p): [number, number] => [p.at, p.elevation]))}" fill="none" stroke="#000" stroke-width="2"/>`);
  for (const link of profile.links) {
    const stations = profile.stations.filter((s) => s.linkId === link.linkId);
    const outline = [...stations.map((s): [number, number] => [s.chainage, s.top]), ...[...stations].reverse().map((s): [number, number] => [s.chainage, s.invert])];
    parts.push(`<polygon class="pipe" data-link="${escapeXml(link.linkId)}" points="${polylinePoints(frame, outline)}" fill="${link.colour}" fill-opacity="0.6" stroke="${link.colour}" stroke-width="1.2"/>`);
  }
  for (const node of profile.nodes) {
    const x = frameX(frame, node.chainage);
    const w = Math.max(4, frame.sx);
    const [top, bottom] = [frameY(frame, node.ground), frameY(frame, node.bottom)];
    parts.push(`<rect class="node" data-node="${escapeXml(node.id)}" x="${px(x - w / 2)}" y="${px(top)}" width="${px(w)}" height="${px(bottom - top)}" fill="none" stroke="#000" stroke-width="1"/>`);
    parts.push(text(x, top - 6, node.id, { 'text-anchor': 'middle', 'font-size': 10, class: 'node-label' }));
  }
  for (const crossing of profile.crossings) parts.push(...crossingShape(frame, crossing, words.axis));
  const tableTop = frame.top + frame.height + 50;
  parts.push(...dataTable(frame, profile, tableTop, words));
  const blockTop = tableTop + TABLE_HEIGHT + 20;
  const blockWidth = 460;
  parts.push(
    ...titleBlock(width - MARGIN.right - blockWidth, blockTop, blockWidth, [
      [options.language === 'en' ? 'Drawing' : '图名', title],
      [words.scale, `${words.horizontal} 1:${scaleDenominator(frame.sx)}  ${words.vertical} 1:${scaleDenominator(frame.sz)} (96 dpi)`],
      [words.exaggeration, `${Math.round((frame.sz / frame.sx) * 100) / 100}×`],
      [words.length, `${profile.length.toFixed(3)} m, ${profile.links.map((link) => link.linkId).join(' → ')}`],
      [words.crossings, String(profile.crossings.length)],
      [words.units, words.unitsValue],
    ]),
  );
  return svgDocument(width, blockTop + 6 * 20 + 20, title, parts);
}

function crossingShape(frame: PlotFrame, crossing: ProfileCrossing, axisWord: string): string[] {
  const cx = frameX(frame, crossing.chainage);
  const cy = frameY(frame, crossing.axis);
  const style = `data-link="${escapeXml(crossing.linkId)}" fill="${crossing.colour}" stroke="#000" stroke-width="1"`;
  let shape: string;
  if (crossing.section.shape === 'box') {
    const [w, h] = [crossing.section.width * frame.sx, crossing.section.height * frame.sz];
    shape = `<rect class="crossing" x="${px(cx - w / 2)}" y="${px(cy - h / 2)}" width="${px(w)}" height="${px(h)}" ${style}/>`;
  } else if (frame.sx === frame.sz) {
    shape = `<circle class="crossing" cx="${px(cx)}" cy="${px(cy)}" r="${px((crossing.section.diameter / 2) * frame.sx)}" ${style}/>`;
  } else {
    shape = `<ellipse class="crossing" cx="${px(cx)}" cy="${px(cy)}" rx="${px((crossing.section.diameter / 2) * frame.sx)}" ry="${px((crossing.section.diameter / 2) * frame.sz)}" ${style}/>`;
  }
  const code = crossing.pipeType ? `${crossing.pipeType}${crossing.pipeSubtype ? `/${crossing.pipeSubtype}` : ''}` : '?';
  const labelY = frame.top - 8;
  const short = crossing.ok === false;
  return [
    `<line class="leader" x1="${px(cx)}" y1="${px(frameY(frame, crossing.top))}" x2="${px(cx)}" y2="${px(labelY + 2)}" stroke="#666" stroke-width="0.6" stroke-dasharray="3,2"/>`,
    shape,
    text(cx + 4, labelY, `${code} ${crossing.size} ${axisWord} ${crossing.axis.toFixed(3)}`, { 'font-size': 11, class: 'crossing-label', fill: short ? '#d00' : '#000' }, -90),
  ];
}

function dataTable(frame: PlotFrame, profile: LongitudinalProfile, top: number, words: (typeof WORDS)['zh']): string[] {
  const left = 10;
  const right = frame.left + frame.width;
  const labels = [words.chainage, words.ground, words.invert, words.depth, words.slope];
  const rowTops = ROWS.map((_, i) => top + ROWS.slice(0, i).reduce((sum, height) => sum + height, 0));
  const slopeTop = rowTops[4];
  const parts = [`<g class="data-table"><rect x="${left}" y="${px(top)}" width="${px(right - left)}" height="${TABLE_HEIGHT}" fill="none" stroke="#000"/>`];
  labels.forEach((label, i) => {
    if (i > 0) parts.push(`<line x1="${left}" y1="${px(rowTops[i])}" x2="${px(right)}" y2="${px(rowTops[i])}" stroke="#000"/>`);
    parts.push(text(left + 6, rowTops[i] + ROWS[i] / 2 + 4, label, { 'font-size': 11, class: 'row-label' }));
  });
  parts.push(`<line x1="${px(frame.left)}" y1="${px(top)}" x2="${px(frame.left)}" y2="${px(top + TABLE_HEIGHT)}" stroke="#000"/>`);
  for (const node of profile.nodes) {
    const x = frameX(frame, node.chainage);
    const here = profile.stations.filter((s) => s.nodeId === node.id && s.chainage === node.chainage);
    const values = [
      formatChainage(node.chainage),
      node.ground.toFixed(3),
      [...new Set(here.map((s) => s.invert.toFixed(3)))].join('/'),
      [...new Set(here.map((s) => s.depth.toFixed(2)))].join('/'),
    ];
    parts.push(`<line x1="${px(x)}" y1="${px(top)}" x2="${px(x)}" y2="${px(slopeTop)}" stroke="#999" stroke-width="0.5"/>`);
    values.forEach((value, i) => parts.push(text(x - 3, rowTops[i] + ROWS[i] - 4, value, { 'font-size': 9, class: 'cell' }, -90)));
  }
  for (const link of profile.links) {
    const x = frameX(frame, (link.startChainage + link.endChainage) / 2);
    parts.push(text(x, slopeTop + ROWS[4] / 2 + 4, `${link.slopePermille.toFixed(2)} / ${link.length.toFixed(2)}`, { 'text-anchor': 'middle', 'font-size': 10, class: 'cell slope' }));
    parts.push(`<line x1="${px(frameX(frame, link.endChainage))}" y1="${px(slopeTop)}" x2="${px(frameX(frame, link.endChainage))}" y2="${px(top + TABLE_HEIGHT)}" stroke="#000"/>`);
  }
  parts.push('</g>');
  return parts;
}
