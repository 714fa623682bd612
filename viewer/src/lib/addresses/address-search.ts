import type { Viewer } from 'cesium';
import { errorDetail, type ApiClient } from '../api/api-client.ts';
import type { AddressSuggestion, StandardAddress } from '../api/address-types.ts';
import type { FeatureRecord } from '../api/api-types.ts';
import type { Language } from '../i18n/labels.ts';
import { AddressSearchPanel } from '../ui/address-search-panel.ts';
import { featureBoundingSphere } from '../view/feature-bounding-sphere.ts';
import { viewBoundingSphere, viewPoint } from '../view/oblique-view.ts';
import { AddressMarker } from './address-marker.ts';
import { DebouncedRequest } from './debounced-request.ts';

/** How the address search asks the API. */
export interface AddressSearchOptions {
  /** Pause in typing before suggestions are asked for, ms. */
  debounceMs: number;
  /** Suggestions asked for (the API allows at most 50). */
  limit: number;
}

/** Defaults of {@link AddressSearch}. */
export const ADDRESS_SEARCH_DEFAULTS: Readonly<AddressSearchOptions> = Object.freeze({ debounceMs: 150, limit: 10 });

/** Least distance the camera looks at a picked building from, metres: enough for the street in front. */
const BUILDING_VIEW_MIN_RANGE = 150;
/** Distance the camera looks at a door plate without a building from, metres. */
const POINT_VIEW_RANGE = 200;

/** What the address search asks of the rest of the viewer. */
export interface AddressSearchActions {
  /** Selects a building feature (highlight, attributes, its addresses); resolves with its row. */
  selectFeature(layerId: string, featureId: number): Promise<FeatureRecord | undefined>;
  /** Clears whatever is selected. */
  clearSelection(): void;
  /** Shows a picked address in the attribute panel, or none. */
  showDetails(address: StandardAddress | undefined): void;
}

/**
 * Standard address search (地址搜索): suggestions as one types, picking one (or geocoding the
 * text) and showing it: a marker at the door plate, its building selected, the address in the
 * attribute panel, and the camera flown to the building (or the door plate).
 */
export class AddressSearch {
  readonly panel: AddressSearchPanel;
  readonly marker: AddressMarker;
  private readonly suggestions: DebouncedRequest<string, AddressSuggestion[]>;
  private readonly settings: AddressSearchOptions;
  private shown: StandardAddress | undefined;
  /** Counts picks; a pick that is no longer the latest shows nothing more. */
  private picks = 0;

  constructor(
    private readonly viewer: Viewer,
    private readonly api: ApiClient,
    language: Language,
    private readonly actions: AddressSearchActions,
    options: Partial<AddressSearchOptions> = {},
  ) {
    this.settings = { ...ADDRESS_SEARCH_DEFAULTS, ...options };
    this.marker = new AddressMarker(viewer);
    this.suggestions = new DebouncedRequest((text, signal) => api.searchAddresses(text, { limit: this.settings.limit }, signal), this.settings.debounceMs);
    this.panel = new AddressSearchPanel(language, {
      input: (text) => this.typed(text),
      pick: (suggestion) => void this.showCode(suggestion.code, suggestion.label).catch(() => undefined),
      geocode: (text) => void this.geocode(text).catch(() => undefined),
    });
  }

  /** Redraws the search box in another language. */
  setLanguage(language: Language): void {
    this.panel.setLanguage(language);
  }

  /** The address picked last, until another is picked or the search is cleared. */
  shownAddress(): StandardAddress | undefined {
    return this.shown;
  }

  /** Puts text in the box and shows its suggestions at once, as typing it would; resolves with them. */
  async search(text: string): Promise<AddressSuggestion[]> {
    this.picks++; // new text supersedes a pick still on its way
    this.panel.setText(text);
    const query = text.trim();
    if (query === '') {
      this.clear();
      return [];
    }
    this.panel.showStatus({ kind: 'searching' });
    return (await this.present(this.suggestions.now(query))) ?? [];
  }

  /** Reads an address by code and shows it as picking a suggestion does; resolves once the camera has arrived. */
  async showCode(code: string, text?: string): Promise<StandardAddress> {
    const pick = this.startPick(text);
    try {
      const address = await this.api.getAddress(code);
      return pick === this.picks ? await this.show(address, pick) : address;
    } catch (error) {
      if (pick === this.picks) this.panel.showStatus({ kind: 'failed', detail: errorDetail(error) });
      throw error;
    }
  }

  /** Geocodes free text and shows the best match; resolves undefined, with 无匹配地址 shown, when nothing matches. */
  async geocode(text: string): Promise<StandardAddress | undefined> {
    const pick = this.startPick();
    try {
      const { match } = await this.api.geocodeAddress(text);
      if (pick !== this.picks) return match ?? undefined;
      if (!match) {
        this.panel.showStatus({ kind: 'no-match' });
        return undefined;
      }
      return await this.show(match, pick);
    } catch (error) {
      if (pick === this.picks) this.panel.showStatus({ kind: 'failed', detail: errorDetail(error) });
      throw error;
    }
  }

  /** The standard addresses of a building feature, as the API lists them. */
  async addressesOf(layerId: string, featureId: number): Promise<StandardAddress[]> {
    return (await this.api.listFeatureAddresses(layerId, featureId)).addresses;
  }

  /** Clears the search: the text, the suggestions, and the shown address with its marker. */
  clear(): void {
    this.suggestions.cancel();
    this.picks++;
    this.panel.setText('');
    this.panel.showSuggestions([]);
    this.panel.showStatus({ kind: 'idle' });
    this.dropShown();
  }

  /** Drops the shown address, its marker and its details; the search text stays. */
  dropShown(): void {
    this.shown = undefined;
    this.marker.show(undefined);
    this.actions.showDetails(undefined);
  }

  private typed(text: string): void {
    this.picks++;
    const query = text.trim();
    if (query === '') return this.clear();
    this.panel.showStatus({ kind: 'searching' });
    this.present(this.suggestions.schedule(query)).catch(() => undefined);
  }

  /** Shows the answer of a suggestion request; undefined when a newer request replaced it. */
  private async present(request: Promise<AddressSuggestion[] | undefined>): Promise<AddressSuggestion[] | undefined> {
    try {
      const results = await request;
      if (results === undefined) return undefined;
      this.panel.showSuggestions(results);
      this.panel.showStatus(results.length > 0 ? { kind: 'results', count: results.length } : { kind: 'no-match' });
      return results;
    } catch (error) {
      this.panel.showSuggestions([]);
      this.panel.showStatus({ kind: 'failed', detail: errorDetail(error) });
      throw error;
    }
  }

  private startPick(text?: string): number {
    this.suggestions.cancel();
    this.panel.closeList();
    if (text !== undefined) this.panel.setText(text);
    this.panel.showStatus({ kind: 'loading' });
    return ++this.picks;
  }

  private async show(address: StandardAddress, pick: number): Promise<StandardAddress> {
    this.shown = address;
    this.panel.setText(address.label || address.fullText);
    this.panel.showStatus({ kind: 'idle' });
    this.marker.show(address.point);
    this.actions.showDetails(address);
    let feature: FeatureRecord | undefined;
    if (address.building) feature = await this.actions.selectFeature(address.building.layerId, address.building.featureId);
    else this.actions.clearSelection();
    if (pick === this.picks) await this.fly(address, feature);
    return address;
  }

  /** Flies to the building as the tiles draw it, else to the door plate. */
  private fly(address: StandardAddress, feature: FeatureRecord | undefined): Promise<boolean> {
    const camera = this.viewer.scene.camera;
    const sphere = feature && featureBoundingSphere(feature);
    if (sphere) return viewBoundingSphere(camera, sphere, { range: Math.max(4 * sphere.radius, BUILDING_VIEW_MIN_RANGE) });
    if (address.point) return viewPoint(camera, { longitude: address.point[0], latitude: address.point[1] }, { range: POINT_VIEW_RANGE });
    return Promise.resolve(false);
  }
}
