import type { BimElement, BimModel, BimTreeNode } from './bim-types.ts';
import type { Collection, CollectionList, FeatureRecord, ProblemDetails } from './api-types.ts';

/** A request to the cimtwin API that failed; carries the problem document when there is one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problem?: ProblemDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A collection with its tileset URL made absolute. */
export interface ResolvedCollection extends Collection {
  /** Absolute tileset URL, or undefined when the layer has no 3D tiles. */
  tilesetUrl?: string;
}

/** Talks to the cimtwin API over HTTP; the only place the viewer fetches from. */
export class ApiClient {
  /** @param apiBase absolute URL of the API root, ending in `/` */
  constructor(
    private readonly apiBase: string,
    private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Lists the layers; tileset URLs are resolved against the collections URL. */
  async listCollections(signal?: AbortSignal): Promise<ResolvedCollection[]> {
    const url = new URL('collections', this.apiBase).href;
    const body = await this.getJson<CollectionList>(url, signal);
    if (!body || !Array.isArray(body.collections)) {
      throw new ApiError(`viewer: ${url} did not return a collection list`, 200);
    }
    return body.collections.map((collection) => ({
      ...collection,
      tilesetUrl: collection.cimtwin?.tileset
        ? new URL(collection.cimtwin.tileset, url).href
        : undefined,
    }));
  }

  /** Reads one feature of a layer by its database row id. */
  async getFeature(layerId: string, id: string | number, signal?: AbortSignal): Promise<FeatureRecord> {
    const path = `collections/${encodeURIComponent(layerId)}/items/${encodeURIComponent(String(id))}`;
    return this.getJson<FeatureRecord>(new URL(path, this.apiBase).href, signal);
  }

  /** Lists the BIM models; tileset URLs are made absolute. */
  async listBimModels(signal?: AbortSignal): Promise<BimModel[]> {
    const url = new URL('bim/models', this.apiBase).href;
    const body = await this.getJson<{ models?: BimModel[] }>(url, signal);
    if (!body || !Array.isArray(body.models)) throw new ApiError(`viewer: ${url} did not return a model list`, 200);
    return body.models.map((model) => ({
      ...model,
      tilesets: Object.fromEntries(
        Object.entries(model.tilesets ?? {}).map(([kind, href]) => [kind, new URL(String(href), url).href]),
      ),
    }));
  }

  /** Reads the spatial tree of a BIM model. */
  async getBimTree(modelId: string, signal?: AbortSignal): Promise<BimTreeNode[]> {
    const url = new URL(`bim/models/${encodeURIComponent(modelId)}/tree`, this.apiBase).href;
    return (await this.getJson<{ tree: BimTreeNode[] }>(url, signal)).tree ?? [];
  }

  /** Reads one BIM element by its IFC GlobalId. */
  async getBimElement(modelId: string, globalId: string, signal?: AbortSignal): Promise<BimElement> {
    const url = new URL(`bim/elements/${encodeURIComponent(globalId)}`, this.apiBase);
    url.searchParams.set('model', modelId);
    return this.getJson<BimElement>(url.href, signal);
  }

  private async getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
    const response = await this.fetchImpl(url, {
      headers: { accept: 'application/json, application/geo+json, application/problem+json' },
      signal,
    });
    if (!response.ok) {
      const problem = await readProblem(response);
      const reason = problem?.detail ?? problem?.title ?? response.statusText;
      throw new ApiError(`GET ${url} failed with ${response.status}: ${reason}`, response.status, problem);
    }
    return (await response.json()) as T;
  }
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return undefined;
  }
}
