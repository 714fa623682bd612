import type { CrossSection, SectionPipe } from './cross-section.ts';
import { groundAt } from './section-ground.ts';
import { distanceAxis, elevationAxis, escapeXml, frameX, frameY, plotFrame, polylinePoints, px, scaleDenominator, svgDocument, text, titleBlock, type DrawingLanguage, type PlotFrame } from './svg-drawing.ts';

// The 横断面 drawing: ground line with hatching, every pipe to scale in its CJJ 61 colour
// (circles at true scale, ellipses when the vertical is exaggerated, rectangles for boxes), a
// rotated label per pipe above the plot (代号, size, axis elevation) with a leader, the
// elevation and offset axes, the clear distances between neighbours (red where short of
// GB 50289), and a title block with the scale. Pipes are drawn with their true section: a line
// crossing a pipe obliquely would cut an ellipse, but section drawings show the pipe itself.

/** Options of {@link crossSectionSvg}. */
export interface CrossSectionSvgOptions {
  language?: DrawingLanguage;
  /** Width of the drawing in pixels; default 900. */
  width?: number;
  /** Vertical scale over horizontal; default 1 (pipes stay round). */
  verticalExaggeration?: number;
  /** Drawing title; default 横断面图 / Cross-section. */
  title?: string;
}

const WORDS = {
  zh: { title: '横断面图', elevation: '高程 (m)', offset: '距起点距离 (m)', axis: '中心', scale: '比例', horizontal: '水平', vertical: '竖向', line: '断面线', pipes: '管线', units: '单位', unitsValue: '高程、距离：米', clearance: '净距', ground: '地面线' },
  en: { title: 'Cross-section', elevation: 'Elevation (m)', offset: 'Offset from start (m)', axis: 'axis', scale: 'Scale', horizontal: 'H', vertical: 'V', line: 'Section line', pipes: 'Pipes', units: 'Units', unitsValue: 'elevations and distances in metres', clearance: 'Clear', ground: 'Ground' },
};

const MARGIN = { left: 90, right: 40, top: 170, bottom: 200 };

/** The frame `crossSectionSvg` draws in, for placing things over the drawing. */
export function crossSectionFrame(section: CrossSection, options: CrossSectionSvgOptions = {}): PlotFrame {
  const width = options.width ?? 900;
  const heights = [...section.ground.map((point) => point.elevation), ...section.pipes.flatMap((pipe) => [pipe.top, pipe.bottom])];
  return plotFrame(MARGIN.left, MARGIN.top, width - MARGIN.left - MARGIN.right, 0, Math.max(section.length, 1e-3), Math.min(...heights) - 0.5, Math.max(...heights) + 0.3, options.verticalExaggeration ?? 1, 240);
}

/** Draws a cross-section as a standalone SVG document. */
export function crossSectionSvg(section: CrossSection, options: CrossSectionSvgOptions = {}): string {
  const words = WORDS[options.language ?? 'zh'];
  const width = options.width ?? 900;
  const frame = crossSectionFrame(section, options);
  const title = options.title ?? words.title;
  const parts: string[] = [text(width / 2, 30, title, { 'text-anchor': 'middle', 'font-size': 18, 'font-weight': 'bold', class: 'drawing-title' })];
  parts.push(...elevationAxis(frame, words.elevation), ...distanceAxis(frame, words.offset, (u) => u.toFixed(u % 1 === 0 ? 0 : 1)));
  parts.push(...groundLine(frame, section, words.ground));
  for (const pipe of section.pipes) parts.push(...pipeShape(frame, pipe, words.axis));
  parts.push(...clearanceRow(frame, section, words.clearance));
  const bottom = frame.top + frame.height;
  const [start, end] = [section.line[0], section.line[section.line.length - 1]];
  const blockWidth = 420;
  parts.push(
    ...titleBlock(width - MARGIN.right - blockWidth, bottom + 90, blockWidth, [
      [options.language === 'en' ? 'Drawing' : '图名', title],
      [words.scale, `${words.horizontal} 1:${scaleDenominator(frame.sx)}  ${words.vertical} 1:${scaleDenominator(frame.sz)} (96 dpi)`],
      [words.line, `(${start[0].toFixed(3)}, ${start[1].toFixed(3)}) → (${end[0].toFixed(3)}, ${end[1].toFixed(3)})  L=${section.length.toFixed(3)}`],
      [words.pipes, String(section.pipes.length)],
      [words.units, words.unitsValue],
    ]),
  );
  return svgDocument(width, bottom + 90 + 5 * 20 + 20, title, parts);
}

function groundLine(frame: PlotFrame, section: CrossSection, caption: string): string[] {
  const points = section.ground.map((point): [number, number] => [point.at, point.elevation]);
  const parts = [`<g class="ground"><polyline class="ground-line" points="${polylinePoints(frame, points)}" fill="none" stroke="#000" stroke-width="2"/>`];
  // hatching under the ground line, one short stroke every 12 px
  for (let x = frame.left + 6; x < frame.left + frame.width; x += 12) {
    const u = frame.uMin + (x - frame.left) / frame.sx;
    const y = frameY(frame, groundAt(section.ground, u));
    parts.push(`<line x1="${px(x)}" y1="${px(y)}" x2="${px(x - 6)}" y2="${px(y + 6)}" stroke="#000" stroke-width="0.7"/>`);
  }
  parts.push(text(frame.left + 4, frameY(frame, points[0][1]) - 6, caption, { 'font-size': 11 }), '</g>');
  return parts;
}

function pipeShape(frame: PlotFrame, pipe: SectionPipe, axisWord: string): string[] {
  const cx = frameX(frame, pipe.offset);
  const cy = frameY(frame, pipe.axis);
  const data = `data-link="${escapeXml(pipe.linkId)}" fill="${pipe.colour}" fill-opacity="0.85" stroke="#000" stroke-width="1"`;
  let shape: string;
  if (pipe.section.shape === 'box') {
    const [w, h] = [pipe.section.width * frame.sx, pipe.section.height * frame.sz];
    shape = `<rect class="pipe" x="${px(cx - w / 2)}" y="${px(cy - h / 2)}" width="${px(w)}" height="${px(h)}" ${data}/>`;
  } else if (frame.sx === frame.sz) {
    shape = `<circle class="pipe" cx="${px(cx)}" cy="${px(cy)}" r="${px((pipe.section.diameter / 2) * frame.sx)}" ${data}/>`;
  } else {
    shape = `<ellipse class="pipe" cx="${px(cx)}" cy="${px(cy)}" rx="${px((pipe.section.diameter / 2) * frame.sx)}" ry="${px((pipe.section.diameter / 2) * frame.sz)}" ${data}/>`;
  }
  const code = pipe.pipeType ? `${pipe.pipeType}${pipe.pipeSubtype ? `/${pipe.pipeSubtype}` : ''}` : '?';
  const labelY = frame.top - 8;
  return [
    `<g class="pipe-group" data-link="${escapeXml(pipe.linkId)}">`,
    `<line class="leader" x1="${px(cx)}" y1="${px(frameY(frame, pipe.top))}" x2="${px(cx)}" y2="${px(labelY + 2)}" stroke="#666" stroke-width="0.6" stroke-dasharray="3,2"/>`,
    shape,
    text(cx + 4, labelY, `${code} ${pipe.size} ${axisWord} ${pipe.axis.toFixed(3)}`, { 'font-size': 11, class: 'pipe-label' }, -90),
    '</g>',
  ];
}

function clearanceRow(frame: PlotFrame, section: CrossSection, caption: string): string[] {
  const y = frame.top + frame.height + 62;
  const parts = [`<g class="clearances">`, text(frame.left - 8, y, caption, { 'text-anchor': 'end', 'font-size': 11 })];
  const offsets = new Map(section.pipes.map((pipe) => [pipe.linkId, pipe.offset]));
  for (const clearance of section.clearances) {
    const x = frameX(frame, ((offsets.get(clearance.linkA) ?? 0) + (offsets.get(clearance.linkB) ?? 0)) / 2);
    const short = clearance.horizontalOk === false;
    const content = clearance.requiredHorizontal === null ? clearance.horizontal.toFixed(3) : `${clearance.horizontal.toFixed(3)}${short ? '<' : '≥'}${clearance.requiredHorizontal}`;
    parts.push(text(x, y, content, { 'text-anchor': 'middle', 'font-size': 10, fill: short ? '#d00' : '#000', class: short ? 'clearance short' : 'clearance' }, -30));
  }
  parts.push('</g>');
  return parts;
}
