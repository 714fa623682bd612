/**
 * Material names and classification references behind IfcRelAssociatesMaterial and
 * IfcRelAssociatesClassification. Material selects are walked by class (layer set usage → layer
 * set → layers → material, profile and constituent sets likewise, material lists) and cached.
 */
import type { IfcAPI } from 'web-ifc';
import type { IfcClassificationRecord } from '../ifc-records.ts';
import { refId, refIds, stringValue, type IfcLine } from './ifc-values.ts';

/** Reads and caches material and classification associations of one model. */
export class AssociationReader {
  private readonly materialCache = new Map<number, string[]>();
  private readonly classificationCache = new Map<number, IfcClassificationRecord>();

  constructor(
    private readonly api: IfcAPI,
    private readonly modelId: number,
  ) {}

  private line(id: number): IfcLine {
    return this.api.GetLine(this.modelId, id);
  }

  private className(line: IfcLine): string {
    return this.api.GetNameFromTypeCode(line.type).toUpperCase();
  }

  /** Names of the materials behind a material select (IfcMaterial, sets, usages, lists). */
  materialNames(id: number, depth = 0): string[] {
    const cached = this.materialCache.get(id);
    if (cached) return cached;
    const names = depth > 6 ? [] : this.readMaterialNames(this.line(id), depth);
    this.materialCache.set(id, names);
    return names;
  }

  private children(ids: number[], depth: number): string[] {
    return ids.flatMap((child) => this.materialNames(child, depth + 1));
  }

  private readMaterialNames(line: IfcLine, depth: number): string[] {
    switch (this.className(line)) {
      case 'IFCMATERIAL': {
        const name = stringValue(line.Name);
        return name === null ? [] : [name];
      }
      case 'IFCMATERIALLAYERSETUSAGE':
        return this.children(refIds(line.ForLayerSet), depth);
      case 'IFCMATERIALLAYERSET':
        return this.children(refIds(line.MaterialLayers), depth);
      case 'IFCMATERIALLAYER':
      case 'IFCMATERIALLAYERWITHOFFSETS':
      case 'IFCMATERIALPROFILE':
      case 'IFCMATERIALPROFILEWITHOFFSETS':
      case 'IFCMATERIALCONSTITUENT':
        return this.children(refIds(line.Material), depth);
      case 'IFCMATERIALPROFILESETUSAGE':
      case 'IFCMATERIALPROFILESETUSAGETAPERING':
        return this.children(refIds(line.ForProfileSet), depth);
      case 'IFCMATERIALPROFILESET':
        return this.children(refIds(line.MaterialProfiles), depth);
      case 'IFCMATERIALCONSTITUENTSET':
        return this.children(refIds(line.MaterialConstituents), depth);
      case 'IFCMATERIALLIST':
        return this.children(refIds(line.Materials), depth);
      default:
        return [];
    }
  }

  /** A classification reference (IFC2X3 ItemReference, IFC4 Identification) or classification. */
  classification(id: number): IfcClassificationRecord {
    let record = this.classificationCache.get(id);
    if (!record) {
      record = this.readClassification(this.line(id));
      this.classificationCache.set(id, record);
    }
    return record;
  }

  private readClassification(line: IfcLine): IfcClassificationRecord {
    if (this.className(line) === 'IFCCLASSIFICATION') return { system: stringValue(line.Name), code: null, name: null };
    const code = stringValue(line.Identification) ?? stringValue(line.ItemReference);
    return { system: this.systemName(refId(line.ReferencedSource), 0), code, name: stringValue(line.Name) };
  }

  /** Follows ReferencedSource up through nested references to the IfcClassification. */
  private systemName(sourceId: number | null, depth: number): string | null {
    if (sourceId === null || depth > 8) return null;
    const source = this.line(sourceId);
    if (this.className(source) === 'IFCCLASSIFICATION') return stringValue(source.Name);
    return this.systemName(refId(source.ReferencedSource), depth + 1);
  }
}
