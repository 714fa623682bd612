import type { Language } from '../i18n/labels.ts';
import { HEIGHT_RAMP, UNKNOWN_HEIGHT_COLOR, type HeightClass } from '../layers/height-ramp.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';

/** The text of a height class, e.g. `< 20`, `20–50`, `≥ 200`. */
export function heightClassText(entry: HeightClass, index: number): string {
  if (index === 0) return `< ${entry.max}`;
  if (!Number.isFinite(entry.max)) return `≥ ${entry.min}`;
  return `${entry.min}–${entry.max}`;
}

/** The building height legend: one swatch per class of the ramp the tileset style uses. */
export class HeightLegend extends LocalizedPanel {
  /** The legend's root element, to place in the page. */
  readonly element = createElement('section', {
    className: 'cimtwin-panel cimtwin-legend',
    testId: 'height-legend',
  });

  constructor(language: Language) {
    super(language);
    this.render();
  }

  /** Shows or hides the legend, e.g. with the building layer. */
  setVisible(visible: boolean): void {
    this.element.hidden = !visible;
  }


  protected render(): void {
    const rows = HEIGHT_RAMP.map((entry, index) => this.row(entry.color, heightClassText(entry, index)));
    rows.push(this.row(UNKNOWN_HEIGHT_COLOR, this.t('unknownHeight')));
    this.element.replaceChildren(
      createElement('h2', {}, [`${this.t('legend')} (${this.t('metres')})`]),
      createElement('ul', { className: 'cimtwin-legend-list' }, rows),
    );
  }

  private row(color: string, text: string): HTMLElement {
    const swatch = createElement('span', { className: 'cimtwin-swatch' });
    swatch.style.backgroundColor = color;
    return createElement('li', {}, [swatch, text]);
  }
}
