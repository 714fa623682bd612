import type { AlarmStatus } from '../api/alarm-types.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';
import type { SensorCondition } from '../operations/sensor-state-colours.ts';

const CONDITION_LABELS: Record<SensorCondition, LabelKey> = {
  critical: 'conditionCritical',
  major: 'conditionMajor',
  minor: 'conditionMinor',
  warning: 'conditionWarning',
  normal: 'conditionNormal',
  'no-data': 'conditionNoData',
};

const ALARM_STATUS_LABELS: Record<AlarmStatus, LabelKey> = {
  ACTIVE_UNACK: 'alarmActiveUnack',
  ACTIVE_ACK: 'alarmActiveAck',
  CLEARED_UNACK: 'alarmClearedUnack',
  CLEARED_ACK: 'alarmClearedAck',
};

const SENSOR_KIND_LABELS: Record<string, LabelKey> = {
  'air-quality': 'kindAirQuality',
  'combustible-gas': 'kindCombustibleGas',
  'manhole-cover': 'kindManholeCover',
  'water-pressure': 'kindWaterPressure',
  waterlogging: 'kindWaterlogging',
};

const CASE_STATE_LABELS: Record<string, LabelKey> = {
  reported: 'stateReported',
  accepted: 'stateAccepted',
  registered: 'stateRegistered',
  dispatched: 'stateDispatched',
  handled: 'stateHandled',
  verified: 'stateVerified',
  closed: 'stateClosed',
  voided: 'stateVoided',
};

const CASE_ACTION_LABELS: Record<string, LabelKey> = {
  report: 'actionReport',
  accept: 'actionAccept',
  register: 'actionRegister',
  dispatch: 'actionDispatch',
  handle: 'actionHandle',
  verify: 'actionVerify',
  rework: 'actionRework',
  close: 'actionClose',
  return: 'actionReturn',
  void: 'actionVoid',
  'request-extension': 'actionRequestExtension',
  'approve-extension': 'actionApproveExtension',
  'reject-extension': 'actionRejectExtension',
};

const CASE_ROLE_LABELS: Record<string, LabelKey> = {
  reporter: 'roleReporter',
  patroller: 'rolePatroller',
  acceptor: 'roleAcceptor',
  'shift-leader': 'roleShiftLeader',
  dispatcher: 'roleDispatcher',
  department: 'roleDepartment',
  system: 'roleSystem',
};

const CASE_SOURCE_LABELS: Record<string, LabelKey> = {
  'public-report': 'sourcePublicReport',
  patrol: 'sourcePatrol',
  'sensor-alarm': 'sourceSensorAlarm',
  'hotline-12345': 'sourceHotline',
};

const named = (table: Record<string, LabelKey>) => (language: Language, code: string, fallback?: string | null): string => {
  const key = table[code];
  return key ? label(language, key) : (fallback ?? code);
};

/** The name of a sensor condition: 紧急 … 正常, 无数据. */
export const conditionLabel = (language: Language, condition: SensorCondition): string => label(language, CONDITION_LABELS[condition]);

/** The name of an alarm status: 未确认, 已确认, … */
export const alarmStatusLabel = (language: Language, status: AlarmStatus): string => label(language, ALARM_STATUS_LABELS[status] ?? 'alarmActiveUnack');

/** The name of a sensor kind (`properties.kind`); unknown kinds keep their code. */
export const sensorKindLabel = named(SENSOR_KIND_LABELS);

/** The name of a case state (GB/T 30428 workflow); unknown states take the API's name. */
export const caseStateLabel = named(CASE_STATE_LABELS);

/** The name of a workflow step of a case's history. */
export const caseActionLabel = named(CASE_ACTION_LABELS);

/** The name of a role acting on a case. */
export const caseRoleLabel = named(CASE_ROLE_LABELS);

/** The name of where a case came from. */
export const caseSourceLabel = named(CASE_SOURCE_LABELS);
