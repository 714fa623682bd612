// Public surface of @cimtwin/viewer for pages that embed the twin viewer.

// Starting the viewer
export { startViewer } from './start-viewer.ts';
export { readViewerSettings, VIEWER_SETTINGS_DEFAULTS } from './lib/config/viewer-settings.ts';
export type { RenderMode, ViewerSettings } from './lib/config/viewer-settings.ts';

// Page API (window.cimtwin)
export type { CimtwinPageApi, FlyToTarget, PickResult, ReviewRunInput, ViewportPosition } from './page-api.ts';
export type { ReviewSummary } from './lib/review/review-summary.ts';
export type { ReviewCheck, ReviewDocument, ReviewElementStatus, ReviewFinding, ReviewReport } from './lib/api/review-types.ts';
export type { BimModelStatus, BimModelSummary } from './lib/bim/bim-model-state.ts';
export type { BimElementKey } from './lib/bim/pick-bim-element.ts';
export type { BimElement, BimModel, BimTreeNode } from './lib/api/bim-types.ts';
export type { AddressBuilding, AddressElements, AddressLevel, AddressSuggestion, StandardAddress } from './lib/api/address-types.ts';
export type { LayerStatus, LayerSummary } from './lib/layers/twin-layer.ts';
export type { FeatureKey } from './lib/picking/feature-key.ts';
export type { GeographicExtent } from './lib/view/geographic-extent.ts';
export type { GeographicPoint, ObliqueViewOptions } from './lib/view/oblique-view.ts';

// City operations (城市运行) in the page API
export type { OperationsPick, OperationsStatus } from './lib/operations/operations-twin.ts';
export type { SensorChartSummary, SensorSummary } from './lib/operations/sensor-twin.ts';
export type { CaseSummary } from './lib/operations/case-twin.ts';
export type { OperationsLayerId } from './lib/ui/operations-layer-group.ts';
export type { CaseDetailState } from './lib/ui/case-detail-view.ts';
export type { Alarm, AlarmSeverity, AlarmStatus, ListedAlarm } from './lib/api/alarm-types.ts';
export type { CaseHistoryStep, CaseIndicatorReport, CaseIndicators, CaseRecord, CaseState } from './lib/api/case-types.ts';
export type { SensorThingState } from './lib/api/sensor-types.ts';

// Language
export { LANGUAGES } from './lib/i18n/labels.ts';
export type { Language } from './lib/i18n/labels.ts';

// Styling
export { HEIGHT_RAMP } from './lib/layers/height-ramp.ts';
export { REVIEW_COLOURS } from './lib/review/review-colours.ts';
export { SENSOR_CONDITION_COLOURS } from './lib/operations/sensor-state-colours.ts';
export { CASE_STATE_COLOURS, OVERDUE_COLOUR } from './lib/operations/case-state-colours.ts';
export type { SensorCondition } from './lib/operations/sensor-state-colours.ts';
export type { HeightClass } from './lib/layers/height-ramp.ts';
