import { label, type Language } from '../i18n/labels.ts';
import { HEIGHT_RAMP, UNKNOWN_HEIGHT_COLOR, type HeightClass } from '../layers/height-ramp.ts';
import { createElement } from './create-element.ts';

/** The text of a height class, e.g. `< 20`, `20–50`, `≥ 200`. */
export function heightClassText(entry: HeightClass, index: number): string {
  if (index === 0) return `< ${entry.max}`;
  if (!Number.isFinite(entry.max)) return `≥ ${entry.min}`;
  return `${entry.min}–${entry.max}`;
}

/** The building height legend: one swatch per class of the ramp the tileset style uses. */
export class HeightLegend {
  /** The legend's root element, to place in the page. */
  readonly element = createElement('section', {
    className: 'cimtwin-panel cimtwin-legend',
    testId: 'height-legend',
  });

  constructor(private language: Language) {
    this.render();
  }

  /** Shows or hides the legend, e.g. with the building layer. */
  setVisible(visible: boolean): void {
    this.element.hidden = !visible;
  }

  /** Redraws the legend in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.render();
  }

  private render(): void {
    const rows = HEIGHT_RAMP.map((entry, index) => this.row(entry.color, heightClassText(entry, index)));
    rows.push(this.row(UNKNOWN_HEIGHT_COLOR, label(this.language, 'unknownHeight')));
    this.element.replaceChildren(
      createElement('h2', {}, [`${label(this.language, 'legend')} (${label(this.language, 'metres')})`]),
      createElement('ul', { className: 'cimtwin-legend-list' }, rows),
    );
  }

  private row(color: string, text: string): HTMLElement {
    const swatch = createElement('span', { className: 'cimtwin-swatch' });
    swatch.style.backgroundColor = color;
    return createElement('li', {}, [swatch, text]);
  }
}
