import type { BimElement } from '../api/bim-types.ts';
import { orderPropertySets } from '../bim/property-set-order.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';

/** Display text of a property value: yes/no for booleans, numbers to at most three decimals. */
export function formatPropertyValue(value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return label(language, value ? 'yes' : 'no');
  if (typeof value === 'number') return String(Math.round(value * 1000) / 1000);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The attributes of a BIM element: name, class, GlobalId and storey, then property sets and
 * quantity sets as collapsible groups, then materials and classifications.
 */
export function elementAttributes(element: BimElement, language: Language): HTMLElement {
  const t = (key: LabelKey) => label(language, key);
  const ifcClass = element.predefinedType && element.predefinedType !== 'NOTDEFINED'
    ? `${element.ifcClass} (${element.predefinedType})`
    : element.ifcClass;
  const row = (name: string, value: string, testId?: string) =>
    createElement('tr', {}, [createElement('th', { scope: 'row' }, [name]), createElement('td', { testId }, [value])]);
  const head = createElement('table', { className: 'cimtwin-attributes', 'data-global-id': element.globalId }, [
    createElement('tbody', {}, [
      row(t('name'), element.name ?? t('unnamed'), 'element-name'),
      row(t('ifcClass'), ifcClass, 'element-class'),
      row(t('globalId'), element.globalId, 'element-global-id'),
      row(t('storey'), element.storey?.name ?? '—', 'element-storey'),
    ]),
  ]);
  const group = (title: string, rows: [string, unknown][], testId: string, open: boolean) => {
    const details = createElement('details', { className: 'cimtwin-property-set', testId }, [
      createElement('summary', {}, [title]),
      createElement('table', { className: 'cimtwin-attributes' }, [
        createElement('tbody', {}, rows.map(([name, value]) => row(name, formatPropertyValue(value, language)))),
      ]),
    ]);
    details.open = open;
    return details;
  };
  const propertySets = orderPropertySets(element.propertySets).map((set, index) =>
    group(set.name, set.properties, `element-pset-${set.name}`, index === 0));
  const quantitySets = orderPropertySets(element.quantitySets).map((set) =>
    group(`${t('quantitySets')}: ${set.name}`, set.properties, `element-qset-${set.name}`, false));
  const materials = element.materials ?? [];
  const classifications = (element.classifications ?? []).map((entry) =>
    [entry.system ?? '—', [entry.code, entry.name].filter(Boolean).join(' ')] as [string, unknown]);
  return createElement('div', { className: 'cimtwin-element', testId: 'element-attributes' }, [
    head,
    ...propertySets,
    ...quantitySets,
    materials.length > 0
      ? group(t('materials'), materials.map((name, index) => [String(index + 1), name]), 'element-materials', true)
      : undefined,
    classifications.length > 0 ? group(t('classifications'), classifications, 'element-classifications', true) : undefined,
  ]);
}
