/**
 * Properties of the EXT_structural_metadata glTF extension: the asset-level
 * {@link StructuralMetadata} holds a metadata schema (plain JSON) and {@link PropertyTable}s whose
 * columns ({@link PropertyTableProperty}) keep their binary arrays until the asset is written.
 */
import { ExtensionProperty, type IProperty, type Nullable, PropertyType, RefList, RefMap } from '@gltf-transform/core';

/** Extension name of EXT_structural_metadata. */
export const EXT_STRUCTURAL_METADATA = 'EXT_structural_metadata';

/** Element type of a metadata class property (3D Metadata Specification). */
export type MetadataType =
  | 'SCALAR' | 'VEC2' | 'VEC3' | 'VEC4' | 'MAT2' | 'MAT3' | 'MAT4' | 'STRING' | 'BOOLEAN' | 'ENUM';

/** Numeric component type of a metadata class property. */
export type MetadataComponentType =
  | 'INT8' | 'UINT8' | 'INT16' | 'UINT16' | 'INT32' | 'UINT32' | 'INT64' | 'UINT64' | 'FLOAT32' | 'FLOAT64';

/** Integer type of string and array offsets in a property table. */
export type MetadataOffsetType = 'UINT8' | 'UINT16' | 'UINT32' | 'UINT64';

/** A property of a metadata class. */
export type MetadataClassProperty = {
  type: MetadataType;
  componentType?: MetadataComponentType;
  enumType?: string;
  array?: boolean;
  count?: number;
  required?: boolean;
  noData?: unknown;
  name?: string;
  description?: string;
  semantic?: string;
};

/** A metadata class: named, typed properties. */
export type MetadataClass = {
  name?: string;
  description?: string;
  properties?: Record<string, MetadataClassProperty>;
};

/** A metadata schema as stored in the extension's `schema` object. */
export type MetadataSchema = {
  id: string;
  name?: string;
  description?: string;
  version?: string;
  classes?: Record<string, MetadataClass>;
  enums?: Record<string, unknown>;
};

interface IStructuralMetadata extends IProperty {
  schema: MetadataSchema | null;
  propertyTables: RefList<PropertyTable>;
}

interface IPropertyTable extends IProperty {
  class: string;
  count: number;
  properties: RefMap<PropertyTableProperty>;
}

interface IPropertyTableProperty extends IProperty {
  values: Uint8Array;
  stringOffsets: Uint8Array | null;
  stringOffsetType: MetadataOffsetType;
  arrayOffsets: Uint8Array | null;
  arrayOffsetType: MetadataOffsetType;
}

/** The asset-level EXT_structural_metadata object: schema plus property tables. */
export class StructuralMetadata extends ExtensionProperty<IStructuralMetadata> {
  public static override EXTENSION_NAME: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  declare public extensionName: typeof EXT_STRUCTURAL_METADATA;
  declare public propertyType: 'StructuralMetadata';
  declare public parentTypes: [PropertyType.ROOT];

  protected init(): void {
    this.extensionName = EXT_STRUCTURAL_METADATA;
    this.propertyType = 'StructuralMetadata';
    this.parentTypes = [PropertyType.ROOT];
  }

  protected override getDefaults(): Nullable<IStructuralMetadata> {
    return Object.assign(super.getDefaults(), { schema: null, propertyTables: new RefList<PropertyTable>() });
  }

  /** The embedded metadata schema. */
  getSchema(): MetadataSchema | null {
    return this.get('schema');
  }
  /** Sets the embedded metadata schema. */
  setSchema(schema: MetadataSchema | null): this {
    return this.set('schema', schema);
  }
  /** Property tables, in the order of the glTF `propertyTables` array. */
  listPropertyTables(): PropertyTable[] {
    return this.listRefs('propertyTables');
  }
  /** Appends a property table; its index is its position in {@link listPropertyTables}. */
  addPropertyTable(table: PropertyTable): this {
    return this.addRef('propertyTables', table);
  }
}

/** A property table: `count` rows of the schema class `class`, stored column by column. */
export class PropertyTable extends ExtensionProperty<IPropertyTable> {
  public static override EXTENSION_NAME: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  declare public extensionName: typeof EXT_STRUCTURAL_METADATA;
  declare public propertyType: 'PropertyTable';
  declare public parentTypes: ['StructuralMetadata'];

  protected init(): void {
    this.extensionName = EXT_STRUCTURAL_METADATA;
    this.propertyType = 'PropertyTable';
    this.parentTypes = ['StructuralMetadata'];
  }

  protected override getDefaults(): Nullable<IPropertyTable> {
    return Object.assign(super.getDefaults(), {
      class: '',
      count: 0,
      properties: new RefMap<PropertyTableProperty>(),
    });
  }

  /** Id of the schema class the rows conform to. */
  getClass(): string {
    return this.get('class');
  }
  /** Sets the schema class id. */
  setClass(className: string): this {
    return this.set('class', className);
  }
  /** Number of rows. */
  getCount(): number {
    return this.get('count');
  }
  /** Sets the number of rows. */
  setCount(count: number): this {
    return this.set('count', count);
  }
  /** Column of a class property, or null when the table leaves it out. */
  getProperty(id: string): PropertyTableProperty | null {
    return this.getRefMap('properties', id);
  }
  /** Sets (or with null removes) the column of a class property. */
  setProperty(id: string, property: PropertyTableProperty | null): this {
    return this.setRefMap('properties', id, property);
  }
  /** Ids of the class properties that have a column. */
  listPropertyIds(): string[] {
    return this.listRefMapKeys('properties');
  }
}

/** One column of a property table: its values, and offsets for strings and variable arrays. */
export class PropertyTableProperty extends ExtensionProperty<IPropertyTableProperty> {
  public static override EXTENSION_NAME: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  declare public extensionName: typeof EXT_STRUCTURAL_METADATA;
  declare public propertyType: 'PropertyTableProperty';
  declare public parentTypes: ['PropertyTable'];

  protected init(): void {
    this.extensionName = EXT_STRUCTURAL_METADATA;
    this.propertyType = 'PropertyTableProperty';
    this.parentTypes = ['PropertyTable'];
  }

  protected override getDefaults(): Nullable<IPropertyTableProperty> {
    return Object.assign(super.getDefaults(), {
      values: new Uint8Array(0),
      stringOffsets: null,
      stringOffsetType: 'UINT32' as MetadataOffsetType,
      arrayOffsets: null,
      arrayOffsetType: 'UINT32' as MetadataOffsetType,
    });
  }

  /** Little-endian value bytes (UTF-8 bytes for strings). */
  getValues(): Uint8Array {
    return this.get('values');
  }
  /** Sets the value bytes. */
  setValues(values: Uint8Array): this {
    return this.set('values', values);
  }
  /** String byte offsets (count + 1 of them), for STRING properties. */
  getStringOffsets(): Uint8Array | null {
    return this.get('stringOffsets');
  }
  /** Sets the string byte offsets and their integer type. */
  setStringOffsets(offsets: Uint8Array | null, type: MetadataOffsetType = 'UINT32'): this {
    return this.set('stringOffsets', offsets).set('stringOffsetType', type);
  }
  /** Integer type of the string offsets. */
  getStringOffsetType(): MetadataOffsetType {
    return this.get('stringOffsetType');
  }
  /** Array element offsets (count + 1 of them), for variable-length arrays. */
  getArrayOffsets(): Uint8Array | null {
    return this.get('arrayOffsets');
  }
  /** Sets the array element offsets and their integer type. */
  setArrayOffsets(offsets: Uint8Array | null, type: MetadataOffsetType = 'UINT32'): this {
    return this.set('arrayOffsets', offsets).set('arrayOffsetType', type);
  }
  /** Integer type of the array offsets. */
  getArrayOffsetType(): MetadataOffsetType {
    return this.get('arrayOffsetType');
  }
}
