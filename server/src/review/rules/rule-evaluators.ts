import type { RuleKind } from '@cimtwin/schemas';
import type { RuleEvaluator } from './lib/rule-context.ts';
import { evaluateBuildingHeight } from './evaluators/evaluate-building-height.ts';
import { evaluateCorridorWidth } from './evaluators/evaluate-corridor-width.ts';
import { evaluateDwellingDoorOpening } from './evaluators/evaluate-dwelling-door-opening.ts';
import { evaluateEvacuationDistance } from './evaluators/evaluate-evacuation-distance.ts';
import { evaluateEvacuationStairWidth } from './evaluators/evaluate-evacuation-stair-width.ts';
import { evaluateExitCount } from './evaluators/evaluate-exit-count.ts';
import { evaluateExitDoorWidth } from './evaluators/evaluate-exit-door-width.ts';
import { evaluateFireCompartmentArea } from './evaluators/evaluate-fire-compartment-area.ts';
import { evaluateFloorAreaRatio } from './evaluators/evaluate-floor-area-ratio.ts';
import { evaluateGuardHeight, evaluateStairHandrailHeight } from './evaluators/evaluate-railing-height.ts';
import { evaluateRoomArea } from './evaluators/evaluate-room-area.ts';
import { evaluateBoundarySetback, evaluateRedLineSetback } from './evaluators/evaluate-setback.ts';
import { evaluateSiteCoverage } from './evaluators/evaluate-site-coverage.ts';
import { evaluateStairFlightRisers } from './evaluators/evaluate-stair-flight-risers.ts';
import { evaluateStairStepDimensions } from './evaluators/evaluate-stair-step-dimensions.ts';

/** The evaluator of each rule kind; a pack rule names its kind, this picks the code. */
export const RULE_EVALUATORS: Readonly<Record<RuleKind, RuleEvaluator>> = Object.freeze({
  'building-height': evaluateBuildingHeight,
  'floor-area-ratio': evaluateFloorAreaRatio,
  'site-coverage': evaluateSiteCoverage,
  'boundary-setback': evaluateBoundarySetback,
  'red-line-setback': evaluateRedLineSetback,
  'fire-compartment-area': evaluateFireCompartmentArea,
  'exit-door-width': evaluateExitDoorWidth,
  'corridor-width': evaluateCorridorWidth,
  'evacuation-stair-width': evaluateEvacuationStairWidth,
  'exit-count': evaluateExitCount,
  'evacuation-distance': evaluateEvacuationDistance,
  'stair-flight-risers': evaluateStairFlightRisers,
  'stair-step-dimensions': evaluateStairStepDimensions,
  'guard-height': evaluateGuardHeight,
  'stair-handrail-height': evaluateStairHandrailHeight,
  'room-area': evaluateRoomArea,
  'dwelling-door-opening': evaluateDwellingDoorOpening,
});
