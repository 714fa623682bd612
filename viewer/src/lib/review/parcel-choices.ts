import type { FeatureRecord } from '../api/api-types.ts';
import type { BimModel } from '../api/bim-types.ts';
import { isInsidePolygon, polygonArea, polygonsOf } from '../geometry/point-in-polygon.ts';
import type { GeographicExtent } from '../view/geographic-extent.ts';

/** A parcel the review form offers for a model. */
export interface ParcelChoice {
  /** Row id of the feature in its layer. */
  featureId: number;
  name: string | null;
  /** Land-use kind (`residential`, `park` …), if the feature has one. */
  kind: string | null;
  /** Whether the parcel holds the centre of the model's footprint. */
  holdsModel: boolean;
}

/**
 * The footprint of a model in degrees: its bbox, or the point of its georeference origin when the
 * API gives no bbox (a model without geometry).
 */
export function modelFootprint(model: Pick<BimModel, 'bbox' | 'georeference'>): GeographicExtent {
  if (model.bbox) {
    const [west, south, east, north] = model.bbox;
    return { west, south, east, north };
  }
  const { lon, lat } = model.georeference.origin;
  return { west: lon, south: lat, east: lon, north: lat };
}

/**
 * The polygons of a parcel layer page as choices for a model: parcels holding the centre of the
 * model's footprint first (the parcel the building stands on, the smallest first when parcels
 * nest), then the others crossing the footprint, smallest first. Features that are not
 * polygons, or have no numeric id, are left out.
 */
export function parcelChoicesOf(features: readonly FeatureRecord[], footprint: GeographicExtent): ParcelChoice[] {
  const centre = [(footprint.west + footprint.east) / 2, (footprint.south + footprint.north) / 2];
  const ranked = features.flatMap((feature) => {
    const featureId = Number(feature.id);
    const polygons = polygonsOf(feature.geometry as { type: string; coordinates?: unknown } | null);
    if (!Number.isInteger(featureId) || polygons.length === 0) return [];
    const properties = feature.properties ?? {};
    const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
    return [{
      featureId,
      name: text(properties.name),
      kind: text(properties.kind),
      holdsModel: polygons.some((rings) => isInsidePolygon(centre, rings)),
      area: polygons.reduce((sum, rings) => sum + polygonArea(rings), 0),
    }];
  });
  ranked.sort((a, b) => Number(b.holdsModel) - Number(a.holdsModel) || a.area - b.area || a.featureId - b.featureId);
  return ranked.map(({ area: _area, ...choice }) => choice);
}
