import { errorDetail, type ApiClient } from '../api/api-client.ts';
import type { FeatureKey } from '../picking/feature-key.ts';
import type { FeatureSelectionListener } from '../picking/feature-selection.ts';
import type { BuildingAddressesSection } from '../ui/building-addresses-view.ts';

/**
 * Reads the standard addresses of each selected building (`GET /api/addresses?layerId=&featureId=`)
 * for the attribute panel's 标准地址 section. Features of other layers, and ids that are no
 * row number, have none to read.
 */
export class BuildingAddresses implements FeatureSelectionListener {
  constructor(
    private readonly api: ApiClient,
    private readonly isBuildingLayer: (layerId: string) => boolean,
    private readonly show: (section: BuildingAddressesSection | undefined) => void,
  ) {}

  selected(key: FeatureKey, signal: AbortSignal): void {
    if (!this.isBuildingLayer(key.layerId) || typeof key.id !== 'number') return this.show(undefined);
    this.show({ key, status: 'loading' });
    this.api.listFeatureAddresses(key.layerId, key.id, signal).then(
      ({ addresses, counts }) => {
        if (!signal.aborted) this.show({ key, status: 'shown', addresses, counts });
      },
      (error: unknown) => {
        if (!signal.aborted) this.show({ key, status: 'failed', error: errorDetail(error) });
      },
    );
  }

  cleared(): void {
    this.show(undefined);
  }
}
