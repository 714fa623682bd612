/**
 * Turns the loaded elements of one building-model tile into glTF-ready content: checks each
 * part, moves it relative to the tile centre, fills in normals where the source has none, merges
 * parts of equal colour into one primitive per material and collects the property-table rows.
 * Feature id i on a vertex is row i, in the order elements were accepted.
 *
 * A part with broken data (indices out of range, non-finite positions) is dropped on its own;
 * the element is skipped only when none of its parts is usable, so one bad IFC representation
 * does not hide a whole wall.
 */
import { DataError } from '../../data-error.ts';
import type { ElementMesh, ElementMeshPart } from '../../element-mesh-source.ts';
import type { TileContent } from '../gltf/build-tile-document.ts';
import { encodePropertyTable, type PropertyRow } from '../gltf/property-table.ts';
import type { MetadataSchema } from '../gltf/structural-metadata.ts';
import { colorMaterial, type TileMaterial } from '../gltf/tile-material.ts';
import { computeVertexNormals, normalizeVectors } from '../mesh/compute-vertex-normals.ts';
import { MeshAccumulator } from './mesh-accumulator.ts';

/** The metadata class the rows of every tile conform to. */
export interface ElementTableSettings {
  schema: MetadataSchema;
  className: string;
}

/** A tile's content plus what went into it. */
export interface BuiltElementTile {
  /** Undefined when every element was skipped. */
  content?: TileContent;
  /** z-up bounds of the meshes in the model frame: min x, y, z, max x, y, z. */
  bounds: Float64Array;
  elementsTiled: number;
  vertices: number;
  triangles: number;
}

/** Hears about every element left out, and every broken part dropped from a drawn element. */
export interface ElementSkipListener {
  element(elementId: number, reason: string): void;
  part(elementId: number, reason: string): void;
}

/** Builds one tile; `centre` is the tile origin in the model frame (z-up). */
export function buildElementTileContent(
  elements: readonly ElementMesh[],
  centre: readonly [number, number, number],
  table: ElementTableSettings,
  onSkip: ElementSkipListener,
): BuiltElementTile {
  const groups = new Map<string, { material: TileMaterial; accumulator: MeshAccumulator }>();
  const rows: PropertyRow[] = [];
  for (const element of elements) {
    if (!Number.isInteger(element.id) || element.id < 0 || element.id > 0xffffffff) {
      throw new DataError(`tile-meshes: element id ${element.id} is not an integer in 0..4294967295; ids are stored as UINT32`);
    }
    const row = rows.length;
    const problems: string[] = [];
    let accepted = 0;
    for (const part of element.parts ?? []) {
      const problem = checkPart(part);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const material = colorMaterial(part.color);
      let group = groups.get(material.name);
      if (!group) {
        group = { material, accumulator: new MeshAccumulator() };
        groups.set(material.name, group);
      }
      group.accumulator.append(relativePart(part, centre, row));
      accepted++;
    }
    if (accepted === 0) {
      onSkip.element(element.id, problems.find((problem) => problem !== 'no geometry') ?? 'no geometry');
      continue;
    }
    // Empty parts of a drawn element lose nothing, so only broken ones are reported.
    for (const problem of problems) if (problem !== 'no geometry') onSkip.part(element.id, problem);
    rows.push({ ...element.properties, id: element.id });
  }

  const bounds = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
  if (rows.length === 0) return { bounds, elementsTiled: 0, vertices: 0, triangles: 0 };
  let vertices = 0;
  let triangles = 0;
  // Opaque primitives first: viewers that draw in primitive order then blend over finished walls.
  const sorted = Array.from(groups.values()).sort(
    (a, b) => Number(a.material.alphaMode === 'BLEND') - Number(b.material.alphaMode === 'BLEND'),
  );
  const primitives = sorted.map(({ material, accumulator }) => {
    vertices += accumulator.vertexCount;
    triangles += accumulator.indexCount / 3;
    for (let k = 0; k < 3; k++) {
      bounds[k] = Math.min(bounds[k], accumulator.bounds[k] + centre[k]);
      bounds[k + 3] = Math.max(bounds[k + 3], accumulator.bounds[k + 3] + centre[k]);
    }
    return { material, featureCount: accumulator.featureCount, ...accumulator.toArrays() };
  });
  return {
    content: {
      translation: [centre[0], centre[2], -centre[1]],
      primitives,
      table: encodePropertyTable(table.schema, table.className, rows, 'elements'),
    },
    bounds,
    elementsTiled: rows.length,
    vertices,
    triangles,
  };
}

/** Why a part cannot be used, or undefined when it can. */
export function checkPart(part: ElementMeshPart): string | undefined {
  const { positions, indices } = part;
  if (!positions || !indices || positions.length === 0 || indices.length === 0) return 'no geometry';
  if (positions.length % 3 !== 0) return 'bad positions';
  if (indices.length % 3 !== 0) return 'bad indices';
  const vertexCount = positions.length / 3;
  for (let i = 0; i < indices.length; i++) {
    if (!(indices[i] < vertexCount)) return 'bad indices';
  }
  for (let i = 0; i < positions.length; i++) {
    if (!Number.isFinite(positions[i])) return 'non-finite positions';
  }
  return undefined;
}

/** The part as a z-up mesh relative to `centre`, with unit normals and its row as feature id. */
function relativePart(part: ElementMeshPart, centre: readonly [number, number, number], row: number) {
  const { positions: source, indices } = part;
  const positions = new Float32Array(source.length);
  for (let i = 0; i < source.length; i += 3) {
    positions[i] = source[i] - centre[0];
    positions[i + 1] = source[i + 1] - centre[1];
    positions[i + 2] = source[i + 2] - centre[2];
  }
  const normals =
    part.normals && part.normals.length === source.length ? normalizeVectors(part.normals) : computeVertexNormals(source, indices);
  return { positions, normals, featureIds: new Float32Array(source.length / 3).fill(row), indices };
}
