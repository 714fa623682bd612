import type { Viewer } from 'cesium';
import type { ApiClient } from '../api/api-client.ts';
import { label, type Language } from '../i18n/labels.ts';
import { MapTooltip } from '../ui/map-tooltip.ts';
import { OperationsDetailPanel, type OperationsDetailState } from '../ui/operations-detail-panel.ts';
import { OperationsLayerGroup, type OperationsLayerId } from '../ui/operations-layer-group.ts';
import { CaseTwin } from './case-twin.ts';
import { LiveStream, type LiveEventSourceFactory, type LiveStreamStatus } from './live-stream.ts';
import { SensorTwin } from './sensor-twin.ts';

/** An object of city operations picked on screen. */
export type OperationsPick = { kind: 'sensor'; thingId: number } | { kind: 'case'; caseId: string } | { kind: 'grid'; code: string };

/** Where city operations stand, for the page API. */
export interface OperationsStatus {
  stream: LiveStreamStatus;
  lastEventId: number | null;
  /** The first read of sensors, alarms and cases is done. */
  loaded: boolean;
  sensors: SensorTwin['status'];
  cases: CaseTwin['casesStatus'];
  grid: CaseTwin['gridStatus'];
  /** `reset` events taken so far (each reads everything again). */
  resets: number;
}

/** How long the first read waits for the stream to be ready, ms; it reads anyway after. */
const FIRST_READ_WAIT_MS = 3000;

/**
 * City operations (城市运行): the live stream feeding sensors, alarms and cases, the layer group,
 * the detail panel and the map tooltip. State is read once at start, again after `reset`, and
 * otherwise follows the stream; events that come while a read is under way wait for it and
 * are applied after, so the newest state wins.
 */
export class OperationsTwin {
  readonly sensors: SensorTwin;
  readonly cases: CaseTwin;
  readonly layerGroup: OperationsLayerGroup;
  readonly detailPanel: OperationsDetailPanel;
  readonly tooltip = new MapTooltip();
  readonly stream: LiveStream;
  /** Resolves once sensors, alarms and cases were read the first time. */
  readonly loaded: Promise<void>;
  private waiting: Array<() => void> | undefined = [];
  private loading: Promise<void> | undefined;
  private loadAgain = false;
  private firstLoad = false;
  private resets = 0;
  private markLoaded!: () => void;

  constructor(
    viewer: Viewer,
    api: ApiClient,
    private language: Language,
    clearOtherSelections: () => void,
    createSource?: LiveEventSourceFactory,
  ) {
    const changed = () => this.refreshGroup();
    const showDetail = (state: OperationsDetailState) => this.detailPanel.show(state);
    this.sensors = new SensorTwin(viewer, api, language, {
      showDetail,
      changed,
      beforeSelect: () => {
        clearOtherSelections();
        this.cases.clearSelection();
      },
      openCase: (caseId) => void this.cases.select(caseId, true),
    });
    this.cases = new CaseTwin(viewer, api, language, {
      showDetail,
      changed,
      beforeSelect: () => {
        clearOtherSelections();
        this.sensors.clearSelection();
      },
    });
    this.detailPanel = new OperationsDetailPanel(language, {
      close: () => this.clearSelection(),
      showDatastream: (id) => void this.sensors.showDatastream(id),
    });
    this.layerGroup = new OperationsLayerGroup(language, {
      setVisible: (layer, visible) => void this.setLayerVisible(layer, visible),
      openIndicators: () => void this.cases.openIndicators().catch(() => undefined),
    });
    this.stream = new LiveStream(
      api.liveStreamUrl(),
      {
        observations: (data) => this.whenLoaded(() => this.sensors.takeObservations(data)),
        alarm: (data) => this.whenLoaded(() => this.sensors.takeAlarm(data)),
        case: (data) => this.whenLoaded(() => this.cases.takeCase(data)),
        reset: () => {
          this.resets++;
          void this.load();
        },
        ready: () => void this.load(true),
        status: () => this.refreshGroup(),
      },
      createSource,
    );
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve));
    viewer.scene.canvas.addEventListener('mouseleave', () => this.hover(undefined, 0, 0));
    this.refreshGroup();
  }

  /** Opens the live stream and reads the state once it is ready (or after a few seconds without it). */
  start(): void {
    this.stream.start();
    setTimeout(() => void this.load(true), FIRST_READ_WAIT_MS);
  }

  /** The city operations object a `scene.pick` result is, if any. */
  objectOfPicked(picked: unknown): OperationsPick | undefined {
    const thingId = this.sensors.markers.thingOfPicked(picked);
    if (thingId !== undefined) return { kind: 'sensor', thingId };
    const caseId = this.cases.markers.caseOfPicked(picked);
    if (caseId !== undefined) return { kind: 'case', caseId };
    const cell = this.cases.grid.cellOfPicked(picked);
    return cell ? { kind: 'grid', code: cell.code } : undefined;
  }

  /** Selects a picked sensor or case; a grid cell selects nothing. */
  async select(pick: OperationsPick): Promise<void> {
    if (pick.kind === 'sensor') await this.sensors.select(pick.thingId);
    else if (pick.kind === 'case') await this.cases.select(pick.caseId);
    else this.clearSelection();
  }

  /** Follows the mouse: a sensor's or case's label, a grid cell's code in the tooltip. */
  hover(picked: unknown, x: number, y: number): void {
    const pick = this.objectOfPicked(picked);
    this.sensors.markers.hover(pick?.kind === 'sensor' ? pick.thingId : undefined);
    this.cases.markers.hover(pick?.kind === 'case' ? pick.caseId : undefined);
    this.cases.grid.hover(pick?.kind === 'grid' ? pick.code : undefined);
    const cell = pick?.kind === 'grid' ? this.cases.grid.cellOfPicked(picked) : undefined;
    if (!cell) return this.tooltip.hide();
    const place = [cell.townName, cell.communityName].filter(Boolean).join(' ');
    this.tooltip.show([`${label(this.language, 'gridCode')} ${cell.code}`, ...(place ? [place] : [])], x, y);
  }

  /** Drops the sensor and case selections and closes the detail panel. */
  clearSelection(): void {
    this.sensors.clearSelection();
    this.cases.clearSelection();
    this.detailPanel.show({ kind: 'none' });
  }

  /** Shows or hides sensors, cases or the unit grid; resolves once the grid is drawn. */
  async setLayerVisible(layer: OperationsLayerId, visible: boolean): Promise<void> {
    if (layer === 'sensors') this.sensors.setVisible(visible);
    else if (layer === 'cases') this.cases.setCasesVisible(visible);
    else await this.cases.setGridVisible(visible);
  }

  /** Where the stream and the reads stand. */
  status(): OperationsStatus {
    return {
      stream: this.stream.status,
      lastEventId: this.stream.lastEventId ?? null,
      loaded: this.firstLoad,
      sensors: this.sensors.status,
      cases: this.cases.casesStatus,
      grid: this.cases.gridStatus,
      resets: this.resets,
    };
  }

  /** Redraws every city operations part in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.sensors.setLanguage(language);
    this.cases.setLanguage(language);
    [this.layerGroup, this.detailPanel].forEach((part) => part.setLanguage(language));
  }

  /** Reads sensors, alarms and cases; events arriving meanwhile wait. `first` does nothing once read. */
  private load(first = false): Promise<void> {
    if (first && (this.firstLoad || this.loading)) return this.loading ?? Promise.resolve();
    if (this.loading) {
      this.loadAgain = true;
      return this.loading;
    }
    this.waiting ??= [];
    this.loading = (async () => {
      do {
        this.loadAgain = false;
        await Promise.all([this.sensors.load(), this.cases.load()]);
      } while (this.loadAgain);
      const waiting = this.waiting ?? [];
      this.waiting = undefined;
      waiting.forEach((apply) => apply());
      this.loading = undefined;
      this.firstLoad = true;
      this.markLoaded();
      this.refreshGroup();
    })();
    return this.loading;
  }

  private whenLoaded(apply: () => void): void {
    if (this.waiting) this.waiting.push(apply);
    else apply();
  }

  private refreshGroup(): void {
    const sensors = this.sensors;
    const cases = this.cases;
    const status = (value: string) => value as 'idle' | 'loading' | 'ready' | 'failed';
    this.layerGroup?.show({
      live: this.stream?.status ?? 'connecting',
      layers: {
        sensors: { visible: sensors.visible, status: status(sensors.status), count: sensors.states.list().length, error: sensors.error },
        cases: { visible: cases.casesVisible, status: status(cases.casesStatus), count: cases.caseCount, error: cases.error.cases },
        grid: { visible: cases.gridVisible, status: status(cases.gridStatus), count: cases.grid.count, error: cases.error.grid },
      },
    });
  }
}
