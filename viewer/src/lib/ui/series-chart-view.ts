import { chartGeometry, CHART_FRAME_DEFAULTS } from '../operations/chart-geometry.ts';
import type { ChartSeries } from '../operations/chart-series.ts';
import { formatClock, formatReading } from '../operations/operations-text.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Up to this many points each get a dot; more are drawn as the line alone. */
const MAX_DOTS = 120;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, children: (Node | string)[] = []): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/**
 * The chart of a datastream over a time window as SVG: value grid lines with labels, hour
 * ticks, the bucket band, the line and its points, the newest point larger. The root carries
 * `data-points`, `data-last-value` and `data-last-time` for tests.
 */
export function seriesChartView(series: ChartSeries, window: { from: number; to: number }, unit: string | null | undefined, title: string): SVGSVGElement {
  const frame = CHART_FRAME_DEFAULTS;
  const chart = chartGeometry(series, window, frame);
  const last = chart.dots[chart.dots.length - 1];
  const root = svg('svg', {
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    class: 'cimtwin-series-chart',
    role: 'img',
    'aria-label': title,
    'data-testid': 'sensor-chart',
    'data-datastream-id': series.datastreamId,
    'data-points': chart.dots.length,
    ...(last ? { 'data-last-value': last.v, 'data-last-time': new Date(last.t).toISOString() } : {}),
  });
  const right = frame.width - frame.right;
  const bottom = frame.height - frame.bottom;
  for (const tick of chart.yTicks) {
    root.append(svg('line', { x1: frame.left, x2: right, y1: tick.y, y2: tick.y, class: 'cimtwin-chart-grid' }));
    root.append(svg('text', { x: frame.left - 3, y: tick.y + 3, 'text-anchor': 'end', class: 'cimtwin-chart-label' }, [formatReading(tick.value)]));
  }
  for (const tick of chart.xTicks) {
    root.append(svg('line', { x1: tick.x, x2: tick.x, y1: bottom, y2: bottom + 3, class: 'cimtwin-chart-axis' }));
    root.append(svg('text', { x: tick.x, y: frame.height - 3, 'text-anchor': 'middle', class: 'cimtwin-chart-label' }, [formatClock(tick.time)]));
  }
  root.append(svg('line', { x1: frame.left, x2: right, y1: bottom, y2: bottom, class: 'cimtwin-chart-axis' }));
  if (unit) root.append(svg('text', { x: frame.left + 2, y: frame.top + 8, class: 'cimtwin-chart-label' }, [unit]));
  if (chart.band) root.append(svg('path', { d: chart.band, class: 'cimtwin-chart-band' }));
  if (chart.line) root.append(svg('path', { d: chart.line, class: 'cimtwin-chart-line' }));
  const dots = chart.dots.length <= MAX_DOTS ? chart.dots : last ? [last] : [];
  for (const dot of dots) {
    root.append(
      svg('circle', { cx: dot.x, cy: dot.y, r: dot === last ? 3 : 1.6, class: dot === last ? 'cimtwin-chart-last' : 'cimtwin-chart-dot' }, [
        svg('title', {}, [`${new Date(dot.t).toLocaleString()} ${formatReading(dot.v, unit)}`]),
      ]),
    );
  }
  return root;
}
