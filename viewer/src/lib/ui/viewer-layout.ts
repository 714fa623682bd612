import { label, type Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';

/** The page skeleton: the globe behind, panels floating over it. */
export interface ViewerLayout {
  /** Receives the Cesium viewer. */
  globe: HTMLElement;
  /** Left column: title bar, layer panel, legend. */
  side: HTMLElement;
  /** Title bar, holding the language toggle. */
  titleBar: HTMLElement;
  /** Right column: the attribute panel. */
  details: HTMLElement;
  /** Redraws the fixed texts in another language. */
  setLanguage(language: Language): void;
}

/** Builds the page skeleton inside `root`, replacing whatever was there. */
export function createViewerLayout(root: HTMLElement, language: Language): ViewerLayout {
  const globe = createElement('div', { className: 'cimtwin-globe', testId: 'globe' });
  const title = createElement('h1', { testId: 'app-title' });
  const titleBar = createElement('header', { className: 'cimtwin-panel cimtwin-title-bar' }, [title]);
  const side = createElement('aside', { className: 'cimtwin-side' }, [titleBar]);
  const details = createElement('aside', { className: 'cimtwin-details' });
  root.classList.add('cimtwin');
  root.replaceChildren(globe, side, details);
  const setLanguage = (next: Language) => {
    title.textContent = label(next, 'appTitle');
    root.lang = next === 'zh' ? 'zh-CN' : 'en';
  };
  setLanguage(language);
  return { globe, side, titleBar, details, setLanguage };
}
