import type { BimElement, BimModel, BimTreeNode } from './bim-types.ts';
import type { Collection, CollectionList, FeatureRecord, ProblemDetails } from './api-types.ts';
import type { JobRecord, ReviewDocument, ReviewListEntry, ReviewRequest, RulePackInfo } from './review-types.ts';

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

  /** Lists the rule packs a model can be reviewed against. */
  async listRulePacks(signal?: AbortSignal): Promise<RulePackInfo[]> {
    return (await this.getJson<{ rulePacks?: RulePackInfo[] }>(new URL('reviews/rule-packs', this.apiBase).href, signal)).rulePacks ?? [];
  }

  /**
   * Starts a review job: JSON for rule packs alone, a multipart form when an IDS file goes
   * along. Resolves with the job id; a refused request (bad IDS, unknown pack) is an ApiError
   * carrying the problem document.
   */
  async startReview(request: ReviewRequest, signal?: AbortSignal): Promise<string> {
    const url = new URL('reviews', this.apiBase).href;
    let body: BodyInit;
    const headers: Record<string, string> = {};
    if (request.ids) {
      const form = new FormData();
      form.set('modelId', request.modelId);
      form.set('rulePacks', JSON.stringify(request.rulePacks));
      form.set('ids', request.ids.file, request.ids.fileName);
      body = form;
    } else {
      body = JSON.stringify({ modelId: request.modelId, rulePacks: request.rulePacks });
      headers['content-type'] = 'application/json';
    }
    const accepted = await this.send<{ jobId?: string }>('POST', url, { body, headers, signal });
    if (typeof accepted.jobId !== 'string') throw new ApiError(`viewer: POST ${url} did not name a job`, 202);
    return accepted.jobId;
  }

  /** Reads a job: status, phase, progress, result or error. */
  async getJob(jobId: string, signal?: AbortSignal): Promise<JobRecord> {
    return this.getJson<JobRecord>(new URL(`jobs/${encodeURIComponent(jobId)}`, this.apiBase).href, signal);
  }

  /** Reads a review with the tile feature ids and the result of each element in scope. */
  async getReview(reviewId: string, signal?: AbortSignal): Promise<ReviewDocument> {
    return this.getJson<ReviewDocument>(new URL(`reviews/${encodeURIComponent(reviewId)}`, this.apiBase).href, signal);
  }

  /** Lists the reviews of a BIM model, newest first. */
  async listModelReviews(modelId: string, signal?: AbortSignal): Promise<ReviewListEntry[]> {
    const url = new URL(`bim/models/${encodeURIComponent(modelId)}/reviews`, this.apiBase).href;
    return (await this.getJson<{ reviews?: ReviewListEntry[] }>(url, signal)).reviews ?? [];
  }

  /** The address of a review's printable HTML report or BCF archive. */
  reviewUrl(reviewId: string, format: 'html' | 'bcf', language?: string): string {
    const url = new URL(`reviews/${encodeURIComponent(reviewId)}`, this.apiBase);
    url.searchParams.set('format', format);
    if (language) url.searchParams.set('lang', language);
    return url.href;
  }

  private getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
    return this.send<T>('GET', url, { signal });
  }

  private async send<T>(method: 'GET' | 'POST', url: string, init: { body?: BodyInit; headers?: Record<string, string>; signal?: AbortSignal }): Promise<T> {
    const response = await this.fetchImpl(url, {
      method,
      body: init.body,
      headers: { accept: 'application/json, application/geo+json, application/problem+json', ...init.headers },
      signal: init.signal,
    });
    if (!response.ok) {
      const problem = await readProblem(response);
      const reason = problem?.detail ?? problem?.title ?? response.statusText;
      throw new ApiError(`${method} ${url} failed with ${response.status}: ${reason}`, response.status, problem);
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
