import type { AlarmDetails, AlarmThreshold } from '../api/alarm-types.ts';
import { label, type Language } from '../i18n/labels.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/** A reading with its unit, e.g. `60 %LEL`, `12.35 µg/m³`, numbers to at most two decimals. */
export function formatReading(value: unknown, unit?: string | null): string {
  const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : typeof value === 'string' ? value : JSON.stringify(value);
  return unit ? `${text} ${unit}` : text;
}

/** A time as the operations panels show it, in the browser's time zone: `06-21 12:00:05`. */
export function formatTime(iso: string | number | Date): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return String(iso);
  return `${pad(time.getMonth() + 1)}-${pad(time.getDate())} ${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}

/** A time of day for chart axes: `12:00`. */
export function formatClock(time: number): string {
  const date = new Date(time);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const OPERATOR_SYMBOLS: Record<string, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '==': '=', '!=': '≠' };

/** The comparison of a threshold with its unit: `≥ 50 %LEL`, `∉ [0.2, 0.6] MPa`. */
export function thresholdText(threshold: AlarmThreshold, unit?: string | null): string {
  if ('low' in threshold) {
    return `${threshold.operator === 'between' ? '∈' : '∉'} [${formatReading(threshold.low)}, ${formatReading(threshold.high)}]${unit ? ` ${unit}` : ''}`;
  }
  return `${OPERATOR_SYMBOLS[threshold.operator] ?? threshold.operator} ${formatReading(threshold.value, unit)}`;
}

/** Why an alarm holds, as one line: `60 %LEL ≥ 50 %LEL`, or `无数据已 30 分钟`. */
export function alarmReasonText(details: AlarmDetails | null, language: Language): string {
  if (!details) return '';
  if (details.kind === 'threshold') return `${formatReading(details.value, details.unit)} ${thresholdText(details.threshold, details.unit)}`;
  return `${label(language, 'noDataFor')} ${Math.round(details.afterSeconds / 60)} ${label(language, 'minutes')}`;
}

/** A rate 0–1 as a percentage with one decimal, `—` without one. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Hours with one decimal and the unit of the language, `—` without a value. */
export function formatHours(hours: number | null | undefined, language: Language, unit: 'hours' | 'workingHours' = 'hours'): string {
  return hours === null || hours === undefined || !Number.isFinite(hours) ? '—' : `${hours.toFixed(1)} ${label(language, unit)}`;
}
