import { Cartesian2, Cartesian3, Color, ConstantPositionProperty, ConstantProperty, CustomDataSource, Entity, JulianDate, LabelStyle, VerticalOrigin, type Viewer } from 'cesium';
import type { SensorThingState } from '../api/sensor-types.ts';
import { sensorLabelText } from './sensor-label-text.ts';
import { sensorColourOf } from './sensor-state-colours.ts';

/** Prefix of the sensor entities' ids (`sensor-12`), for tests reading `viewer.dataSources`. */
export const SENSOR_ENTITY_PREFIX = 'sensor-';

const LABEL_BACKGROUND = Color.fromCssColorString('rgba(24, 32, 42, 0.86)');

/**
 * Sensor things as points at their place, coloured by condition, each with a label of its
 * newest values shown while hovered or selected. Points stand at height 0 on the ellipsoid
 * ground (as the address marker does) and are drawn through buildings, so a well beside a
 * tower stays in sight.
 */
export class SensorMarkers {
  /** The data source holding the markers. */
  readonly dataSource = new CustomDataSource('sensors');
  private readonly entities = new Map<number, Entity>();
  private hovered: number | undefined;
  private selected: number | undefined;

  constructor(private readonly viewer: Viewer) {
    void viewer.dataSources.add(this.dataSource);
  }

  /** Shows or hides every marker. */
  setVisible(visible: boolean): void {
    this.dataSource.show = visible;
    this.viewer.scene.requestRender();
  }

  /** Draws things as they are now; markers of things not given are removed when `complete`. */
  update(things: readonly SensorThingState[], complete = false): void {
    const given = new Set<number>();
    for (const thing of things) {
      given.add(thing.id);
      this.draw(thing);
    }
    if (complete) {
      for (const [id, entity] of this.entities) {
        if (given.has(id)) continue;
        this.dataSource.entities.remove(entity);
        this.entities.delete(id);
      }
    }
    this.viewer.scene.requestRender();
  }

  /** Which marker's label shows besides the selected one's. */
  hover(thingId: number | undefined): void {
    if (thingId === this.hovered) return;
    const previous = this.hovered;
    this.hovered = thingId;
    this.refreshLabels(previous, thingId);
  }

  /** Marks the selected sensor: its label stays shown. */
  select(thingId: number | undefined): void {
    const previous = this.selected;
    this.selected = thingId;
    this.refreshLabels(previous, thingId);
  }

  /** The thing a `scene.pick` result is the marker of. */
  thingOfPicked(picked: unknown): number | undefined {
    const entity = (picked as { id?: unknown } | undefined)?.id;
    if (!(entity instanceof Entity) || !this.dataSource.entities.contains(entity)) return undefined;
    return Number(entity.id.slice(SENSOR_ENTITY_PREFIX.length));
  }

  /** The CSS colour a thing's marker is drawn in, if it has one. */
  colourOf(thingId: number): string | undefined {
    return this.entities.get(thingId)?.point?.color?.getValue(JulianDate.now())?.toCssHexString();
  }

  /** Whether a thing's label is shown. */
  labelShown(thingId: number): boolean {
    return this.entities.get(thingId)?.label?.show?.getValue(JulianDate.now()) === true;
  }

  private draw(thing: SensorThingState): void {
    const existing = this.entities.get(thing.id);
    if (!thing.point) {
      if (existing) this.dataSource.entities.remove(existing);
      this.entities.delete(thing.id);
      return;
    }
    const position = Cartesian3.fromDegrees(thing.point[0], thing.point[1], 0);
    const colour = Color.fromCssColorString(sensorColourOf(thing));
    const text = sensorLabelText(thing);
    if (existing) {
      existing.position = new ConstantPositionProperty(position);
      existing.point!.color = new ConstantProperty(colour);
      existing.label!.text = new ConstantProperty(text);
      return;
    }
    const entity = this.dataSource.entities.add({
      id: `${SENSOR_ENTITY_PREFIX}${thing.id}`,
      name: thing.name,
      position,
      point: { pixelSize: 14, color: colour, outlineColor: Color.WHITE, outlineWidth: 2, disableDepthTestDistance: Number.POSITIVE_INFINITY },
      label: {
        text,
        show: this.labelWanted(thing.id),
        font: '13px system-ui, "Noto Sans CJK SC", sans-serif',
        fillColor: Color.WHITE,
        style: LabelStyle.FILL,
        showBackground: true,
        backgroundColor: LABEL_BACKGROUND,
        verticalOrigin: VerticalOrigin.BOTTOM,
        pixelOffset: new Cartesian2(0, -12),
        disableDepthTestDistance: Number.POSITIVE_INFINITY,
      },
    });
    this.entities.set(thing.id, entity);
  }

  private labelWanted(thingId: number): boolean {
    return thingId === this.hovered || thingId === this.selected;
  }

  private refreshLabels(...thingIds: (number | undefined)[]): void {
    for (const id of thingIds) {
      const label = id === undefined ? undefined : this.entities.get(id)?.label;
      if (label) label.show = new ConstantProperty(this.labelWanted(id!));
    }
    this.viewer.scene.requestRender();
  }
}
