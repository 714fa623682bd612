import type { SensorThingState } from '../api/sensor-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import type { ChartSeries } from '../operations/chart-series.ts';
import { formatReading, formatTime } from '../operations/operations-text.ts';
import { sensorConditionOf } from '../operations/sensor-state-colours.ts';
import { createElement } from './create-element.ts';
import { conditionBadge } from './operations-badges.ts';
import { alarmStatusLabel, sensorKindLabel } from './operations-names.ts';
import { seriesChartView } from './series-chart-view.ts';

/** The chart of the sensor panel: which datastream, and where its history is. */
export interface SensorChartState {
  datastreamId: number;
  status: 'loading' | 'shown' | 'failed';
  series?: ChartSeries;
  error?: string;
}

/** What the sensor part of the detail panel shows. */
export interface SensorDetailState {
  thing: SensorThingState;
  chart?: SensorChartState;
  /** The chart's time window, ms since the epoch. */
  window: { from: number; to: number };
}

/**
 * A sensor thing: kind and condition, its active alarms, each datastream with its newest value
 * (a click charts it), and the chart of the last 24 hours of the one charted.
 */
export function sensorDetailView(state: SensorDetailState, language: Language, showDatastream: (datastreamId: number) => void): HTMLElement {
  const t = (key: Parameters<typeof label>[1]) => label(language, key);
  const { thing, chart } = state;
  const kind = typeof thing.properties?.kind === 'string' ? thing.properties.kind : undefined;
  const condition = sensorConditionOf(thing);
  const rows = thing.datastreams.map((datastream) => {
    const button = createElement('button', { type: 'button', className: 'cimtwin-datastream', testId: 'sensor-datastream', 'data-datastream-id': String(datastream.id), 'aria-pressed': String(chart?.datastreamId === datastream.id) }, [
      createElement('span', {}, [datastream.observedProperty || datastream.name]),
      createElement('strong', { testId: 'sensor-datastream-value' }, [datastream.latest ? formatReading(datastream.latest.result, datastream.unit?.symbol) : t('noObservation')]),
      datastream.latest ? createElement('small', {}, [formatTime(datastream.latest.phenomenonTime)]) : undefined,
    ]);
    button.addEventListener('click', () => showDatastream(datastream.id));
    return createElement('li', {}, [button]);
  });
  const charted = thing.datastreams.find((datastream) => datastream.id === chart?.datastreamId);
  const title = `${t('last24Hours')} · ${charted?.observedProperty ?? ''}`;
  let chartPart: HTMLElement | SVGSVGElement | undefined;
  if (chart?.status === 'loading') chartPart = createElement('p', { className: 'cimtwin-hint', testId: 'sensor-chart-loading' }, [t('loading')]);
  else if (chart?.status === 'failed') chartPart = createElement('p', { className: 'cimtwin-error', testId: 'sensor-chart-error' }, [`${t('seriesFailed')}: ${chart.error ?? ''}`]);
  else if (chart?.series) chartPart = seriesChartView(chart.series, state.window, charted?.unit?.symbol, title);
  const empty = chart?.status === 'shown' && chart.series && !chart.series.points.some((point) => point.t >= state.window.from);
  return createElement('div', { className: 'cimtwin-sensor-detail', testId: 'sensor-detail', 'data-thing-id': String(thing.id) }, [
    createElement('h3', { testId: 'sensor-name' }, [thing.name]),
    createElement('p', { className: 'cimtwin-sensor-kind' }, [kind ? `${sensorKindLabel(language, kind)} · ` : '', conditionBadge(language, condition, 'sensor-condition')]),
    thing.alarms.length > 0
      ? createElement('ul', { className: 'cimtwin-sensor-alarms', 'aria-label': t('activeAlarms') }, thing.alarms.map((alarm) =>
          createElement('li', { 'data-alarm-id': alarm.id }, [conditionBadge(language, alarm.severity), ` ${alarm.type} · ${alarmStatusLabel(language, alarm.status)}`]),
        ))
      : undefined,
    createElement('h3', {}, [t('datastreams')]),
    createElement('ul', { className: 'cimtwin-datastream-list' }, rows),
    charted ? createElement('h3', { testId: 'sensor-chart-title' }, [title]) : undefined,
    chartPart,
    empty ? createElement('p', { className: 'cimtwin-hint' }, [t('noSeries')]) : undefined,
  ]);
}
