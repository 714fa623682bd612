import type { BimElement, BimModel, BimTreeNode } from './bim-types.ts';
import type { BoundingBox, Collection, CollectionList, FeaturePage, FeatureRecord, ProblemDetails } from './api-types.ts';
import type { JobRecord, ReviewDocument, ReviewListEntry, ReviewRequest, RulePackInfo } from './review-types.ts';
import type { NetworkFeature, NetworkInfo } from './network-types.ts';
import type { AddressSuggestion, FeatureAddresses, GeocodeResult, ReverseGeocodeResult, StandardAddress } from './address-types.ts';
import type { AlarmAction, AlarmListStatus, ListedAlarm } from './alarm-types.ts';
import type { CaseHistoryStep, CaseIndicatorGrouping, CaseIndicatorReport, CasePage, CaseRecord, UnitGridPage } from './case-types.ts';
import type { DatastreamSeries, SensorThingState } from './sensor-types.ts';

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

/** What to show of a failed request: the problem document's detail, else the error's message. */
export function errorDetail(error: unknown): string {
  if (error instanceof ApiError) return error.problem?.detail ?? error.problem?.title ?? error.message;
  return error instanceof Error ? error.message : String(error);
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

  /**
   * Reads one page of a layer's features (OGC API - Features items), optionally those crossing
   * a longitude/latitude box.
   */
  async listFeatures(layerId: string, query: { bbox?: BoundingBox; limit?: number } = {}, signal?: AbortSignal): Promise<FeaturePage> {
    const url = new URL(`collections/${encodeURIComponent(layerId)}/items`, this.apiBase);
    if (query.bbox) url.searchParams.set('bbox', query.bbox.join(','));
    if (query.limit !== undefined) url.searchParams.set('limit', String(query.limit));
    const page = await this.getJson<FeaturePage>(url.href, signal);
    if (!page || !Array.isArray(page.features)) throw new ApiError(`viewer: ${url.href} did not return a feature collection`, 200);
    return page;
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
   * along; pack parameters go as `parameters` (JSON by pack id) either way. Resolves with the
   * job id; a refused request (bad IDS, unknown pack, bad parameter) is an ApiError carrying the
   * problem document.
   */
  async startReview(request: ReviewRequest, signal?: AbortSignal): Promise<string> {
    const url = new URL('reviews', this.apiBase).href;
    let body: BodyInit;
    const headers: Record<string, string> = {};
    const parameters = request.parameters && Object.keys(request.parameters).length > 0 ? request.parameters : undefined;
    if (request.ids) {
      const form = new FormData();
      form.set('modelId', request.modelId);
      form.set('rulePacks', JSON.stringify(request.rulePacks));
      if (parameters) form.set('parameters', JSON.stringify(parameters));
      form.set('ids', request.ids.file, request.ids.fileName);
      body = form;
    } else {
      body = JSON.stringify({ modelId: request.modelId, rulePacks: request.rulePacks, parameters });
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

  /** Lists the pipe networks; tileset URLs are made absolute. */
  async listNetworks(signal?: AbortSignal): Promise<NetworkInfo[]> {
    const url = new URL('networks', this.apiBase).href;
    const body = await this.getJson<{ networks?: NetworkInfo[] }>(url, signal);
    if (!body || !Array.isArray(body.networks)) throw new ApiError(`viewer: ${url} did not return a network list`, 200);
    return body.networks.map((network) => ({ ...network, tileset: network.tileset ? new URL(network.tileset, url).href : null }));
  }

  /** Reads one network element with every attribute, by element id or by tile feature id (`#123`). */
  async getNetworkElement(networkId: string, elementId: string, signal?: AbortSignal): Promise<NetworkFeature> {
    const url = new URL(`networks/${encodeURIComponent(networkId)}/elements/${encodeURIComponent(elementId)}`, this.apiBase).href;
    return this.getJson<NetworkFeature>(url, signal);
  }

  /** Runs a network analysis read with GET (`connected`, `trace`, `isolation`). */
  async getNetworkAnalysis<T>(networkId: string, analysis: string, query: Record<string, string | undefined>, signal?: AbortSignal): Promise<T> {
    const url = new URL(`networks/${encodeURIComponent(networkId)}/${analysis}`, this.apiBase);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    return this.getJson<T>(url.href, signal);
  }

  /** Runs a network analysis that takes geometry (`clearance`, `cross-section`, `excavation`, `profile`). */
  async postNetworkAnalysis<T>(networkId: string, analysis: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const url = new URL(`networks/${encodeURIComponent(networkId)}/${analysis}`, this.apiBase).href;
    return this.send<T>('POST', url, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, signal });
  }

  /** The SVG drawing of a cross-section or profile (`?f=svg`), as text. */
  async postNetworkDrawing(networkId: string, analysis: 'cross-section' | 'profile', body: unknown, signal?: AbortSignal): Promise<string> {
    const url = new URL(`networks/${encodeURIComponent(networkId)}/${analysis}`, this.apiBase);
    url.searchParams.set('f', 'svg');
    const response = await this.fetchImpl(url.href, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { accept: 'image/svg+xml, application/problem+json', 'content-type': 'application/json' },
      signal,
    });
    if (!response.ok) {
      const problem = await readProblem(response);
      throw new ApiError(`POST ${url.href} failed with ${response.status}: ${problem?.detail ?? problem?.title ?? response.statusText}`, response.status, problem);
    }
    return response.text();
  }

  /**
   * Standard addresses matching what is typed so far (prefixes, pinyin, initials, typos), best
   * first; `limit` 10 by default, at most 50. Empty text is refused by the API (400).
   */
  async searchAddresses(text: string, options: { limit?: number } = {}, signal?: AbortSignal): Promise<AddressSuggestion[]> {
    const url = new URL('addresses/search', this.apiBase);
    url.searchParams.set('q', text);
    if (options.limit !== undefined) url.searchParams.set('limit', String(options.limit));
    const body = await this.getJson<{ results?: AddressSuggestion[] }>(url.href, signal);
    if (!body || !Array.isArray(body.results)) throw new ApiError(`viewer: ${url.href} did not return address suggestions`, 200);
    return body.results;
  }

  /** One standard address by code, with its elements and aliases; a 404 problem when unknown. */
  async getAddress(code: string, signal?: AbortSignal): Promise<StandardAddress> {
    const url = new URL(`addresses/${encodeURIComponent(code)}`, this.apiBase).href;
    const address = await this.getJson<StandardAddress>(url, signal);
    if (!address || typeof address.code !== 'string') throw new ApiError(`viewer: ${url} did not return a standard address`, 200);
    return address;
  }

  /** The standard addresses of one building feature (door plates, POIs, buildings) and the count of each level. */
  async listFeatureAddresses(layerId: string, featureId: number, signal?: AbortSignal): Promise<FeatureAddresses> {
    const url = new URL('addresses', this.apiBase);
    url.searchParams.set('layerId', layerId);
    url.searchParams.set('featureId', String(featureId));
    const body = await this.getJson<Partial<FeatureAddresses>>(url.href, signal);
    if (!body || !Array.isArray(body.addresses)) throw new ApiError(`viewer: ${url.href} did not return an address list`, 200);
    return { addresses: body.addresses, counts: body.counts ?? {} };
  }

  /** The standard address nearest a point within `radius` metres (100 by default); a 404 problem when none is. */
  async reverseGeocode(longitude: number, latitude: number, radius?: number, signal?: AbortSignal): Promise<ReverseGeocodeResult> {
    const url = new URL('addresses/reverse', this.apiBase);
    url.searchParams.set('lon', String(longitude));
    url.searchParams.set('lat', String(latitude));
    if (radius !== undefined) url.searchParams.set('radius', String(radius));
    return this.getJson<ReverseGeocodeResult>(url.href, signal);
  }

  /** Geocodes free text: its parse, the best matching standard address (`match`, null without one) and candidates. */
  async geocodeAddress(text: string, signal?: AbortSignal): Promise<GeocodeResult> {
    const url = new URL('addresses/geocode', this.apiBase);
    url.searchParams.set('q', text);
    return this.getJson<GeocodeResult>(url.href, signal);
  }

  /** Every sensor thing with its place, newest observations and active alarms, or only the things asked for. */
  async getSensorState(thingIds?: readonly number[], signal?: AbortSignal): Promise<SensorThingState[]> {
    const url = new URL('sensors/state', this.apiBase);
    if (thingIds && thingIds.length > 0) url.searchParams.set('things', thingIds.join(','));
    const body = await this.getJson<{ things?: SensorThingState[] }>(url.href, signal);
    if (!body || !Array.isArray(body.things)) throw new ApiError(`viewer: ${url.href} did not return sensor things`, 200);
    return body.things;
  }

  /** A datastream over [from, to), at most `points` points or buckets. */
  async getDatastreamSeries(datastreamId: number, range: { from: Date; to: Date; points: number }, signal?: AbortSignal): Promise<DatastreamSeries> {
    const url = new URL(`sensors/datastreams/${encodeURIComponent(String(datastreamId))}/series`, this.apiBase);
    url.searchParams.set('from', range.from.toISOString());
    url.searchParams.set('to', range.to.toISOString());
    url.searchParams.set('points', String(range.points));
    return this.getJson<DatastreamSeries>(url.href, signal);
  }

  /** A page of alarms, newest first. */
  async listAlarms(status: AlarmListStatus, limit = 200, signal?: AbortSignal): Promise<{ alarms: ListedAlarm[]; total: number }> {
    const url = new URL('alarms', this.apiBase);
    url.searchParams.set('status', status);
    url.searchParams.set('limit', String(limit));
    const body = await this.getJson<{ alarms?: ListedAlarm[]; total?: number }>(url.href, signal);
    if (!body || !Array.isArray(body.alarms)) throw new ApiError(`viewer: ${url.href} did not return an alarm list`, 200);
    return { alarms: body.alarms, total: body.total ?? body.alarms.length };
  }

  /** One alarm with its thing and case. */
  getAlarm(alarmId: string, signal?: AbortSignal): Promise<ListedAlarm> {
    return this.getJson<ListedAlarm>(new URL(`alarms/${encodeURIComponent(alarmId)}`, this.apiBase).href, signal);
  }

  /** Acknowledges or clears an alarm as `user`; a 409 problem when it was done already. */
  actOnAlarm(alarmId: string, action: AlarmAction, user: string, signal?: AbortSignal): Promise<ListedAlarm> {
    const url = new URL(`alarms/${encodeURIComponent(alarmId)}/${action}`, this.apiBase).href;
    return this.send<ListedAlarm>('POST', url, { body: JSON.stringify({ user }), headers: { 'content-type': 'application/json' }, signal });
  }

  /** The address of the live stream (Server-Sent Events). */
  liveStreamUrl(): string {
    return new URL('live/stream', this.apiBase).href;
  }

  /** A page of cases, newest report first. */
  async listCases(query: { limit?: number; states?: readonly string[] } = {}, signal?: AbortSignal): Promise<CasePage> {
    const url = new URL('cases', this.apiBase);
    if (query.limit !== undefined) url.searchParams.set('limit', String(query.limit));
    if (query.states?.length) url.searchParams.set('state', query.states.join(','));
    const body = await this.getJson<Partial<CasePage>>(url.href, signal);
    if (!body || !Array.isArray(body.cases)) throw new ApiError(`viewer: ${url.href} did not return a case list`, 200);
    return { numberMatched: body.numberMatched ?? body.cases.length, numberReturned: body.numberReturned ?? body.cases.length, cases: body.cases };
  }

  /** One case with its deadline and history. */
  getCase(caseId: string, signal?: AbortSignal): Promise<CaseRecord> {
    return this.getJson<CaseRecord>(new URL(`cases/${encodeURIComponent(caseId)}`, this.apiBase).href, signal);
  }

  /** Every step of a case, oldest first. */
  async getCaseHistory(caseId: string, signal?: AbortSignal): Promise<CaseHistoryStep[]> {
    const url = new URL(`cases/${encodeURIComponent(caseId)}/history`, this.apiBase).href;
    return (await this.getJson<{ history?: CaseHistoryStep[] }>(url, signal)).history ?? [];
  }

  /** The case indicators of the cases reported in [from, to), overall and per group. */
  getCaseIndicators(period: { from: Date; to: Date; groupBy?: CaseIndicatorGrouping }, signal?: AbortSignal): Promise<CaseIndicatorReport> {
    const url = new URL('cases/indicators', this.apiBase);
    url.searchParams.set('from', period.from.toISOString());
    url.searchParams.set('to', period.to.toISOString());
    if (period.groupBy) url.searchParams.set('groupBy', period.groupBy);
    return this.getJson<CaseIndicatorReport>(url.href, signal);
  }

  /** The unit grid cells (万米单元网格), at most `limit`. */
  async listUnitGrids(limit = 10000, signal?: AbortSignal): Promise<UnitGridPage> {
    const url = new URL('grids', this.apiBase);
    url.searchParams.set('limit', String(limit));
    const page = await this.getJson<UnitGridPage>(url.href, signal);
    if (!page || !Array.isArray(page.features)) throw new ApiError(`viewer: ${url.href} did not return grid cells`, 200);
    return page;
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
