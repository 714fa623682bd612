import type { ClearanceViolation, ExcavationResult, NetworkFeatureCollection, NetworkIsolationResult } from '../api/network-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import { countRoles } from '../networks/analysis-colour-map.ts';
import { colourOfRole } from '../networks/analysis-role-colours.ts';
import { createElement } from './create-element.ts';
import { pipeTypeLabel, roleLabel } from './network-labels.ts';

/** What a click on a result entry asks for. */
export interface NetworkResultActions {
  /** Fly to an element of the result (a valve, a pipe) and select it. */
  focusElement(elementId: string): void;
  /** Fly to a clearance violation and highlight both segments. */
  focusViolation(violation: ClearanceViolation): void;
}

/** Per role of a result, a colour swatch, the role and how many elements play it. */
export function roleCounts(collection: NetworkFeatureCollection | null | undefined, language: Language): HTMLElement {
  const counts = Object.entries(countRoles(collection));
  return createElement('ul', { className: 'cimtwin-legend-list', testId: 'network-result-counts' }, counts.map(([role, count]) =>
    createElement('li', { 'data-role': role }, [
      createElement('span', { className: 'cimtwin-swatch', style: `background: ${colourOfRole(role)}` }),
      createElement('span', {}, [`${roleLabel(language, role)}: `]),
      createElement('strong', { testId: `network-count-${role}` }, [String(count)]),
    ])));
}

/** The valves to close of an isolation, each a button that flies to it. */
export function valveList(result: NetworkIsolationResult, language: Language, actions: NetworkResultActions): HTMLElement {
  const items = result.valvesToClose.map((valve) => {
    const button = createElement('button', { type: 'button', className: 'cimtwin-network-entry', testId: 'network-valve', 'data-valve-id': valve.id }, [valve.id]);
    button.addEventListener('click', () => actions.focusElement(valve.id));
    return createElement('li', {}, [button]);
  });
  return createElement('div', { testId: 'network-valves' }, [
    createElement('h3', {}, [`${label(language, 'valvesToClose')} (${result.valvesToClose.length})`]),
    createElement('ol', { className: 'cimtwin-network-list' }, items),
  ]);
}

/** The pipes an excavation reaches: type, size, owner, top depth and margin. */
export function excavationList(result: ExcavationResult, language: Language, actions: NetworkResultActions): HTMLElement {
  const t = (key: Parameters<typeof label>[1]) => label(language, key);
  const reached = result.links.filter((link) => link.reached);
  const items = reached.map((link) => {
    const button = createElement('button', { type: 'button', className: 'cimtwin-network-entry', testId: 'network-excavation-pipe', 'data-link-id': link.linkId }, [
      createElement('strong', {}, [`${pipeTypeLabel(language, link.pipeType)} ${link.size ?? ''}`]),
      createElement('small', {}, [` ${link.linkId} · ${t('owner')} ${link.owner ?? '—'} · ${t('topDepth')} ${link.topDepth} m · ${t('depthMargin')} ${link.depthMargin} m`]),
    ]);
    button.addEventListener('click', () => actions.focusElement(link.linkId));
    return createElement('li', {}, [button]);
  });
  return createElement('div', { testId: 'network-excavation' }, [
    createElement('h3', {}, [`${t('pipesHit')} (${reached.length})`]),
    reached.length === 0 ? createElement('p', { className: 'cimtwin-hint' }, [t('noPipesHit')]) : createElement('ol', { className: 'cimtwin-network-list' }, items),
  ]);
}

/** Clearance violations: the type pair, measured against required distance and the clause. */
export function violationList(violations: readonly ClearanceViolation[], language: Language, actions: NetworkResultActions): HTMLElement {
  const t = (key: Parameters<typeof label>[1]) => label(language, key);
  const items = violations.map((violation) => {
    const kind = roleLabel(language, `clearance-${violation.kind}`);
    const button = createElement('button', { type: 'button', className: 'cimtwin-network-entry', testId: 'network-violation', 'data-links': `${violation.linkA},${violation.linkB}` }, [
      createElement('strong', {}, [`${violation.typeA}–${violation.typeB} ${kind}`]),
      createElement('small', {}, [` ${t('measured')} ${violation.measured} m / ${t('required')} ${violation.required} m · ${violation.clause}`]),
    ]);
    button.addEventListener('click', () => actions.focusViolation(violation));
    return createElement('li', {}, [button]);
  });
  return createElement('div', { testId: 'network-violations' }, [
    createElement('h3', {}, [`${t('violations')} (${violations.length})`]),
    violations.length === 0 ? createElement('p', { className: 'cimtwin-hint' }, [t('noViolations')]) : createElement('ol', { className: 'cimtwin-network-list' }, items),
  ]);
}
