import { label, type LabelKey, type Language } from '../i18n/labels.ts';
import { isPipeTypeCode } from '../networks/pipe-type-colours.ts';

const ROLE_LABELS: Record<string, LabelKey> = {
  'valve-to-close': 'roleValveToClose',
  'failed-valve': 'roleFailedValve',
  isolated: 'roleIsolated',
  'service-point-isolated': 'roleServicePointIsolated',
  'cut-off': 'roleCutOff',
  'service-point-cut-off': 'roleServicePointCutOff',
  connected: 'roleConnected',
  upstream: 'roleUpstream',
  downstream: 'roleDownstream',
  reached: 'roleReached',
  below: 'roleBelow',
  inside: 'roleInside',
  'clearance-horizontal': 'roleClearanceHorizontal',
  'clearance-vertical': 'roleClearanceVertical',
};

const PROPERTY_LABELS: Record<string, LabelKey> = {
  from: 'pipeFrom',
  to: 'pipeTo',
  kind: 'kind',
  length: 'pipeLength',
  diameter: 'pipeDiameter',
  material: 'pipeMaterial',
  startDepth: 'startDepth',
  endDepth: 'endDepth',
  depth: 'pointDepth',
  yearBuilt: 'yearBuilt',
  burialMethod: 'burialMethod',
  pressureClass: 'pressureClass',
  pipeSubtype: 'pipeSubtype',
  status: 'pipeStatus',
  attachment: 'attachment',
  groundElevation: 'groundElevation',
  owner: 'owner',
};

/** The translated name of a network element attribute; others keep the API's name. */
export function networkPropertyLabel(language: Language, property: string): string {
  const key = PROPERTY_LABELS[property];
  return key ? label(language, key) : property;
}

/** The translated name of a CJJ 61 pipe type code, e.g. 给水 for JS; unknown codes stay as they are. */
export function pipeTypeLabel(language: Language, code: string): string {
  return isPipeTypeCode(code) ? label(language, `pipeType${code}` as LabelKey) : code;
}

/** The translated name of an analysis role, e.g. 需关闭阀门 for valve-to-close. */
export function roleLabel(language: Language, role: string): string {
  const key = ROLE_LABELS[role];
  return key ? label(language, key) : role;
}
