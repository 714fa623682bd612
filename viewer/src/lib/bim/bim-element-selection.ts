import type { ApiClient } from '../api/api-client.ts';
import type { BimElement } from '../api/bim-types.ts';
import type { AttributePanelState } from '../ui/attribute-panel.ts';
import type { BimModelRegistry } from './bim-model-registry.ts';
import type { BimElementKey } from './pick-bim-element.ts';

/**
 * The selected BIM element: highlights it, reads it from the API and shows it in the attribute
 * panel. A newer selection cancels the read of an older one.
 */
export class BimElementSelection {
  private current: AbortController | undefined;
  private selectedKey: BimElementKey | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly registry: BimModelRegistry,
    private readonly show: (state: AttributePanelState) => void,
  ) {}

  /** The selected element, if any. */
  get selected(): BimElementKey | undefined {
    return this.selectedKey;
  }

  /** Selects an element; resolves with it, or undefined if reading failed or was superseded. */
  async select(modelId: string, globalId: string): Promise<BimElement | undefined> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.selectedKey = { modelId, globalId };
    this.registry.select(modelId, globalId);
    const key = { layerId: `bim:${modelId}`, id: globalId };
    this.show({ status: 'loading', key });
    try {
      const element = await this.api.getBimElement(modelId, globalId, controller.signal);
      if (controller.signal.aborted) return undefined;
      this.show({ status: 'element', key, element });
      return element;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.show({ status: 'element-failed', key, error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }

  /** Drops the selection and its highlight, leaving the panel to whoever shows next. */
  clear(): void {
    this.current?.abort();
    this.current = undefined;
    this.selectedKey = undefined;
    this.registry.select(undefined);
  }
}
