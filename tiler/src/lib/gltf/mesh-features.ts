/**
 * Properties of the EXT_mesh_features glTF extension: a primitive's {@link MeshFeatures} lists
 * {@link FeatureId} sets, each telling which vertex attribute holds feature ids and which
 * EXT_structural_metadata property table rows they index.
 */
import { ExtensionProperty, type IProperty, type Nullable, PropertyType, RefList } from '@gltf-transform/core';

/** Extension name of EXT_mesh_features. */
export const EXT_MESH_FEATURES = 'EXT_mesh_features';

interface IFeatureId extends IProperty {
  featureCount: number;
  attribute: number | null;
  propertyTable: number | null;
  nullFeatureId: number | null;
  label: string | null;
}

interface IMeshFeatures extends IProperty {
  featureIds: RefList<FeatureId>;
}

/**
 * One feature id set: `featureCount` distinct features identified by the vertex attribute
 * `_FEATURE_ID_{attribute}`. `propertyTable` is an index into the asset's EXT_structural_metadata
 * property tables (an index rather than a reference, since the two extensions are independent).
 */
export class FeatureId extends ExtensionProperty<IFeatureId> {
  public static override EXTENSION_NAME: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;
  declare public extensionName: typeof EXT_MESH_FEATURES;
  declare public propertyType: 'FeatureId';
  declare public parentTypes: ['MeshFeatures'];

  protected init(): void {
    this.extensionName = EXT_MESH_FEATURES;
    this.propertyType = 'FeatureId';
    this.parentTypes = ['MeshFeatures'];
  }

  protected override getDefaults(): Nullable<IFeatureId> {
    return Object.assign(super.getDefaults(), {
      featureCount: 0,
      attribute: null,
      propertyTable: null,
      nullFeatureId: null,
      label: null,
    });
  }

  /** Number of distinct features in the primitive. */
  getFeatureCount(): number {
    return this.get('featureCount');
  }
  /** Sets the number of distinct features in the primitive. */
  setFeatureCount(count: number): this {
    return this.set('featureCount', count);
  }
  /** N of the `_FEATURE_ID_N` attribute, or null for implicit ids (vertex index). */
  getAttribute(): number | null {
    return this.get('attribute');
  }
  /** Sets N of the `_FEATURE_ID_N` attribute. */
  setAttribute(attribute: number | null): this {
    return this.set('attribute', attribute);
  }
  /** Index of the EXT_structural_metadata property table the ids index, or null. */
  getPropertyTable(): number | null {
    return this.get('propertyTable');
  }
  /** Sets the index of the EXT_structural_metadata property table. */
  setPropertyTable(propertyTable: number | null): this {
    return this.set('propertyTable', propertyTable);
  }
  /** Id value meaning "no feature", or null. */
  getNullFeatureId(): number | null {
    return this.get('nullFeatureId');
  }
  /** Sets the id value meaning "no feature". */
  setNullFeatureId(nullFeatureId: number | null): this {
    return this.set('nullFeatureId', nullFeatureId);
  }
  /** Optional label of the set. */
  getLabel(): string | null {
    return this.get('label');
  }
  /** Sets the label of the set. */
  setLabel(label: string | null): this {
    return this.set('label', label);
  }
}

/** The EXT_mesh_features object of one primitive. */
export class MeshFeatures extends ExtensionProperty<IMeshFeatures> {
  public static override EXTENSION_NAME: typeof EXT_MESH_FEATURES = EXT_MESH_FEATURES;
  declare public extensionName: typeof EXT_MESH_FEATURES;
  declare public propertyType: 'MeshFeatures';
  declare public parentTypes: [PropertyType.PRIMITIVE];

  protected init(): void {
    this.extensionName = EXT_MESH_FEATURES;
    this.propertyType = 'MeshFeatures';
    this.parentTypes = [PropertyType.PRIMITIVE];
  }

  protected override getDefaults(): Nullable<IMeshFeatures> {
    return Object.assign(super.getDefaults(), { featureIds: new RefList<FeatureId>() });
  }

  /** Feature id sets, in the order of the glTF `featureIds` array. */
  listFeatureIds(): FeatureId[] {
    return this.listRefs('featureIds');
  }
  /** Appends a feature id set. */
  addFeatureId(featureId: FeatureId): this {
    return this.addRef('featureIds', featureId);
  }
  /** Removes a feature id set. */
  removeFeatureId(featureId: FeatureId): this {
    return this.removeRef('featureIds', featureId);
  }
}
