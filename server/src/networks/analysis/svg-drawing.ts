// Shared parts of the section and profile drawings: the frame mapping metres to SVG pixels,
// axes with elevations and distances, the title block and scale note, text escaping. The
// drawings are plain SVG strings (no DOM), standalone with the SVG namespace.

/** Drawing language. */
export type DrawingLanguage = 'zh' | 'en';

/** Maps distance along the drawing (u, m) and elevation (z, m) to SVG pixels. */
export interface PlotFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  uMin: number;
  uMax: number;
  zMin: number;
  zMax: number;
  /** Pixels per metre horizontally and vertically (vertical = horizontal × exaggeration). */
  sx: number;
  sz: number;
}

/**
 * A frame `width` pixels wide for u in [uMin, uMax]; its height follows from the elevation
 * range and the exaggeration, with zMin lowered until the plot is at least `minHeight` tall.
 */
export function plotFrame(left: number, top: number, width: number, uMin: number, uMax: number, zMin: number, zMax: number, exaggeration: number, minHeight: number): PlotFrame {
  const sx = width / Math.max(uMax - uMin, 1e-6);
  const sz = sx * exaggeration;
  let low = zMin;
  if ((zMax - low) * sz < minHeight) low = zMax - minHeight / sz;
  return { left, top, width, height: (zMax - low) * sz, uMin, uMax, zMin: low, zMax, sx, sz };
}

/** SVG x of distance u. */
export function frameX(frame: PlotFrame, u: number): number {
  return frame.left + (u - frame.uMin) * frame.sx;
}

/** SVG y of elevation z. */
export function frameY(frame: PlotFrame, z: number): number {
  return frame.top + (frame.zMax - z) * frame.sz;
}

/** A pixel coordinate to 2 decimals, as written in the SVG. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Escapes text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A tick spacing of 1, 2 or 5 × 10^n giving about `count` ticks over `range`. */
export function niceStep(range: number, count: number): number {
  const raw = Math.max(range, 1e-9) / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = raw / power;
  return (factor <= 1 ? 1 : factor <= 2 ? 2 : factor <= 5 ? 5 : 10) * power;
}

/** Scale denominator N of "1:N" for a drawing printed at 96 dpi (one px = 25.4 / 96 mm). */
export function scaleDenominator(pixelsPerMetre: number): number {
  const exact = 1000 / (pixelsPerMetre * (25.4 / 96));
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(exact)) - 1);
  return Math.round(exact / magnitude) * magnitude;
}

/** Chainage as Chinese drawings write it, K0+025.000. */
export function formatChainage(metres: number): string {
  const kilometres = Math.floor(metres / 1000);
  return `K${kilometres}+${(metres - kilometres * 1000).toFixed(3).padStart(7, '0')}`;
}

/** A text element; content and attributes escaped. `rotate` turns it about its anchor (degrees). */
export function text(x: number, y: number, content: string, attributes: Record<string, string | number> = {}, rotate?: number): string {
  const extra = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join('');
  const transform = rotate === undefined ? '' : ` transform="rotate(${rotate} ${px(x)} ${px(y)})"`;
  return `<text x="${px(x)}" y="${px(y)}"${transform}${extra}>${escapeXml(content)}</text>`;
}

/** Elevation axis at the frame's left edge: ticks, labels (m) and the caption. */
export function elevationAxis(frame: PlotFrame, caption: string): string[] {
  const step = niceStep(frame.zMax - frame.zMin, 6);
  const parts = [`<g class="elevation-axis"><line x1="${px(frame.left)}" y1="${px(frame.top)}" x2="${px(frame.left)}" y2="${px(frame.top + frame.height)}" stroke="#000"/>`];
  for (let z = Math.ceil(frame.zMin / step) * step; z <= frame.zMax + 1e-9; z += step) {
    const y = frameY(frame, z);
    parts.push(`<line x1="${px(frame.left - 5)}" y1="${px(y)}" x2="${px(frame.left)}" y2="${px(y)}" stroke="#000"/>`);
    parts.push(`<line x1="${px(frame.left)}" y1="${px(y)}" x2="${px(frame.left + frame.width)}" y2="${px(y)}" stroke="#ddd" stroke-dasharray="2,4"/>`);
    parts.push(text(frame.left - 8, y + 4, z.toFixed(step < 1 ? (step < 0.1 ? 2 : 1) : 0), { 'text-anchor': 'end', 'font-size': 11, class: 'tick' }));
  }
  parts.push(text(frame.left - 55, frame.top + frame.height / 2, caption, { 'text-anchor': 'middle', 'font-size': 12 }, -90), '</g>');
  return parts;
}

/** Distance axis under the plot: ticks every nice step, labels by `format`, and the caption. */
export function distanceAxis(frame: PlotFrame, caption: string, format: (u: number) => string = (u) => u.toFixed(1)): string[] {
  const y = frame.top + frame.height;
  const step = niceStep(frame.uMax - frame.uMin, 8);
  const parts = [`<g class="distance-axis"><line x1="${px(frame.left)}" y1="${px(y)}" x2="${px(frame.left + frame.width)}" y2="${px(y)}" stroke="#000"/>`];
  for (let u = Math.ceil(frame.uMin / step) * step; u <= frame.uMax + 1e-9; u += step) {
    const x = frameX(frame, u);
    parts.push(`<line x1="${px(x)}" y1="${px(y)}" x2="${px(x)}" y2="${px(y + 5)}" stroke="#000"/>`);
    parts.push(text(x, y + 18, format(u), { 'text-anchor': 'middle', 'font-size': 11, class: 'tick' }));
  }
  parts.push(text(frame.left + frame.width / 2, y + 36, caption, { 'text-anchor': 'middle', 'font-size': 12 }), '</g>');
  return parts;
}

/** The title block: a framed table of label and value rows at (x, y). */
export function titleBlock(x: number, y: number, width: number, rows: readonly [string, string][]): string[] {
  const rowHeight = 20;
  const parts = [`<g class="title-block"><rect x="${px(x)}" y="${px(y)}" width="${px(width)}" height="${rows.length * rowHeight}" fill="#fff" stroke="#000" stroke-width="1.5"/>`];
  rows.forEach(([label, value], i) => {
    const top = y + i * rowHeight;
    if (i > 0) parts.push(`<line x1="${px(x)}" y1="${px(top)}" x2="${px(x + width)}" y2="${px(top)}" stroke="#000"/>`);
    parts.push(text(x + 6, top + 14, label, { 'font-size': 11 }), text(x + 96, top + 14, value, { 'font-size': i === 0 ? 13 : 11, 'font-weight': i === 0 ? 'bold' : 'normal' }));
  });
  parts.push(`<line x1="${px(x + 90)}" y1="${px(y)}" x2="${px(x + 90)}" y2="${px(y + rows.length * rowHeight)}" stroke="#000"/>`, '</g>');
  return parts;
}

/** Wraps drawing parts in a standalone SVG document. */
export function svgDocument(width: number, height: number, title: string, parts: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" font-family="'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${px(width)}" height="${px(height)}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** A polyline of (u, z) points in the frame. */
export function polylinePoints(frame: PlotFrame, points: readonly [number, number][]): string {
  return points.map(([u, z]) => `${px(frameX(frame, u))},${px(frameY(frame, z))}`).join(' ');
}
