import type { ApiClient } from '../api/api-client.ts';
import type { FeatureRecord } from '../api/api-types.ts';
import type { AttributePanelState } from '../ui/attribute-panel.ts';
import { normalizeFeatureId, type FeatureKey } from './feature-key.ts';
import type { FeatureHighlighter } from './feature-highlighter.ts';

/**
 * Reads more about the selected feature beside its row (a building's standard addresses);
 * `selected` is told of every selection with a signal that aborts when it is superseded.
 */
export interface FeatureSelectionListener {
  selected(key: FeatureKey, signal: AbortSignal): void;
  cleared(): void;
}

/**
 * The selected feature: highlights it, reads its row from the API and hands every state to
 * the attribute panel. A newer selection cancels the read of an older one.
 */
export class FeatureSelection {
  private current: AbortController | undefined;
  private selectedKey: FeatureKey | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly highlighter: FeatureHighlighter,
    private readonly show: (state: AttributePanelState) => void,
    private readonly listener?: FeatureSelectionListener,
  ) {}

  /** The selected feature, if any. */
  get selected(): FeatureKey | undefined {
    return this.selectedKey;
  }

  /** Selects a feature; resolves with its record, or undefined if it failed or was superseded. */
  async select(layerId: string, id: string | number): Promise<FeatureRecord | undefined> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const key: FeatureKey = { layerId, id: normalizeFeatureId(id) };
    this.selectedKey = key;
    this.highlighter.select(key);
    this.show({ status: 'loading', key });
    this.listener?.selected(key, controller.signal);
    try {
      const feature = await this.api.getFeature(layerId, key.id, controller.signal);
      if (controller.signal.aborted) return undefined;
      this.show({ status: 'shown', key, feature });
      return feature;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      const message = error instanceof Error ? error.message : String(error);
      this.show({ status: 'failed', key, error: message });
      return undefined;
    }
  }

  /** Clears the selection and the panel. */
  clear(): void {
    this.current?.abort();
    this.current = undefined;
    this.selectedKey = undefined;
    this.highlighter.select(undefined);
    this.listener?.cleared();
    this.show({ status: 'empty' });
  }
}
