import type { Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';

/**
 * The floating cross-section panel (横断面): the server's SVG drawing of the pipes cut by the
 * drawn line, with a download link. The SVG is parsed as XML and adopted, never set as HTML.
 */
export class NetworkSectionPanel extends LocalizedPanel {
  /** The panel's root element, placed over the globe. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-network-section', testId: 'network-section-panel' });
  private svg: string | undefined;
  private downloadUrl: string | undefined;

  constructor(language: Language) {
    super(language);
    this.render();
  }

  /** Shows an SVG drawing, or closes the panel with undefined. */
  show(svg: string | undefined): void {
    this.svg = svg;
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = svg === undefined ? undefined : URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    this.render();
  }

  protected render(): void {
    const t = this.t;
    this.element.hidden = this.svg === undefined;
    if (this.svg === undefined) {
      this.element.replaceChildren();
      return;
    }
    const close = createElement('button', { type: 'button', className: 'cimtwin-close', testId: 'network-section-close', title: t('clearSelection') }, ['×']);
    close.addEventListener('click', () => this.show(undefined));
    const drawing = new DOMParser().parseFromString(this.svg, 'image/svg+xml').documentElement;
    const figure = createElement('div', { className: 'cimtwin-network-section-drawing', testId: 'network-section-drawing' });
    if (drawing.nodeName === 'svg') figure.append(document.importNode(drawing, true));
    this.element.replaceChildren(
      createElement('header', {}, [
        createElement('h2', {}, [t('crossSection')]),
        createElement('a', { href: this.downloadUrl, download: 'cross-section.svg', testId: 'network-section-download' }, [t('downloadSvg')]),
        close,
      ]),
      figure,
    );
  }
}
