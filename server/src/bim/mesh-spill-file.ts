/**
 * Element meshes kept on disk while a model is imported. A large model's meshes (hundreds of
 * megabytes of vertices for a 300 MB IFC) arrive from the reader long before they are tiled;
 * holding them in the importing process would make its memory grow with the model. Batches are
 * appended to a temporary file as they come, and the tiler reads back the few elements of one
 * tile at a time, neighbouring meshes in one read.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IfcElementMesh } from './ifc-records.ts';

/** Where elements can get their meshes from: in memory or spilled to disk. */
export interface ElementMeshStore {
  /** Vertices of an element's mesh, or undefined when it has none. */
  vertexCount(expressId: number): number | undefined;
  /** The meshes of `expressIds` that have one. */
  read(expressIds: number[]): Promise<Map<number, IfcElementMesh>>;
}

/** Meshes already in memory (a conversion that kept them). */
export function meshStoreOf(meshes: IfcElementMesh[]): ElementMeshStore {
  const byId = new Map(meshes.map((mesh) => [mesh.expressId, mesh]));
  return {
    vertexCount: (expressId) => {
      const mesh = byId.get(expressId);
      return mesh ? mesh.positions.length / 3 : undefined;
    },
    read: async (expressIds) => {
      const out = new Map<number, IfcElementMesh>();
      for (const id of expressIds) {
        const mesh = byId.get(id);
        if (mesh) out.set(id, mesh);
      }
      return out;
    },
  };
}

interface SpilledMesh {
  offset: number;
  bytes: number;
  vertexCount: number;
  globalId: string | null;
}

/** Header words before each mesh: positions, normals and indices lengths, part count. */
const HEADER_WORDS = 4;
/** Words per part: index start, index count, RGBA as float32. */
const PART_WORDS = 6;
/** Ranges closer than this are read together. */
const READ_GAP = 256 * 1024;

/** A temporary file of meshes; {@link remove} it when done. */
export class MeshSpillFile implements ElementMeshStore {
  private readonly index = new Map<number, SpilledMesh>();
  private size = 0;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: fs.FileHandle,
    private readonly directory: string,
  ) {}

  /** Opens a new spill file in the system's temporary directory (or `parent`). */
  static async create(parent = os.tmpdir()): Promise<MeshSpillFile> {
    const directory = await fs.mkdtemp(path.join(parent, 'cimtwin-meshes-'));
    return new MeshSpillFile(await fs.open(path.join(directory, 'meshes.bin'), 'w+'), directory);
  }

  /** The folder holding the file. */
  get location(): string {
    return this.directory;
  }

  /** Bytes written so far. */
  get bytes(): number {
    return this.size;
  }

  /** Appends a batch of meshes in one write; a mesh given again replaces the earlier one. */
  append(meshes: IfcElementMesh[]): Promise<void> {
    const encoded = meshes.map(encodeMesh);
    const buffer = Buffer.concat(encoded);
    let offset = this.size;
    meshes.forEach((mesh, i) => {
      this.index.set(mesh.expressId, { offset, bytes: encoded[i].length, vertexCount: mesh.positions.length / 3, globalId: mesh.globalId });
      offset += encoded[i].length;
    });
    const at = this.size;
    this.size += buffer.length;
    this.writing = this.writing.then(async () => {
      await this.file.write(buffer, 0, buffer.length, at);
    });
    return this.writing;
  }

  vertexCount(expressId: number): number | undefined {
    return this.index.get(expressId)?.vertexCount;
  }

  async read(expressIds: number[]): Promise<Map<number, IfcElementMesh>> {
    await this.writing;
    const wanted = expressIds
      .map((id) => ({ id, entry: this.index.get(id) }))
      .filter((w): w is { id: number; entry: SpilledMesh } => w.entry !== undefined)
      .sort((a, b) => a.entry.offset - b.entry.offset);
    const out = new Map<number, IfcElementMesh>();
    for (let first = 0; first < wanted.length; ) {
      // One read for a run of meshes lying close together in the file.
      let last = first;
      while (last + 1 < wanted.length && wanted[last + 1].entry.offset - (wanted[last].entry.offset + wanted[last].entry.bytes) < READ_GAP) last++;
      const start = wanted[first].entry.offset;
      const end = wanted[last].entry.offset + wanted[last].entry.bytes;
      // An array of its own (offset 0), so the 4-byte words of each mesh can be viewed in place.
      const buffer = new Uint8Array(end - start);
      const { bytesRead } = await this.file.read(buffer, 0, buffer.length, start);
      if (bytesRead !== buffer.length) throw new Error(`mesh spill file: read ${bytesRead} of ${buffer.length} bytes at ${start}`);
      for (let i = first; i <= last; i++) {
        const { id, entry } = wanted[i];
        out.set(id, decodeMesh(buffer, entry.offset - start, id, entry.globalId));
      }
      first = last + 1;
    }
    return out;
  }

  /** Closes and deletes the file. */
  async remove(): Promise<void> {
    await this.writing.catch(() => undefined);
    await this.file.close().catch(() => undefined);
    await fs.rm(this.directory, { recursive: true, force: true });
  }
}

function encodeMesh(mesh: IfcElementMesh): Buffer {
  const words = HEADER_WORDS + mesh.parts.length * PART_WORDS + mesh.positions.length + mesh.normals.length + mesh.indices.length;
  const bytes = new ArrayBuffer(words * 4);
  const u32 = new Uint32Array(bytes);
  const f32 = new Float32Array(bytes);
  u32[0] = mesh.positions.length;
  u32[1] = mesh.normals.length;
  u32[2] = mesh.indices.length;
  u32[3] = mesh.parts.length;
  let at = HEADER_WORDS;
  for (const part of mesh.parts) {
    u32[at] = part.indexStart;
    u32[at + 1] = part.indexCount;
    f32.set(part.color, at + 2);
    at += PART_WORDS;
  }
  f32.set(mesh.positions, at);
  at += mesh.positions.length;
  f32.set(mesh.normals, at);
  at += mesh.normals.length;
  u32.set(mesh.indices, at);
  return Buffer.from(bytes);
}

function decodeMesh(buffer: Uint8Array, byteOffset: number, expressId: number, globalId: string | null): IfcElementMesh {
  const start = buffer.byteOffset + byteOffset;
  const [positionCount, normalCount, indexCount, partCount] = new Uint32Array(buffer.buffer, start, HEADER_WORDS);
  const words = HEADER_WORDS + partCount * PART_WORDS + positionCount + normalCount + indexCount;
  // Copy out of the shared read buffer into aligned arrays of the mesh's own.
  const body = buffer.buffer.slice(start, start + words * 4);
  const u32 = new Uint32Array(body);
  const f32 = new Float32Array(body);
  let at = HEADER_WORDS;
  const parts: IfcElementMesh['parts'] = [];
  for (let p = 0; p < partCount; p++) {
    parts.push({ indexStart: u32[at], indexCount: u32[at + 1], color: [f32[at + 2], f32[at + 3], f32[at + 4], f32[at + 5]] });
    at += PART_WORDS;
  }
  const positions = f32.subarray(at, at + positionCount);
  at += positionCount;
  const normals = f32.subarray(at, at + normalCount);
  at += normalCount;
  const indices = u32.subarray(at, at + indexCount);
  return { expressId, globalId, positions, normals, indices, parts };
}
