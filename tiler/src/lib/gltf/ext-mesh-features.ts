/**
 * The EXT_mesh_features glTF extension for glTF-Transform: reads and writes the per-primitive
 * `featureIds` array. Only attribute-based (and implicit) feature ids are supported; feature id
 * textures are rejected on read because the tiler never writes them.
 */
import { Extension, type ReaderContext, type WriterContext } from '@gltf-transform/core';
import { DataError } from '../../data-error.ts';
import { EXT_MESH_FEATURES, FeatureId, MeshFeatures } from './mesh-features.ts';

interface FeatureIdDef {
  featureCount: number;
  attribute?: number;
  propertyTable?: number;
  nullFeatureId?: number;
  label?: string;
  texture?: unknown;
}

interface MeshFeaturesDef {
  featureIds: FeatureIdDef[];
}

/** glTF-Transform extension class for EXT_mesh_features. */
export class ExtMeshFeatures extends Extension {
  public static override EXTENSION_NAME: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;
  public override readonly extensionName: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;

  /** Creates an (unattached) primitive-level EXT_mesh_features object. */
  createMeshFeatures(): MeshFeatures {
    return new MeshFeatures(this.document.getGraph());
  }

  /** Creates a feature id set to add to a {@link MeshFeatures}. */
  createFeatureId(): FeatureId {
    return new FeatureId(this.document.getGraph());
  }

  /** @hidden */
  read(context: ReaderContext): this {
    const meshDefs = context.jsonDoc.json.meshes ?? [];
    meshDefs.forEach((meshDef, meshIndex) => {
      const primitives = context.meshes[meshIndex].listPrimitives();
      meshDef.primitives.forEach((primitiveDef, primitiveIndex) => {
        const def = primitiveDef.extensions?.[EXT_MESH_FEATURES] as MeshFeaturesDef | undefined;
        if (!def) return;
        const meshFeatures = this.createMeshFeatures();
        for (const featureIdDef of def.featureIds ?? []) {
          if (featureIdDef.texture !== undefined) {
            throw new DataError(`${EXT_MESH_FEATURES}: feature id textures are not supported`);
          }
          const featureId = this.createFeatureId()
            .setFeatureCount(featureIdDef.featureCount)
            .setAttribute(featureIdDef.attribute ?? null)
            .setPropertyTable(featureIdDef.propertyTable ?? null)
            .setNullFeatureId(featureIdDef.nullFeatureId ?? null)
            .setLabel(featureIdDef.label ?? null);
          meshFeatures.addFeatureId(featureId);
        }
        primitives[primitiveIndex].setExtension(EXT_MESH_FEATURES, meshFeatures);
      });
    });
    return this;
  }

  /** @hidden */
  write(context: WriterContext): this {
    const meshDefs = context.jsonDoc.json.meshes ?? [];
    for (const mesh of this.document.getRoot().listMeshes()) {
      const meshIndex = context.meshIndexMap.get(mesh);
      if (meshIndex === undefined) continue;
      mesh.listPrimitives().forEach((primitive, primitiveIndex) => {
        const meshFeatures = primitive.getExtension<MeshFeatures>(EXT_MESH_FEATURES);
        if (!meshFeatures) return;
        const primitiveDef = meshDefs[meshIndex].primitives[primitiveIndex];
        const featureIds = meshFeatures.listFeatureIds().map((featureId) => writeFeatureId(featureId));
        primitiveDef.extensions = { ...primitiveDef.extensions, [EXT_MESH_FEATURES]: { featureIds } };
      });
    }
    return this;
  }
}

/** Optional fields are left out of the JSON rather than written as null. */
function writeFeatureId(featureId: FeatureId): FeatureIdDef {
  const def: FeatureIdDef = { featureCount: featureId.getFeatureCount() };
  const attribute = featureId.getAttribute();
  if (attribute !== null) def.attribute = attribute;
  const propertyTable = featureId.getPropertyTable();
  if (propertyTable !== null) def.propertyTable = propertyTable;
  const nullFeatureId = featureId.getNullFeatureId();
  if (nullFeatureId !== null) def.nullFeatureId = nullFeatureId;
  const label = featureId.getLabel();
  if (label !== null) def.label = label;
  return def;
}
