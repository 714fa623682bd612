import { Cartesian2, Cartesian3, Color, ConstantPositionProperty, ConstantProperty, CustomDataSource, Entity, LabelStyle, VerticalOrigin, type Viewer } from 'cesium';
import type { CaseRecord } from '../api/case-types.ts';
import { caseMarkerImage } from './case-marker-image.ts';
import { caseStateColour, isCaseFinished, OVERDUE_COLOUR } from './case-state-colours.ts';

/** Prefix of the case entities' ids (`case-20240506-000042`). */
export const CASE_ENTITY_PREFIX = 'case-';

const LABEL_BACKGROUND = Color.fromCssColorString('rgba(24, 32, 42, 0.86)');

/** How a case marker is drawn, for the page API. */
export interface CaseMarkerLook {
  colour: string;
  overdue: boolean;
}

/**
 * Cases (案件) as diamonds at their location, coloured by workflow state and ringed red while
 * overdue; finished ones smaller. A label with the case number and state shows on hover or
 * selection, in the text the caller gives.
 */
export class CaseMarkers {
  /** The data source holding the markers. */
  readonly dataSource = new CustomDataSource('cases');
  private readonly entities = new Map<string, { entity: Entity; look: CaseMarkerLook }>();
  private hovered: string | undefined;
  private selected: string | undefined;

  constructor(private readonly viewer: Viewer) {
    void viewer.dataSources.add(this.dataSource);
  }

  /** Shows or hides every marker. */
  setVisible(visible: boolean): void {
    this.dataSource.show = visible;
    this.viewer.scene.requestRender();
  }

  /** Draws a case as it is now, with its label text. */
  draw(record: CaseRecord, labelText: string): void {
    const look: CaseMarkerLook = { colour: caseStateColour(record.state), overdue: record.overdue === true };
    const position = Cartesian3.fromDegrees(record.location.lon, record.location.lat, 0);
    const image = caseMarkerImage(look.colour, look.overdue ? OVERDUE_COLOUR : undefined);
    const scale = isCaseFinished(record.state) ? 0.7 : 1;
    const existing = this.entities.get(record.id);
    if (existing) {
      existing.entity.position = new ConstantPositionProperty(position);
      existing.entity.billboard!.image = new ConstantProperty(image);
      existing.entity.billboard!.scale = new ConstantProperty(scale);
      existing.entity.label!.text = new ConstantProperty(labelText);
      existing.look = look;
    } else {
      const entity = this.dataSource.entities.add({
        id: `${CASE_ENTITY_PREFIX}${record.id}`,
        position,
        billboard: { image, scale, disableDepthTestDistance: Number.POSITIVE_INFINITY },
        label: {
          text: labelText,
          show: this.labelWanted(record.id),
          font: '13px system-ui, "Noto Sans CJK SC", sans-serif',
          fillColor: Color.WHITE,
          style: LabelStyle.FILL,
          showBackground: true,
          backgroundColor: LABEL_BACKGROUND,
          verticalOrigin: VerticalOrigin.BOTTOM,
          pixelOffset: new Cartesian2(0, -14),
          disableDepthTestDistance: Number.POSITIVE_INFINITY,
        },
      });
      this.entities.set(record.id, { entity, look });
    }
    this.viewer.scene.requestRender();
  }

  /** Removes the markers of cases not in `ids`. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const [id, { entity }] of this.entities) {
      if (ids.has(id)) continue;
      this.dataSource.entities.remove(entity);
      this.entities.delete(id);
    }
    this.viewer.scene.requestRender();
  }

  /** Shows the label of the case under the mouse. */
  hover(caseId: string | undefined): void {
    if (caseId === this.hovered) return;
    const previous = this.hovered;
    this.hovered = caseId;
    this.refreshLabels(previous, caseId);
  }

  /** Marks the selected case: its label stays shown. */
  select(caseId: string | undefined): void {
    const previous = this.selected;
    this.selected = caseId;
    this.refreshLabels(previous, caseId);
  }

  /** The case a `scene.pick` result is the marker of. */
  caseOfPicked(picked: unknown): string | undefined {
    const entity = (picked as { id?: unknown } | undefined)?.id;
    if (!(entity instanceof Entity) || !this.dataSource.entities.contains(entity)) return undefined;
    return entity.id.slice(CASE_ENTITY_PREFIX.length);
  }

  /** How a case's marker is drawn, if it has one. */
  lookOf(caseId: string): CaseMarkerLook | undefined {
    const entry = this.entities.get(caseId);
    return entry && { ...entry.look };
  }

  private labelWanted(caseId: string): boolean {
    return caseId === this.hovered || caseId === this.selected;
  }

  private refreshLabels(...caseIds: (string | undefined)[]): void {
    for (const id of caseIds) {
      const label = id === undefined ? undefined : this.entities.get(id)?.entity.label;
      if (label) label.show = new ConstantProperty(this.labelWanted(id!));
    }
    this.viewer.scene.requestRender();
  }
}
