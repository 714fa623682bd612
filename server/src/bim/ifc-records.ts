/**
 * Record shapes produced by reading an IFC model. All coordinates are model coordinates in
 * metres (the project length unit already applied), before any georeference.
 */

/** A reference to another IFC object by its GlobalId. */
export interface IfcObjectReference {
  globalId: string;
  name: string | null;
  ifcClass: string;
}

/** The storey that contains an element, with its elevation in metres. */
export interface IfcStoreyReference {
  globalId: string;
  name: string | null;
  elevation: number | null;
}

/** One classification reference (IfcClassificationReference). */
export interface IfcClassificationRecord {
  system: string | null;
  code: string | null;
  name: string | null;
}

/** A property value as read from IFC: single, enumerated, list, bounded or table values. */
export type IfcPropertyValue =
  | string
  | number
  | boolean
  | null
  | IfcPropertyValue[]
  | { lower: IfcPropertyValue; upper: IfcPropertyValue; set?: IfcPropertyValue }
  | { defining: IfcPropertyValue[]; defined: IfcPropertyValue[] }
  | { [name: string]: IfcPropertyValue };

/** One record per IfcProduct with a GlobalId, plus IfcSpace and IfcZone. */
export interface IfcElementRecord {
  expressId: number;
  globalId: string;
  /** Canonical class name, e.g. `IfcWall`. */
  ifcClass: string;
  predefinedType: string | null;
  name: string | null;
  description: string | null;
  objectType: string | null;
  /** The element's own simple attributes (OverallWidth, NumberOfRisers, LongName, ...), SI units. */
  attributes: Record<string, IfcPropertyValue>;
  typeObject: IfcObjectReference | null;
  storey: IfcStoreyReference | null;
  /** From IfcProject down to the immediate spatial container (or aggregate parent). */
  spatialPath: IfcObjectReference[];
  /** Type sets merged first, occurrence sets override them property by property. */
  propertySets: Record<string, Record<string, IfcPropertyValue>>;
  /** Names of the property sets that came (at least in part) from the type object. */
  typePropertySets: string[];
  quantitySets: Record<string, Record<string, number>>;
  materials: string[];
  classifications: IfcClassificationRecord[];
  /** `[minX, minY, minZ, maxX, maxY, maxZ]` in model metres, or null without geometry. */
  bbox: [number, number, number, number, number, number] | null;
  /** IfcZone only: GlobalIds of its member spaces (IfcRelAssignsToGroup). */
  zoneSpaces?: string[];
  /** IfcSpace only: area (m²) and volume (m³) quantities found on it. */
  spaceQuantities?: { netFloorArea?: number; grossFloorArea?: number; netVolume?: number; grossVolume?: number };
}

/** A coloured part of an element mesh: a contiguous range of `indices`. */
export interface IfcMeshPart {
  indexStart: number;
  indexCount: number;
  /** RGBA, 0..1. */
  color: [number, number, number, number];
}

/** All triangles of one element in model metres (one mesh may hold several coloured parts). */
export interface IfcElementMesh {
  expressId: number;
  globalId: string | null;
  /** xyz per vertex. */
  positions: Float32Array;
  /** xyz per vertex, unit length. */
  normals: Float32Array;
  indices: Uint32Array;
  parts: IfcMeshPart[];
}

/** One storey in the summary. */
export interface IfcStoreySummary {
  globalId: string;
  name: string | null;
  elevation: number | null;
  elementCount: number;
}

/** Raw georeferencing data found in the file, for {@link resolveGeoreference}. */
export interface IfcGeoreferenceInput {
  /** Metres per project length unit. */
  lengthUnitScale: number;
  mapConversion?: {
    crsName: string | null;
    eastings: number;
    northings: number;
    orthogonalHeight: number;
    xAxisAbscissa: number | null;
    xAxisOrdinate: number | null;
    scale: number | null;
    /** Metres per map unit (IfcProjectedCRS.MapUnit), or null when the file gives none. */
    mapUnitScale: number | null;
  };
  site?: {
    /** IfcCompoundPlaneAngleMeasure: degrees, minutes, seconds, millionths of a second. */
    refLatitude: number[] | null;
    refLongitude: number[] | null;
    /** In project length units. */
    refElevation: number | null;
  };
  /** TrueNorth of the model context as an XY direction in model coordinates. */
  trueNorth?: [number, number];
}

/** Facts about the whole model. */
export interface IfcModelSummary {
  schema: string;
  /** Name of the project length unit, e.g. `MILLI METRE` or `FOOT`. */
  lengthUnit: string;
  /** Metres per project length unit. */
  lengthUnitScale: number;
  elementsPerClass: Record<string, number>;
  storeys: IfcStoreySummary[];
  elementCount: number;
  meshCount: number;
  triangleCount: number;
  georeferenceInput: IfcGeoreferenceInput;
}

/** Everything {@link convertIfc} returns. */
export interface IfcConversion {
  /** Element records with their bounding boxes (empty when they were streamed to a callback). */
  elements: IfcElementRecord[];
  /** Mesh bounds by express id, model metres. */
  bounds: Map<number, [number, number, number, number, number, number]>;
  meshes: IfcElementMesh[];
  summary: IfcModelSummary;
}
