import { createElement } from './create-element.ts';

/** A small box of text that follows the mouse over the globe (a grid cell's code). */
export class MapTooltip {
  /** The tooltip's element, placed over the globe. */
  readonly element = createElement('div', { className: 'cimtwin-map-tooltip', testId: 'map-tooltip', role: 'tooltip' });

  constructor() {
    this.element.hidden = true;
  }

  /** Shows lines of text beside a canvas position (CSS pixels). */
  show(lines: readonly string[], x: number, y: number): void {
    this.element.replaceChildren(...lines.map((line, index) => createElement(index === 0 ? 'strong' : 'span', {}, [line])));
    this.element.style.left = `${Math.round(x + 14)}px`;
    this.element.style.top = `${Math.round(y + 14)}px`;
    this.element.hidden = false;
  }

  /** Hides the tooltip. */
  hide(): void {
    this.element.hidden = true;
  }

  /** The text shown, or undefined when hidden. */
  get text(): string | undefined {
    return this.element.hidden ? undefined : [...this.element.children].map((child) => child.textContent).join('\n');
  }
}
