/**
 * IFC schema metadata (entities, inheritance, explicit attributes and their kinds, enumerations)
 * for IFC2X3, IFC4 and IFC4X3, read at run time from web-ifc's generated schema classes.
 *
 * Approach: each entity is a JS class whose constructor assigns the explicit attributes in EXPRESS
 * order, and whose prototype chain is the EXPRESS supertype chain, so names and inheritance come
 * from instantiating the class. Attribute kinds come from web-ifc's `FromRawLineData` readers,
 * whose source wraps each argument as a defined type (`new IFC4.IfcLabel(`), a reference
 * (`new Handle(` / `TypeInitialiser(`, entities and selects), an aggregate (`.map(`) or a bare
 * enumeration value. Derived and inverse attributes are absent, as IDS requires.
 * Rejected alternative: shipping a generated copy of the EXPRESS schemas (about 1 MB of data that
 * would drift from the web-ifc version that actually reads the models).
 * The unit tests pin known facts so a web-ifc upgrade that changes this layout fails loudly.
 */
import { WebIfc } from '../../../../bim/lib/web-ifc.ts';
import type { IdsIfcVersion } from '../../ids-model.ts';

/** How an attribute's value is represented. */
export type AttributeKind = 'value' | 'enumeration' | 'reference' | 'aggregate';

/** One explicit attribute of an entity. */
export interface AttributeInfo {
  name: string;
  kind: AttributeKind;
  /** Uppercase IFC defined type for `value` attributes (e.g. `IFCLABEL`); null otherwise. */
  definedType: string | null;
}

/** One entity of a schema. */
export interface EntityInfo {
  /** As spelled in the schema, e.g. `IfcWallType`. */
  name: string;
  /** Uppercase, as IDS writes it. */
  upper: string;
  /** Uppercase supertype, null for roots. */
  parent: string | null;
  attributes: AttributeInfo[];
}

type Namespace = Record<string, unknown>;

const NAMESPACES: Record<IdsIfcVersion, { ns: Namespace; raw: number; prefix: string }> = {
  IFC2X3: { ns: (WebIfc as unknown as Record<string, Namespace>).IFC2X3, raw: 1, prefix: 'IFC2X3' },
  IFC4: { ns: (WebIfc as unknown as Record<string, Namespace>).IFC4, raw: 2, prefix: 'IFC4' },
  IFC4X3_ADD2: { ns: (WebIfc as unknown as Record<string, Namespace>).IFC4X3, raw: 3, prefix: 'IFC4X3' },
};

type Constructor = new (...args: unknown[]) => Record<string, unknown>;

/** Splits the argument list of `new X(...)` at top-level commas. */
function splitArguments(source: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | null = null;
  for (const ch of source) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (ch === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

function classifyArgument(arg: string): { kind: AttributeKind; definedType: string | null } {
  if (arg.includes('.map(')) return { kind: 'aggregate', definedType: null };
  if (arg.includes('new Handle(') || arg.includes('TypeInitialiser(')) return { kind: 'reference', definedType: null };
  const defined = /new IFC[0-9X]*\.(Ifc\w+)\(/.exec(arg);
  if (defined) return { kind: 'value', definedType: defined[1].toUpperCase() };
  return { kind: 'enumeration', definedType: null };
}

/** Schema metadata for one IFC version. */
export class IfcSchemaInfo {
  readonly version: IdsIfcVersion;
  private readonly entitiesByUpper = new Map<string, EntityInfo>();
  private readonly namesByUpper = new Map<string, string>();
  private readonly ns: Namespace;

  constructor(version: IdsIfcVersion) {
    this.version = version;
    const { ns, raw, prefix } = NAMESPACES[version];
    this.ns = ns;
    const readers = (WebIfc.FromRawLineData as unknown as Record<number, Record<number, (v: unknown) => unknown>>)[raw];
    const lineObject = (WebIfc as unknown as { IfcLineObject: Constructor }).IfcLineObject;
    for (const [name, value] of Object.entries(ns)) {
      this.namesByUpper.set(name.toUpperCase(), name);
      if (typeof value !== 'function' || !(value.prototype instanceof lineObject)) continue;
      const cls = value as Constructor;
      const instance = new cls();
      const names = Object.keys(instance).filter((key) => key !== 'expressID' && key !== 'type');
      const reader = readers[instance.type as number];
      const source = reader ? reader.toString() : '';
      const open = source.indexOf(`new ${prefix}.${name}(`);
      const args = open >= 0 ? splitArguments(source.slice(open + `new ${prefix}.${name}(`.length, source.lastIndexOf(')'))) : [];
      const parentClass = Object.getPrototypeOf(cls) as { name?: string };
      const parent = parentClass && parentClass !== lineObject && parentClass.name ? parentClass.name.toUpperCase() : null;
      this.entitiesByUpper.set(name.toUpperCase(), {
        name,
        upper: name.toUpperCase(),
        parent,
        attributes: names.map((attributeName, index) => ({
          name: attributeName,
          ...(args[index] === undefined ? { kind: 'reference' as const, definedType: null } : classifyArgument(args[index])),
        })),
      });
    }
  }

  /** The entity with this (case-insensitive) name, or undefined. */
  entity(name: string): EntityInfo | undefined {
    return this.entitiesByUpper.get(name.toUpperCase());
  }

  /** All entities. */
  entities(): IterableIterator<EntityInfo> {
    return this.entitiesByUpper.values();
  }

  /** True when `name` is `ancestor` or one of its subtypes. */
  isSubtypeOf(name: string, ancestor: string): boolean {
    const target = ancestor.toUpperCase();
    for (let current = this.entity(name); current; current = current.parent ? this.entity(current.parent) : undefined) {
      if (current.upper === target) return true;
    }
    return false;
  }

  /** The explicit attribute of an entity, or undefined. */
  attribute(entity: string, attributeName: string): AttributeInfo | undefined {
    return this.entity(entity)?.attributes.find((a) => a.name === attributeName);
  }

  /** The schema's spelling of a type name (entity, defined type or enumeration), or undefined. */
  spelling(upperName: string): string | undefined {
    return this.namesByUpper.get(upperName.toUpperCase());
  }

  /** Members of an enumeration type (e.g. `IFCWALLTYPEENUM`), or null when no such enumeration. */
  enumerationValues(enumName: string): string[] | null {
    const name = this.spelling(enumName);
    if (!name || !/Enum$/.test(name)) return null;
    const cls = this.ns[name] as Record<string, { value?: string } | undefined> | undefined;
    if (!cls) return null;
    const values = Object.keys(cls).filter((key) => typeof cls[key]?.value === 'string');
    return values.length > 0 ? values : null;
  }

  /**
   * Allowed values of an entity's PredefinedType: null when the entity has no PredefinedType
   * attribute, `'any'` when the enumeration cannot be determined or allows USERDEFINED.
   */
  predefinedTypeValues(entity: string): string[] | 'any' | null {
    const info = this.entity(entity);
    if (!info || !info.attributes.some((a) => a.name === 'PredefinedType')) return null;
    for (let current: EntityInfo | undefined = info; current; current = current.parent ? this.entity(current.parent) : undefined) {
      const stem = current.name.replace(/(StandardCase|ElementedCase|Type|Style)$/, '');
      for (const candidate of [`${stem}TypeEnum`, `${stem}Enum`]) {
        const values = this.enumerationValues(candidate);
        if (values) return values.includes('USERDEFINED') ? 'any' : values;
      }
    }
    return 'any';
  }
}

const cache = new Map<IdsIfcVersion, IfcSchemaInfo>();

/** Schema metadata for a version, built once per process. */
export function ifcSchemaInfo(version: IdsIfcVersion): IfcSchemaInfo {
  let info = cache.get(version);
  if (!info) {
    info = new IfcSchemaInfo(version);
    cache.set(version, info);
  }
  return info;
}

/** The IDS schema name of a model schema reported by web-ifc (e.g. `IFC4X3_ADD2`, `IFC2X3`). */
export function idsVersionOfModelSchema(schema: string): IdsIfcVersion | null {
  const upper = schema.toUpperCase();
  if (upper.startsWith('IFC2X3')) return 'IFC2X3';
  if (upper.startsWith('IFC4X3') || upper.startsWith('IFC4X1') || upper.startsWith('IFC4X2')) return 'IFC4X3_ADD2';
  if (upper.startsWith('IFC4')) return 'IFC4';
  return null;
}
