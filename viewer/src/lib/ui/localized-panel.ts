import { label, type LabelKey, type Language } from '../i18n/labels.ts';

/**
 * A part of the UI drawn in the viewer's language: `setLanguage` redraws it with `render`, which
 * reads its labels through `t`. Subclasses call `render()` at the end of their constructor, once
 * their own fields are set.
 */
export abstract class LocalizedPanel {
  constructor(protected language: Language) {}

  /** Redraws in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.render();
  }

  /** A label in the current language. */
  protected readonly t = (key: LabelKey): string => label(this.language, key);

  /** Draws the whole part from its state. */
  protected abstract render(): void;
}
