import type { Page } from 'playwright-core';
import type {} from '../../src/page-api.ts';

/** The drawn colour of a BIM tile feature, channels 0..1 rounded to two decimals. */
export interface FeatureColour {
  ifcClass: string;
  rgba: [number, number, number, number];
}

/**
 * The colour every loaded BIM tile feature is drawn with (its style colour), by GlobalId, read
 * from the tiles Cesium holds; features of city layers have no GlobalId and are left out.
 */
export function bimFeatureColours(page: Page): Promise<Record<string, FeatureColour>> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    interface Feature { getProperty(name: string): unknown; color: { red: number; green: number; blue: number; alpha: number } }
    interface Tile { children: Tile[]; content?: { featuresLength: number; getFeature(index: number): Feature } }
    const colours: Record<string, { ifcClass: string; rgba: [number, number, number, number] }> = {};
    const tiles: Tile[] = [];
    const primitives = window.cimtwin!.viewer.scene.primitives;
    for (let index = 0; index < primitives.length; index++) {
      const root = (primitives.get(index) as { root?: Tile }).root;
      if (root) tiles.push(root);
    }
    for (let tile = tiles.pop(); tile !== undefined; tile = tiles.pop()) {
      tiles.push(...tile.children);
      const content = tile.content;
      for (let index = 0; index < (content?.featuresLength ?? 0); index++) {
        const feature = content!.getFeature(index);
        const globalId = feature.getProperty('globalId');
        if (typeof globalId !== 'string') continue;
        const { red, green, blue, alpha } = feature.color;
        const rgba = [red, green, blue, alpha].map((value) => Math.round(value * 100) / 100) as [number, number, number, number];
        colours[globalId] = { ifcClass: String(feature.getProperty('ifcClass')), rgba };
      }
    }
    return colours;
  });
}
