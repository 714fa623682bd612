/**
 * The EXT_structural_metadata glTF extension for glTF-Transform, limited to what 3D Tiles feature
 * metadata needs: an embedded schema and binary property tables. Property attributes, property
 * textures and external `schemaUri`s are rejected on read.
 *
 * Writing: `prewrite(BUFFER)` hands every column array, zero-padded to 8 bytes, to the writer via
 * `otherBufferViews` (as EXT_meshopt_compression does); `write()` aligns those views to 8 bytes,
 * trims each view's byteLength back to the real data length and emits the JSON with the view
 * indices from `otherBufferViewsIndexMap`.
 */
import { Extension, PropertyType, type ReaderContext, type WriterContext } from '@gltf-transform/core';
import { DataError } from '../../data-error.ts';
import { alignExtensionBufferViews, padToAlignment } from './align-extension-buffer-views.ts';
import {
  EXT_STRUCTURAL_METADATA,
  type MetadataOffsetType,
  type MetadataSchema,
  PropertyTable,
  PropertyTableProperty,
  StructuralMetadata,
} from './structural-metadata.ts';

interface PropertyTablePropertyDef {
  values: number;
  stringOffsets?: number;
  stringOffsetType?: MetadataOffsetType;
  arrayOffsets?: number;
  arrayOffsetType?: MetadataOffsetType;
}

interface PropertyTableDef {
  name?: string;
  class: string;
  count: number;
  properties?: Record<string, PropertyTablePropertyDef>;
}

interface StructuralMetadataDef {
  schema?: MetadataSchema;
  schemaUri?: string;
  propertyTables?: PropertyTableDef[];
  propertyTextures?: unknown[];
  propertyAttributes?: unknown[];
}

/** glTF-Transform extension class for EXT_structural_metadata (schema + property tables). */
export class ExtStructuralMetadata extends Extension {
  public static override EXTENSION_NAME: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  public override readonly extensionName: typeof EXT_STRUCTURAL_METADATA = EXT_STRUCTURAL_METADATA;
  public override readonly prewriteTypes: PropertyType[] = [PropertyType.BUFFER];

  /** Padded copies handed to the writer, by original array; valid during one write. */
  private pendingChunks = new Map<Uint8Array, Uint8Array>();

  /** Creates the asset-level object; attach it with `root.setExtension(...)`. */
  createStructuralMetadata(): StructuralMetadata {
    return new StructuralMetadata(this.document.getGraph());
  }

  /** Creates a property table. */
  createPropertyTable(): PropertyTable {
    return new PropertyTable(this.document.getGraph());
  }

  /** Creates a property table column. */
  createPropertyTableProperty(): PropertyTableProperty {
    return new PropertyTableProperty(this.document.getGraph());
  }

  /** @hidden */
  read(context: ReaderContext): this {
    const def = context.jsonDoc.json.extensions?.[EXT_STRUCTURAL_METADATA] as StructuralMetadataDef | undefined;
    if (!def) return this;
    if (def.schemaUri !== undefined) {
      throw new DataError(`${EXT_STRUCTURAL_METADATA}: external schemaUri is not supported; embed the schema`);
    }
    if (def.propertyTextures?.length || def.propertyAttributes?.length) {
      throw new DataError(`${EXT_STRUCTURAL_METADATA}: property textures and attributes are not supported`);
    }
    const metadata = this.createStructuralMetadata().setSchema(def.schema ?? null);
    for (const tableDef of def.propertyTables ?? []) {
      const table = this.createPropertyTable()
        .setName(tableDef.name ?? '')
        .setClass(tableDef.class)
        .setCount(tableDef.count);
      for (const [id, propertyDef] of Object.entries(tableDef.properties ?? {})) {
        const property = this.createPropertyTableProperty().setValues(context.bufferViews[propertyDef.values]);
        if (propertyDef.stringOffsets !== undefined) {
          property.setStringOffsets(context.bufferViews[propertyDef.stringOffsets], propertyDef.stringOffsetType ?? 'UINT32');
        }
        if (propertyDef.arrayOffsets !== undefined) {
          property.setArrayOffsets(context.bufferViews[propertyDef.arrayOffsets], propertyDef.arrayOffsetType ?? 'UINT32');
        }
        table.setProperty(id, property);
      }
      metadata.addPropertyTable(table);
    }
    this.document.getRoot().setExtension(EXT_STRUCTURAL_METADATA, metadata);
    return this;
  }

  /** @hidden */
  override prewrite(context: WriterContext, propertyType: PropertyType): this {
    if (propertyType !== PropertyType.BUFFER) return this;
    this.pendingChunks.clear();
    const metadata = this.document.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
    if (!metadata) return this;
    const buffer = this.document.getRoot().listBuffers()[0];
    if (!buffer) throw new Error(`${EXT_STRUCTURAL_METADATA}: the document needs a buffer for property tables`);
    const chunks = context.otherBufferViews.get(buffer) ?? [];
    const add = (data: Uint8Array | null): void => {
      if (!data || this.pendingChunks.has(data)) return;
      const padded = padToAlignment(data, 8);
      this.pendingChunks.set(data, padded);
      chunks.push(padded);
    };
    for (const table of metadata.listPropertyTables()) {
      for (const id of table.listPropertyIds()) {
        const property = table.getProperty(id)!;
        add(property.getValues());
        add(property.getStringOffsets());
        add(property.getArrayOffsets());
      }
    }
    context.otherBufferViews.set(buffer, chunks);
    return this;
  }

  /** @hidden */
  write(context: WriterContext): this {
    const metadata = this.document.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
    if (!metadata) return this;
    alignExtensionBufferViews(context, Array.from(this.pendingChunks.values()), 8);
    const bufferViews = context.jsonDoc.json.bufferViews ?? [];
    const viewIndex = (data: Uint8Array): number => {
      const padded = this.pendingChunks.get(data);
      const index = padded && context.otherBufferViewsIndexMap.get(padded);
      if (index === undefined) throw new Error(`${EXT_STRUCTURAL_METADATA}: property data was not written`);
      // glTF forbids empty buffer views; an all-empty string column keeps one zero byte.
      bufferViews[index].byteLength = Math.max(data.byteLength, 1);
      return index;
    };

    const def: StructuralMetadataDef = {};
    const schema = metadata.getSchema();
    if (schema) def.schema = schema;
    def.propertyTables = metadata.listPropertyTables().map((table) => {
      const tableDef: PropertyTableDef = { class: table.getClass(), count: table.getCount() };
      if (table.getName()) tableDef.name = table.getName();
      const properties: Record<string, PropertyTablePropertyDef> = {};
      for (const id of table.listPropertyIds()) {
        const property = table.getProperty(id)!;
        const propertyDef: PropertyTablePropertyDef = { values: viewIndex(property.getValues()) };
        const stringOffsets = property.getStringOffsets();
        if (stringOffsets) {
          propertyDef.stringOffsets = viewIndex(stringOffsets);
          propertyDef.stringOffsetType = property.getStringOffsetType();
        }
        const arrayOffsets = property.getArrayOffsets();
        if (arrayOffsets) {
          propertyDef.arrayOffsets = viewIndex(arrayOffsets);
          propertyDef.arrayOffsetType = property.getArrayOffsetType();
        }
        properties[id] = propertyDef;
      }
      tableDef.properties = properties;
      return tableDef;
    });
    if (def.propertyTables.length === 0) delete def.propertyTables;
    const json = context.jsonDoc.json;
    json.extensions = { ...json.extensions, [EXT_STRUCTURAL_METADATA]: def };
    this.pendingChunks.clear();
    return this;
  }
}
