import type { Viewer } from 'cesium';
import { ApiError, errorDetail, type ApiClient } from '../api/api-client.ts';
import type { AlarmAction, ListedAlarm } from '../api/alarm-types.ts';
import type { LiveAlarmEvent, LiveObservationsEvent } from '../api/live-types.ts';
import type { SensorThingState } from '../api/sensor-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import { AlarmListPanel } from '../ui/alarm-list-panel.ts';
import type { OperationsDetailState } from '../ui/operations-detail-panel.ts';
import type { SensorChartState } from '../ui/sensor-detail-view.ts';
import { viewPoint } from '../view/oblique-view.ts';
import { AlarmList, type ThingLookup } from './alarm-list.ts';
import { appendChartPoint, chartSeriesOf } from './chart-series.ts';
import { readOperatorName, writeOperatorName } from './operator-name.ts';
import { SensorMarkers } from './sensor-markers.ts';
import { sensorColourOf, sensorConditionOf, type SensorCondition } from './sensor-state-colours.ts';
import { SensorStates } from './sensor-states.ts';

/** How far back the sensor chart looks. */
export const CHART_WINDOW_MS = 24 * 3_600_000;
/** Most points or buckets the chart asks the series endpoint for. */
export const CHART_POINTS = 300;
/** Pause before things unknown to the state are read, so a burst of events makes one request. */
const RELOAD_DELAY_MS = 150;

/** What the page API tells about a sensor thing. */
export interface SensorSummary {
  id: number;
  name: string;
  kind: string | null;
  point: [number, number] | null;
  condition: SensorCondition;
  /** The colour its condition calls for. */
  colour: string;
  /** The colour its marker is drawn in now. */
  markerColour: string | undefined;
  labelShown: boolean;
  alarms: SensorThingState['alarms'];
  latest: { datastreamId: number; key: string; value: unknown; unit: string | null; time: string }[];
}

/** The chart of the selected sensor, for the page API. */
export interface SensorChartSummary {
  thingId: number;
  datastreamId: number | null;
  status: SensorChartState['status'] | 'none';
  points: { t: string; v: number }[];
}

/** What the sensor part needs from the rest of the twin. */
export interface SensorTwinHooks {
  showDetail(state: OperationsDetailState): void;
  /** A sensor is about to be selected: drop the other selections. */
  beforeSelect(): void;
  /** Counts or status changed. */
  changed(): void;
  /** Opens a case by id (an alarm's case). */
  openCase(caseId: string): void;
}

/**
 * The sensors of the twin: their state kept by the live stream, the markers, the alarm list
 * with acknowledge and clear, and the selected sensor with its chart.
 */
export class SensorTwin {
  readonly states = new SensorStates();
  readonly alarms = new AlarmList();
  readonly markers: SensorMarkers;
  readonly alarmPanel: AlarmListPanel;
  status: 'loading' | 'ready' | 'failed' = 'loading';
  visible = true;
  error: string | undefined;
  private alarmStatus: 'loading' | 'shown' | 'failed' = 'loading';
  private readonly pending = new Set<string>();
  private actionError: string | undefined;
  private selection: { thingId: number; chart?: SensorChartState; window: { from: number; to: number }; controller: AbortController } | undefined;
  private readonly reloads = new Set<number>();
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private operator = readOperatorName();
  private readonly lookup: ThingLookup = (thingId) => {
    const thing = this.states.get(Number(thingId));
    return thing && { name: thing.name, point: thing.point };
  };

  constructor(
    private readonly viewer: Viewer,
    private readonly api: ApiClient,
    private language: Language,
    private readonly hooks: SensorTwinHooks,
  ) {
    this.markers = new SensorMarkers(viewer);
    this.alarmPanel = new AlarmListPanel(language, this.operator, {
      focus: (alarm) => void this.focusAlarm(alarm),
      act: (alarm, action) => void this.act(alarm.id, action).catch(() => undefined),
      openCase: (caseId) => this.hooks.openCase(caseId),
      setOperator: (name) => {
        this.operator = writeOperatorName(name);
        this.alarmPanel.setOperator(this.operator);
      },
    });
  }

  /** Reads every thing and the alarm list (at start and after a reset). */
  async load(): Promise<void> {
    this.status = 'loading';
    this.hooks.changed();
    const [things, alarms] = await Promise.allSettled([this.api.getSensorState(), this.readAlarms()]);
    if (things.status === 'fulfilled') {
      this.states.replaceAll(things.value);
      this.markers.update(this.states.list(), true);
      this.status = 'ready';
      this.error = undefined;
    } else {
      this.status = 'failed';
      this.error = errorDetail(things.reason);
      console.warn('viewer: the sensor state could not be read', things.reason);
    }
    if (alarms.status === 'fulfilled') {
      this.alarms.replaceAll(alarms.value);
      this.alarmStatus = 'shown';
    } else {
      this.alarmStatus = 'failed';
    }
    this.renderAlarms();
    this.renderDetail();
    this.hooks.changed();
  }

  /** Takes the observations of a live event: newest values, the chart, unknown things read. */
  takeObservations(event: LiveObservationsEvent): void {
    const changes = this.states.applyObservations(event.observations ?? []);
    this.markers.update([...changes.changed].flatMap((id) => this.states.get(id) ?? []));
    this.reload(changes.unknown);
    const selection = this.selection;
    const chart = selection?.chart;
    if (!selection || !changes.changed.has(selection.thingId)) return;
    if (chart?.series) {
      for (const observation of event.observations) {
        if (Number(observation.datastreamId) !== chart.datastreamId) continue;
        chart.series = appendChartPoint(chart.series, observation.phenomenonTime, observation.result);
        selection.window = windowEndingAt(Math.max(Date.now(), Date.parse(observation.phenomenonTime) || 0));
      }
    }
    this.renderDetail();
  }

  /** Takes an alarm change of the live stream: the marker's colour and the alarm list. */
  takeAlarm(event: LiveAlarmEvent): void {
    if (!event.alarm) return;
    const changes = this.states.applyAlarm(event.alarm);
    this.markers.update([...changes.changed].flatMap((id) => this.states.get(id) ?? []));
    this.reload(changes.unknown);
    this.alarms.apply(event.alarm, this.lookup, event.caseId);
    this.renderAlarms();
    if (this.selection && changes.changed.has(this.selection.thingId)) this.renderDetail();
  }

  /** Selects a sensor: its label stays, the detail panel shows it and charts a datastream. */
  async select(thingId: number, datastreamId?: number): Promise<SensorChartSummary | undefined> {
    const thing = this.states.get(thingId);
    if (!thing) return undefined;
    this.hooks.beforeSelect();
    this.selection?.controller.abort();
    this.selection = { thingId, window: windowEndingAt(Date.now()), controller: new AbortController() };
    this.markers.select(thingId);
    const charted = datastreamId ?? this.defaultDatastream(thing);
    if (charted === undefined) this.renderDetail();
    else await this.showDatastream(charted);
    return this.chart();
  }

  /** Charts another datastream of the selected sensor. */
  async showDatastream(datastreamId: number): Promise<void> {
    const selection = this.selection;
    if (!selection) return;
    selection.window = windowEndingAt(Date.now());
    selection.chart = { datastreamId, status: 'loading' };
    this.renderDetail();
    // A little past now, so an observation stamped by a clock slightly ahead is in range.
    const range = { from: new Date(selection.window.from), to: new Date(selection.window.to + 300_000), points: CHART_POINTS };
    try {
      const series = await this.api.getDatastreamSeries(datastreamId, range, selection.controller.signal);
      if (selection !== this.selection || selection.chart?.datastreamId !== datastreamId) return;
      selection.chart = { datastreamId, status: 'shown', series: chartSeriesOf(datastreamId, series) };
    } catch (error) {
      if (selection !== this.selection || selection.controller.signal.aborted) return;
      selection.chart = { datastreamId, status: 'failed', error: errorDetail(error) };
    }
    this.renderDetail();
  }

  /** Drops the sensor selection (the caller closes the panel). */
  clearSelection(): void {
    this.selection?.controller.abort();
    this.selection = undefined;
    this.markers.select(undefined);
  }

  /** Whether a sensor is selected. */
  get selectedThing(): number | undefined {
    return this.selection?.thingId;
  }

  /** Acknowledges or clears an alarm as the operator; the list follows the answer and the stream. */
  async act(alarmId: string, action: AlarmAction, operator?: string): Promise<ListedAlarm> {
    if (operator !== undefined) this.alarmPanel.setOperator((this.operator = writeOperatorName(operator)));
    this.pending.add(alarmId);
    this.actionError = undefined;
    this.renderAlarms();
    try {
      const alarm = await this.api.actOnAlarm(alarmId, action, this.operator);
      this.takeAlarmState(alarm);
      return alarm;
    } catch (error) {
      this.actionError = `${label(this.language, 'alarmActionFailed')}: ${errorDetail(error)}`;
      if (error instanceof ApiError && error.status === 409) await this.api.getAlarm(alarmId).then((alarm) => this.takeAlarmState(alarm), () => undefined);
      throw error;
    } finally {
      this.pending.delete(alarmId);
      this.renderAlarms();
    }
  }

  /** Flies to an alarm's sensor and selects it. */
  async focusAlarm(alarm: ListedAlarm): Promise<void> {
    const point = alarm.point ?? this.states.get(Number(alarm.thingId))?.point;
    const flight = point ? viewPoint(this.viewer.scene.camera, { longitude: point[0], latitude: point[1] }, { range: 350, pitch: -45, duration: 1 }) : Promise.resolve(true);
    const datastreamId = alarm.details ? Number(alarm.details.datastreamId) : undefined;
    await Promise.all([flight, this.select(Number(alarm.thingId), Number.isFinite(datastreamId) ? datastreamId : undefined)]);
  }

  /** Shows or hides the markers. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.markers.setVisible(visible);
    this.hooks.changed();
  }

  /** Plain-data summaries of the things. */
  summaries(): SensorSummary[] {
    return this.states.list().map((thing) => ({
      id: thing.id,
      name: thing.name,
      kind: typeof thing.properties?.kind === 'string' ? thing.properties.kind : null,
      point: thing.point,
      condition: sensorConditionOf(thing),
      colour: sensorColourOf(thing),
      markerColour: this.markers.colourOf(thing.id),
      labelShown: this.markers.labelShown(thing.id),
      alarms: thing.alarms.map((alarm) => ({ ...alarm })),
      latest: thing.datastreams.flatMap((datastream) =>
        datastream.latest ? [{ datastreamId: datastream.id, key: datastream.key, value: datastream.latest.result, unit: datastream.unit?.symbol ?? null, time: datastream.latest.phenomenonTime }] : [],
      ),
    }));
  }

  /** The chart of the selected sensor, if one is selected. */
  chart(): SensorChartSummary | undefined {
    const selection = this.selection;
    if (!selection) return undefined;
    const chart = selection.chart;
    const points = (chart?.series?.points ?? []).filter((point) => point.t >= selection.window.from);
    return { thingId: selection.thingId, datastreamId: chart?.datastreamId ?? null, status: chart?.status ?? 'none', points: points.map((point) => ({ t: new Date(point.t).toISOString(), v: point.v })) };
  }

  /** Redraws the sensor panels in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.alarmPanel.setLanguage(language);
  }

  private takeAlarmState(alarm: ListedAlarm): void {
    const changes = this.states.applyAlarm(alarm);
    this.markers.update([...changes.changed].flatMap((id) => this.states.get(id) ?? []));
    this.alarms.apply(alarm, this.lookup);
    if (this.selection && changes.changed.has(this.selection.thingId)) this.renderDetail();
  }

  private async readAlarms(): Promise<ListedAlarm[]> {
    const pages = await Promise.all([this.api.listAlarms('active'), this.api.listAlarms('unacknowledged')]);
    return [...new Map(pages.flatMap((page) => page.alarms).map((alarm) => [alarm.id, alarm])).values()];
  }

  /** Reads things the state does not know yet, a moment later, in one request. */
  private reload(thingIds: ReadonlySet<number>): void {
    if (thingIds.size === 0) return;
    thingIds.forEach((id) => this.reloads.add(id));
    this.reloadTimer ??= setTimeout(() => {
      this.reloadTimer = undefined;
      const ids = [...this.reloads];
      this.reloads.clear();
      void this.api.getSensorState(ids).then(
        (things) => {
          this.states.upsert(things);
          this.markers.update(things);
          this.alarms.refreshThings(this.lookup);
          this.renderAlarms();
          this.hooks.changed();
        },
        (error: unknown) => console.warn('viewer: new sensor things could not be read', error),
      );
    }, RELOAD_DELAY_MS);
  }

  private defaultDatastream(thing: SensorThingState): number | undefined {
    const alarmed = this.alarms.entries().find((alarm) => Number(alarm.thingId) === thing.id && alarm.details)?.details?.datastreamId;
    if (alarmed !== undefined && thing.datastreams.some((datastream) => datastream.id === Number(alarmed))) return Number(alarmed);
    const newest = thing.datastreams.filter((datastream) => datastream.latest).sort((a, b) => Date.parse(b.latest!.phenomenonTime) - Date.parse(a.latest!.phenomenonTime))[0];
    return (newest ?? thing.datastreams[0])?.id;
  }

  private renderAlarms(): void {
    const counts = this.alarms.counts();
    this.alarmPanel.show({ status: this.alarmStatus, alarms: this.alarms.entries(), unacknowledged: counts.unacknowledged, pending: new Set(this.pending), error: this.actionError });
  }

  private renderDetail(): void {
    const selection = this.selection;
    const thing = selection && this.states.get(selection.thingId);
    if (!selection || !thing) return;
    this.hooks.showDetail({ kind: 'sensor', thing, chart: selection.chart && { ...selection.chart }, window: selection.window });
  }
}

function windowEndingAt(to: number): { from: number; to: number } {
  return { from: to - CHART_WINDOW_MS, to };
}
