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
  length: 'pipeLength',
  drawnLength: 'drawnLength',
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
  pointNumber: 'pointNumber',
  featureCode: 'featureCode',
  feature: 'pointFeature',
  elevation: 'elevation',
  invertElevation: 'invertElevation',
  demand: 'demand',
  width: 'pipeWidth',
  height: 'pipeHeight',
  shape: 'pipeShape',
  roughness: 'roughness',
  flowDirection: 'flowDirection',
  valveType: 'valveType',
  startInvertElevation: 'startInvert',
  endInvertElevation: 'endInvert',
};

/**
 * The translated name of a network element attribute (`kind` named for points and segments
 * apart); others keep the API's name.
 */
export function networkElementPropertyLabel(language: Language, property: string, isLink: boolean): string {
  if (property === 'kind') return label(language, isLink ? 'linkKind' : 'pointKind');
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

/** Chinese names of the point and segment kinds of the network model (NODE_KINDS, LINK_KINDS). */
const KIND_NAMES_ZH: Record<string, string> = {
  junction: '节点',
  reservoir: '水源',
  tank: '水池',
  outfall: '排放口',
  storage: '调蓄池',
  divider: '分流井',
  manhole: '检查井',
  valve: '阀门',
  hydrant: '消火栓',
  fitting: '管件',
  meter: '水表',
  other: '其他',
  pipe: '管道',
  pump: '泵',
  conduit: '管渠',
  orifice: '孔口',
  weir: '堰',
  outlet: '出流口',
};

/** The name of a point or segment kind in the language, e.g. 阀门 for valve; English keeps the model's word. */
export function elementKindLabel(language: Language, kind: string): string {
  return language === 'zh' ? (KIND_NAMES_ZH[kind] ?? kind) : kind;
}
