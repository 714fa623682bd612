import type { Knex } from 'knex';
import type { BuildingClass, BuildingUse } from '@cimtwin/schemas';
import { classifyBuilding } from './classify-building.ts';
import { elementNames } from './element-values.ts';
import { measureBuildingHeight, type BuildingHeight } from './measure-building-height.ts';
import { measureBuildingOutline, type BuildingOutline } from './measure-building-outline.ts';
import { DWELLING_ROOM_TYPES, recognizeRoomType, type RecognisedRoomType } from './recognize-room-type.ts';
import { loadElements, type ElementRow, type ReviewModel } from './review-model.ts';
import { describeStoreyLevels, type StoreyLevel } from './storey-levels.ts';

/** A space with the room type its names say (null when unrecognised). */
export interface Room {
  space: ElementRow;
  roomType: RecognisedRoomType | null;
}

/**
 * Facts about the building several rules share, measured once per review and only when a
 * rule asks: storey levels, outlines, use, height and class. The building-level parameters
 * (use, ground, cut height, class, height) are those of the pack.
 */
export interface ReviewFacts {
  elements(classes: readonly string[]): Promise<ElementRow[]>;
  levels(): Promise<StoreyLevel[]>;
  outline(): Promise<BuildingOutline>;
  rooms(): Promise<Room[]>;
  buildingUse(): Promise<{ use: BuildingUse; basis: string }>;
  /** Height per GB 50016 Appendix A (roof-average), or the buildingHeight parameter. */
  fireCodeHeight(): Promise<{ height: number | null; basis: string }>;
  buildingClass(): Promise<{ buildingClass: BuildingClass; basis: string }>;
  groundElevation: number;
}

/** Building-level parameters the facts read (absent ones take their usual defaults). */
export interface FactParameters {
  buildingUse?: unknown;
  groundElevation?: unknown;
  cutHeight?: unknown;
  buildingClass?: unknown;
  buildingHeight?: unknown;
}

/** Lazily measured, memoised facts about one model. */
export function createReviewFacts(knex: Knex, model: ReviewModel, parameters: FactParameters): ReviewFacts {
  const groundElevation = typeof parameters.groundElevation === 'number' ? parameters.groundElevation : 0;
  const cutHeight = typeof parameters.cutHeight === 'number' ? parameters.cutHeight : 1.2;
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as Promise<T>;
  };

  const facts: ReviewFacts = {
    groundElevation,
    elements: (classes) => once(`elements:${[...classes].sort().join(',')}`, () => loadElements(knex, model.id, classes)),
    levels: () =>
      once('levels', async () => {
        const rows = (
          await knex.raw(
            `SELECT storey_global_id AS key, min(bbox[3]) AS min_z, max(bbox[6]) AS max_z FROM bim_elements
             WHERE model_id = ? AND bbox IS NOT NULL AND storey_global_id IS NOT NULL AND ifc_class NOT IN ('IfcSite', 'IfcSpace', 'IfcOpeningElement', 'IfcAnnotation', 'IfcVirtualElement')
             GROUP BY storey_global_id`,
            [model.id],
          )
        ).rows as Array<{ key: string; min_z: number; max_z: number }>;
        const ranges = new Map(rows.map((r) => [r.key, { minZ: Number(r.min_z), maxZ: Number(r.max_z) }]));
        return describeStoreyLevels(model.storeys, ranges, groundElevation);
      }),
    outline: () => once('outline', async () => measureBuildingOutline(knex, model, await facts.levels(), { cutHeight, groundElevation })),
    rooms: () =>
      once('rooms', async () => (await facts.elements(['IfcSpace'])).map((space) => ({ space, roomType: recognizeRoomType(elementNames(space)) }))),
    buildingUse: () =>
      once('use', async () => {
        if (parameters.buildingUse === 'residential' || parameters.buildingUse === 'public') return { use: parameters.buildingUse, basis: 'given as a parameter' };
        const dwelling = (await facts.rooms()).filter((r) => r.roomType && DWELLING_ROOM_TYPES.has(r.roomType.type));
        if (dwelling.length > 0) {
          const names = dwelling.slice(0, 4).map((r) => r.roomType!.text).join(', ');
          return { use: 'residential' as const, basis: `inferred: dwelling rooms found (${names}${dwelling.length > 4 ? ', …' : ''})` };
        }
        return { use: 'public' as const, basis: 'inferred: no bedroom, living room or kitchen among the spaces' };
      }),
    fireCodeHeight: () =>
      once('height', async () => {
        if (typeof parameters.buildingHeight === 'number') return { height: parameters.buildingHeight, basis: 'given as a parameter' };
        const measured: BuildingHeight | null = await measureBuildingHeight(knex, model.id, groundElevation, 'roof-average');
        return measured ? { height: measured.height, basis: `measured (GB 50016 A.0.1): ${measured.basis}` } : { height: null, basis: 'the model has no geometry to measure' };
      }),
    buildingClass: () =>
      once('class', async () => {
        if (parameters.buildingClass === 'high-rise' || parameters.buildingClass === 'single-multi-storey') return { buildingClass: parameters.buildingClass, basis: 'given as a parameter' };
        const [{ use }, { height, basis }, levels] = await Promise.all([facts.buildingUse(), facts.fireCodeHeight(), facts.levels()]);
        const storeys = levels.filter((l) => l.location === 'above-ground' && l.height >= 2.2).length;
        const buildingClass = classifyBuilding(use, height ?? 0, storeys);
        return { buildingClass, basis: `${height === null ? 'height unknown' : `height ${height.toFixed(2)} m`} (${basis}), ${use}, ${storeys} above-ground storeys` };
      }),
  };
  return facts;
}
