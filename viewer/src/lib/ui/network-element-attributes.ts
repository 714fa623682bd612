import type { NetworkFeature } from '../api/network-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';
import { formatPropertyValue } from './element-attributes.ts';
import { elementKindLabel, networkElementPropertyLabel, pipeTypeLabel } from './network-labels.ts';

/** Properties shown in the head of the table, or not at all (they are in the head already). */
const HEAD_PROPERTIES = new Set(['element', 'linkId', 'nodeId', 'pipeType', 'attributes', 'rowId']);

/**
 * The attributes of a pipe network element (管线段 or 管线点): element kind, its id and pipe type
 * first, then every column the API sends, then the source's extra attributes.
 */
export function networkElementAttributes(feature: NetworkFeature, language: Language): HTMLElement {
  const properties = feature.properties ?? {};
  const isLink = properties.element === 'link';
  const row = (name: string, value: string, testId?: string) =>
    createElement('tr', {}, [createElement('th', { scope: 'row' }, [name]), createElement('td', { testId }, [value])]);
  const pipeType = typeof properties.pipeType === 'string' ? `${pipeTypeLabel(language, properties.pipeType)} (${properties.pipeType})` : '—';
  const head = [
    row(label(language, 'kind'), label(language, isLink ? 'elementLink' : 'elementNode'), 'network-element-kind'),
    row(label(language, 'id'), String((isLink ? properties.linkId : properties.nodeId) ?? '—'), 'network-element-id'),
    row(label(language, 'pipeType'), pipeType, 'network-element-pipe-type'),
  ];
  const rest = Object.entries(properties)
    .filter(([name]) => !HEAD_PROPERTIES.has(name))
    .map(([name, value]) => {
      const shown = name === 'kind' && typeof value === 'string' ? elementKindLabel(language, value) : formatPropertyValue(value, language);
      return row(networkElementPropertyLabel(language, name, isLink), shown, `network-property-${name}`);
    });
  const extra = properties.attributes && typeof properties.attributes === 'object' ? Object.entries(properties.attributes as Record<string, unknown>) : [];
  const details = createElement('details', { className: 'cimtwin-property-set' }, [
    createElement('summary', {}, ['attributes']),
    createElement('table', { className: 'cimtwin-attributes' }, [
      createElement('tbody', {}, extra.map(([name, value]) => row(name, formatPropertyValue(value, language)))),
    ]),
  ]);
  return createElement('div', { className: 'cimtwin-element', testId: 'network-element-attributes' }, [
    createElement('table', { className: 'cimtwin-attributes', 'data-feature-id': String(feature.id) }, [createElement('tbody', {}, [...head, ...rest])]),
    extra.length > 0 ? details : undefined,
  ]);
}
