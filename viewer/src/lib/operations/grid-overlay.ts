import { CallbackProperty, Cartesian3, ClassificationType, Color, ColorMaterialProperty, CustomDataSource, Entity, PolygonHierarchy, type Viewer } from 'cesium';
import type { UnitGridFeature } from '../api/case-types.ts';
import { gridPolygonsOf } from './grid-polygons.ts';

/** Prefix of the grid cells' fill entities (`grid-310115005901001-0`). */
export const GRID_ENTITY_PREFIX = 'grid-';

const OUTLINE = Color.fromCssColorString('#4dd0e1').withAlpha(0.75);
const FILL = Color.fromCssColorString('#4dd0e1').withAlpha(0.04);
const FILL_HOVERED = Color.fromCssColorString('#4dd0e1').withAlpha(0.3);

/** What the page API tells about a grid cell drawn. */
export interface GridCellSummary {
  code: string;
  townName: string | null;
  communityName: string | null;
}

/**
 * The unit grid (万米单元网格) as outlined cells draped on the ground: a clamped outline
 * (ground polyline) and an almost clear fill that only classifies the globe, so buildings stay
 * uncovered while a pick on open ground finds the cell. The cell under the mouse is filled
 * brighter: each fill's colour is a callback, which Cesium updates per instance every frame;
 * a constant colour changed on hover would rebuild the ground primitive instead.
 */
export class GridOverlay {
  /** The data source holding the cells. */
  readonly dataSource = new CustomDataSource('unit-grids');
  private readonly cells = new Map<string, GridCellSummary>();
  private hovered: string | undefined;

  constructor(private readonly viewer: Viewer) {
    this.dataSource.show = false;
    void viewer.dataSources.add(this.dataSource);
  }

  /** Shows or hides the cells. */
  setVisible(visible: boolean): void {
    this.dataSource.show = visible;
    this.viewer.scene.requestRender();
  }

  /** Draws the cells, replacing any drawn before. */
  draw(features: readonly UnitGridFeature[]): void {
    this.dataSource.entities.suspendEvents();
    this.dataSource.entities.removeAll();
    this.cells.clear();
    for (const feature of features) {
      const code = String(feature.properties?.code ?? feature.id);
      const fill = new ColorMaterialProperty(new CallbackProperty(() => (this.hovered === code ? FILL_HOVERED : FILL), false));
      gridPolygonsOf(feature).forEach((polygon, index) => {
        const outer = Cartesian3.fromDegreesArray(polygon.outer.flat());
        this.dataSource.entities.add({ id: `grid-line-${code}-${index}`, polyline: { positions: [...outer, outer[0]], width: 1.5, material: OUTLINE, clampToGround: true, classificationType: ClassificationType.TERRAIN } });
        this.dataSource.entities.add({
          id: `${GRID_ENTITY_PREFIX}${code}-${index}`,
          polygon: {
            hierarchy: new PolygonHierarchy(outer, polygon.holes.map((hole) => new PolygonHierarchy(Cartesian3.fromDegreesArray(hole.flat())))),
            material: fill,
            classificationType: ClassificationType.TERRAIN,
          },
        });
      });
      this.cells.set(code, { code, townName: feature.properties?.townName ?? null, communityName: feature.properties?.communityName ?? null });
    }
    this.dataSource.entities.resumeEvents();
    this.viewer.scene.requestRender();
  }

  /** How many cells are drawn. */
  get count(): number {
    return this.cells.size;
  }

  /** The cell a `scene.pick` result is the fill of. */
  cellOfPicked(picked: unknown): GridCellSummary | undefined {
    const entity = (picked as { id?: unknown } | undefined)?.id;
    if (!(entity instanceof Entity) || !entity.id.startsWith(GRID_ENTITY_PREFIX) || !this.dataSource.entities.contains(entity)) return undefined;
    const code = entity.id.slice(GRID_ENTITY_PREFIX.length).replace(/-\d+$/, '');
    return this.cells.get(code);
  }

  /** Fills the cell under the mouse brighter, or none. */
  hover(code: string | undefined): void {
    if (code === this.hovered) return;
    this.hovered = code;
    this.viewer.scene.requestRender();
  }

  /** The code of the cell filled as hovered, if any. */
  get hoveredCode(): string | undefined {
    return this.hovered;
  }
}
