import type { AddressSuggestion } from '../api/address-types.ts';
import {
  CLOSED_SUGGESTION_LIST,
  closeSuggestionList,
  openSuggestionList,
  suggestionListKey,
  type SuggestionListState,
} from '../addresses/suggestion-navigation.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { addressLevelLabel } from './address-labels.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';

/** What the status line under the search box says. */
export type AddressSearchStatus =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'results'; count: number }
  | { kind: 'loading' }
  | { kind: 'no-match' }
  | { kind: 'failed'; detail: string };

/** What the search box asks of the viewer. */
export interface AddressSearchPanelActions {
  /** The text changed: typed, pasted, or cleared to "". */
  input(text: string): void;
  /** A suggestion was clicked, or chosen with the arrows and Enter. */
  pick(suggestion: AddressSuggestion): void;
  /** Enter with no suggestion highlighted. */
  geocode(text: string): void;
}

const LIST_ID = 'cimtwin-address-suggestions';

/**
 * The address search box (地址搜索): a combobox whose list shows the suggestions (label, level,
 * full text). The input is built once and never redrawn, so typing keeps focus and caret;
 * `render` redraws the list and the status line.
 */
export class AddressSearchPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-address-search', testId: 'address-search', role: 'search' });
  private readonly input = createElement('input', {
    type: 'text',
    testId: 'address-search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-controls': LIST_ID,
    'aria-expanded': 'false',
  });
  private readonly clearButton = createElement('button', { type: 'button', className: 'cimtwin-close', testId: 'address-search-clear' }, ['×']);
  private readonly list = createElement('ul', { id: LIST_ID, role: 'listbox', className: 'cimtwin-address-suggestions' });
  private readonly statusLine = createElement('p', { className: 'cimtwin-address-status', testId: 'address-search-status', role: 'status' });
  private suggestions: readonly AddressSuggestion[] = [];
  private navigation: SuggestionListState = CLOSED_SUGGESTION_LIST;
  private status: AddressSearchStatus = { kind: 'idle' };

  constructor(
    language: Language,
    private readonly actions: AddressSearchPanelActions,
  ) {
    super(language);
    this.input.addEventListener('input', (event) => {
      // An input method sends the finished text with compositionend; the letters before it are no query.
      if ((event as InputEvent).isComposing) return;
      this.changed();
    });
    this.input.addEventListener('compositionend', () => this.changed());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => this.navigate(closeSuggestionList(this.navigation)));
    this.input.addEventListener('focus', () => {
      if (!this.navigation.open && this.suggestions.length > 0 && this.input.value.trim() !== '') this.navigate(openSuggestionList(this.suggestions.length));
    });
    // Keep the focus in the input while a suggestion is clicked, so blur does not close the list first.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.clearButton.addEventListener('click', () => {
      this.setText('');
      this.changed();
      this.input.focus();
    });
    this.element.append(createElement('div', { className: 'cimtwin-address-search-row' }, [this.input, this.clearButton]), this.list, this.statusLine);
    this.setText('');
    this.render();
  }

  /** The text in the box. */
  get text(): string {
    return this.input.value;
  }

  /** Puts text in the box without searching for it. */
  setText(text: string): void {
    this.input.value = text;
    this.clearButton.hidden = text === '';
  }

  /** Shows new suggestions, opening the list with nothing highlighted (closed when there are none). */
  showSuggestions(suggestions: readonly AddressSuggestion[]): void {
    this.suggestions = suggestions;
    this.navigate(openSuggestionList(suggestions.length));
  }

  /** Closes the list, keeping its suggestions. */
  closeList(): void {
    this.navigate(closeSuggestionList(this.navigation));
  }

  /** Shows what the status line says. */
  showStatus(status: AddressSearchStatus): void {
    this.status = status;
    this.renderStatus();
  }

  protected render(): void {
    const t = this.t;
    this.input.placeholder = t('addressSearch');
    this.input.title = t('addressSearchHint');
    this.input.setAttribute('aria-label', t('addressSearch'));
    this.clearButton.title = t('clearSearch');
    this.element.setAttribute('aria-label', t('addressSearch'));
    this.renderList();
    this.renderStatus();
  }

  private changed(): void {
    this.clearButton.hidden = this.input.value === '';
    this.actions.input(this.input.value);
  }

  private key(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const result = suggestionListKey(this.navigation, event.key);
    if (!result) return;
    event.preventDefault();
    event.stopPropagation();
    this.navigate(result.state);
    const command = result.command;
    if (command?.kind === 'pick') {
      const suggestion = this.suggestions[command.index];
      if (suggestion) this.actions.pick(suggestion);
    }
    if (command?.kind === 'geocode' && this.input.value.trim() !== '') this.actions.geocode(this.input.value.trim());
  }

  private navigate(state: SuggestionListState): void {
    this.navigation = state;
    this.renderList();
  }

  private renderList(): void {
    const { open, highlighted } = this.navigation;
    const items = open ? this.suggestions.map((suggestion, index) => this.item(suggestion, index === highlighted, index)) : [];
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    const active = items[highlighted];
    if (active) {
      this.input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView?.({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private item(suggestion: AddressSuggestion, highlighted: boolean, index: number): HTMLElement {
    const item = createElement('li', {
      id: `${LIST_ID}-${index}`,
      role: 'option',
      className: 'cimtwin-address-suggestion',
      testId: 'address-suggestion',
      'data-code': suggestion.code,
      'data-level': suggestion.level,
      'aria-selected': String(highlighted),
      title: suggestion.fullText,
    }, [
      createElement('span', { className: 'cimtwin-address-suggestion-head' }, [
        createElement('strong', {}, [suggestion.label || suggestion.fullText]),
        createElement('span', { className: 'cimtwin-address-level' }, [addressLevelLabel(this.language, suggestion.level)]),
      ]),
      createElement('small', {}, [suggestion.fullText]),
    ]);
    item.addEventListener('click', () => {
      this.closeList();
      this.actions.pick(suggestion);
    });
    return item;
  }

  private renderStatus(): void {
    const status = this.status;
    const texts: Partial<Record<AddressSearchStatus['kind'], LabelKey>> = { loading: 'loading', 'no-match': 'noMatchingAddress' };
    const key = texts[status.kind];
    this.statusLine.dataset.status = status.kind;
    this.statusLine.className = status.kind === 'failed' ? 'cimtwin-address-status cimtwin-error' : 'cimtwin-address-status cimtwin-hint';
    this.statusLine.textContent = status.kind === 'failed' ? `${this.t('addressSearchFailed')}: ${status.detail}` : key ? this.t(key) : '';
    this.statusLine.hidden = this.statusLine.textContent === '';
  }
}
