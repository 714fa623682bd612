// Pipe network analyses on a placed network: clearances against GB 50289-2016 (净距分析),
// cross-sections (横断面) and longitudinal profiles (纵断面) with their SVG drawings, and
// excavation impact (开挖影响分析). Pure code: arrays in, results out.

// Shared spatial index
export { indexPlacedLinks } from './placed-link-index.ts';
export type { LinkPiece, PlacedLinkIndex } from './placed-link-index.ts';
export type { PlanPoint } from './segment-geometry.ts';

// Clearances (净距)
export { checkClearances, pairType } from './clearance.ts';
export type { ClearanceOptions, ClearanceViolation, ClearanceSummary, ClearanceResult } from './clearance.ts';
export { findClearanceRequirement, sideFits } from './clearance-requirement.ts';
export type { ClearanceKind, ClearanceRequirement } from './clearance-requirement.ts';
export { clearanceSubject } from './clearance-subject.ts';
export type { ClearanceSubject } from './clearance-subject.ts';

// Cross-sections and profiles
export { crossSection } from './cross-section.ts';
export type { CrossSectionOptions, SectionPipe, SectionClearance, CrossSection } from './cross-section.ts';
export { longitudinalProfile } from './longitudinal-profile.ts';
export type { LongitudinalProfileOptions, ProfileCrossingSource, ProfileStation, ProfileLink, ProfileNode, ProfileCrossing, LongitudinalProfile } from './longitudinal-profile.ts';
export type { ProfilePath } from './profile-path.ts';
export type { GroundPoint } from './section-ground.ts';

// Drawings
export { crossSectionSvg, crossSectionFrame } from './cross-section-svg.ts';
export type { CrossSectionSvgOptions } from './cross-section-svg.ts';
export { profileSvg, profileFrame } from './profile-svg.ts';
export type { ProfileSvgOptions } from './profile-svg.ts';
export type { DrawingLanguage, PlotFrame } from './svg-drawing.ts';

// Excavation impact (开挖影响)
export { excavationImpact, EXCAVATION_DEFAULTS } from './excavation-impact.ts';
export type { ExcavationOptions, ExcavatedLink, ExcavatedPoint, ExcavationSummary, ExcavationImpact } from './excavation-impact.ts';
