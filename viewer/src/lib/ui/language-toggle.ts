import { label, LANGUAGES, type Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';

/** The button that switches the UI between Chinese and English. */
export class LanguageToggle {
  /** The button, to place in the page. */
  readonly element = createElement('button', {
    type: 'button',
    className: 'cimtwin-language-toggle',
    testId: 'language-toggle',
  });

  constructor(
    private language: Language,
    onChange: (language: Language) => void,
  ) {
    this.element.addEventListener('click', () => {
      const next = LANGUAGES[(LANGUAGES.indexOf(this.language) + 1) % LANGUAGES.length] ?? 'zh';
      onChange(next);
    });
    this.render();
  }

  /** Shows the current language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.render();
  }

  private render(): void {
    this.element.textContent = label(this.language, 'switchLanguage');
    this.element.lang = this.language === 'zh' ? 'en' : 'zh';
  }
}
