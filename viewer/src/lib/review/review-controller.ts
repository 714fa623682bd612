import { ApiError, type ApiClient } from '../api/api-client.ts';
import type { Collection } from '../api/api-types.ts';
import type { ReviewDocument, ReviewElementStatus, ReviewFinding, ReviewListEntry, ReviewParameters, RulePackInfo } from '../api/review-types.ts';
import type { BimTwin } from '../bim/bim-twin.ts';
import { label, type Language } from '../i18n/labels.ts';
import { ReviewPanel, type ReviewRunState } from '../ui/review-panel.ts';
import { readModelParcels, type ModelParcels } from './read-model-parcels.ts';
import type { ReviewResultColours } from './review-colours.ts';
import { elementStatusOf, reviewResultColours, summarizeReview, type ReviewSummary } from './review-summary.ts';
import { runReviewJob } from './run-review-job.ts';

/** What to review a model against, as the page API takes it. */
export interface ReviewInput {
  rulePacks: string[];
  /** An IDS file, as a File from an input or as text. */
  ids?: File | { xml: string; fileName?: string };
  /**
   * Parameters by rule pack id: pack parameters by name, rule parameters as `ruleId.name`
   * (`{ 'planning-conditions': { 'planning-building-height.maxHeight': 24 } }`).
   */
  parameters?: ReviewParameters;
}

/** The review state of one model. */
interface ModelReviewState {
  history?: ReviewListEntry[];
  run: ReviewRunState;
  review?: ReviewDocument;
  results?: ReviewResultColours;
  reviewError?: string;
  colouring: boolean;
  parcels?: ModelParcels;
}

/**
 * The BIM review of the twin: runs reviews of a model and opens earlier ones through the API,
 * keeps each model's shown review and colouring, and drives the review panel for the model the
 * model browser shows. Finding clicks go through the BIM element selection.
 */
export class ReviewController {
  /** The review panel, to place in the page. */
  readonly panel: ReviewPanel;
  private rulePacks: RulePackInfo[] | undefined;
  private rulePacksError: string | undefined;
  private rulePacksRead: Promise<void> | undefined;
  private collectionsRead: Promise<Collection[]> | undefined;
  private readonly models = new Map<string, ModelReviewState>();
  private shownModel: string | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly bim: BimTwin,
    private language: Language,
  ) {
    this.panel = new ReviewPanel(language, {
      run: (modelId, input) => void this.run(modelId, input).catch(() => undefined),
      open: (modelId, reviewId) => void this.open(reviewId, modelId).catch(() => undefined),
      selectFinding: (modelId, finding) => void this.selectFinding(modelId, finding),
      setColouring: (modelId, on) => this.setColouring(modelId, on),
      reportUrl: (reviewId, format, lang) => this.api.reviewUrl(reviewId, format, lang),
    });
    bim.registry.onChange(() => this.followBrowsedModel());
    this.followBrowsedModel();
  }

  /** Redraws the panel in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.panel.setLanguage(language);
  }

  /**
   * Reviews a model: starts the job, shows its progress, then shows the stored review. Rejects
   * with the API's problem detail when the request is refused (bad parameter, bad IDS) or the
   * review fails.
   */
  async run(modelId: string, input: ReviewInput): Promise<ReviewDocument> {
    this.bim.registry.get(modelId);
    const state = this.stateOf(modelId);
    if (input.rulePacks.length === 0 && !input.ids) {
      state.run = { status: 'failed', error: label(this.language, 'reviewPickRules') };
      this.render();
      throw new Error(`viewer: ${state.run.error}`);
    }
    const ids = input.ids instanceof File
      ? { file: input.ids, fileName: input.ids.name }
      : input.ids && { file: new Blob([input.ids.xml], { type: 'application/xml' }), fileName: input.ids.fileName ?? 'review.ids' };
    state.run = { status: 'running', progress: { status: 'queued', phase: null, progress: 0 } };
    this.render();
    try {
      const reviewId = await runReviewJob(this.api, { modelId, rulePacks: input.rulePacks, ids, parameters: input.parameters }, (progress) => {
        state.run = { status: 'running', progress };
        this.render();
      });
      const review = await this.open(reviewId, modelId);
      state.run = { status: 'idle' };
      this.render();
      void this.readHistory(modelId);
      return review;
    } catch (error) {
      state.run = { status: 'failed', error: problemText(error) };
      this.render();
      throw error;
    }
  }

  /**
   * Reads a stored review and shows it for its model (coloured at once if colouring is on);
   * `modelId`, when given, is the model the review must be of.
   */
  async open(reviewId: string, modelId?: string): Promise<ReviewDocument> {
    const failed = modelId === undefined ? undefined : this.stateOf(modelId);
    try {
      const review = await this.api.getReview(reviewId);
      if (modelId !== undefined && review.modelId !== modelId) throw new Error(`viewer: review ${reviewId} is of model "${review.modelId}", not "${modelId}"`);
      if (!this.bim.registry.has(review.modelId)) throw new Error(`viewer: review ${reviewId} is of model "${review.modelId}", which the viewer does not show`);
      const state = this.stateOf(review.modelId);
      state.review = review;
      state.results = reviewResultColours(review);
      state.reviewError = undefined;
      if (state.colouring) this.bim.setResultColours(review.modelId, state.results);
      return review;
    } catch (error) {
      if (failed) failed.reviewError = problemText(error);
      throw error;
    } finally {
      this.render();
    }
  }

  /** Colours a model by its shown review's results, or restores its look. */
  setColouring(modelId: string, on: boolean): void {
    const state = this.stateOf(modelId);
    state.colouring = on;
    this.bim.setResultColours(modelId, on ? state.results : undefined);
    this.render();
  }

  /**
   * Selects a finding's element (highlight and attribute panel), makes it drawn (its model, its
   * space tiles, its class and storey) and flies to it.
   */
  async selectFinding(modelId: string, finding: Pick<ReviewFinding, 'globalId'>): Promise<void> {
    if (finding.globalId === null) return;
    const element = await this.bim.selectElement(modelId, finding.globalId);
    if (!element) return;
    await this.bim.revealElement(modelId, element);
    await this.bim.flyToElement(modelId, element);
  }

  /** The summary of a model's shown review, if any. */
  summary(modelId: string): ReviewSummary | undefined {
    const review = this.models.get(modelId)?.review;
    return review ? summarizeReview(review) : undefined;
  }

  /** An element's result in its model's shown review; undefined when no review is shown. */
  statusOf(modelId: string, globalId: string): ReviewElementStatus | undefined {
    const results = this.models.get(modelId)?.results;
    return results ? elementStatusOf(results, globalId) : undefined;
  }

  private stateOf(modelId: string): ModelReviewState {
    let state = this.models.get(modelId);
    if (!state) this.models.set(modelId, (state = { run: { status: 'idle' }, colouring: false }));
    return state;
  }

  private followBrowsedModel(): void {
    const modelId = this.bim.browsedModelId;
    if (modelId === this.shownModel) return;
    this.shownModel = modelId;
    if (modelId !== undefined) {
      void this.readRulePacks();
      const state = this.stateOf(modelId);
      if (!state.history) void this.readHistory(modelId);
      if (state.parcels === undefined || state.parcels.status === 'failed') void this.readParcels(modelId);
    }
    this.render();
  }

  private readRulePacks(): Promise<void> {
    this.rulePacksRead ??= this.api.listRulePacks().then(
      (packs) => {
        this.rulePacks = packs;
        this.render();
      },
      (error: unknown) => {
        this.rulePacksError = problemText(error);
        this.rulePacksRead = undefined;
        this.render();
      },
    );
    return this.rulePacksRead;
  }

  private async readHistory(modelId: string): Promise<void> {
    try {
      this.stateOf(modelId).history = await this.api.listModelReviews(modelId);
    } catch (error) {
      console.warn(`viewer: the reviews of BIM model "${modelId}" could not be listed`, error);
    }
    this.render();
  }

  /** Reads the parcels under a model for the parcel parameter; the layer list is read once. */
  private async readParcels(modelId: string): Promise<void> {
    const state = this.stateOf(modelId);
    state.parcels = { status: 'loading' };
    try {
      this.collectionsRead ??= this.api.listCollections();
      state.parcels = await readModelParcels(this.api, await this.collectionsRead, this.bim.registry.get(modelId).model);
    } catch (error) {
      this.collectionsRead = undefined;
      state.parcels = { status: 'failed', error: problemText(error) };
    }
    this.render();
  }

  private render(): void {
    const modelId = this.shownModel;
    if (modelId === undefined) {
      this.panel.update({ model: undefined, rulePacks: undefined, history: undefined, run: { status: 'idle' }, review: undefined, colouring: false });
      return;
    }
    const state = this.stateOf(modelId);
    const model = this.bim.registry.get(modelId).model;
    this.panel.update({
      model: { id: model.id, name: model.name },
      rulePacks: this.rulePacks,
      rulePacksError: this.rulePacksError,
      history: state.history,
      run: state.run,
      review: state.review,
      reviewError: state.reviewError,
      colouring: state.colouring,
      parcels: state.parcels,
    });
  }
}

/** The text to show for a failure: the API's problem detail when there is one. */
function problemText(error: unknown): string {
  if (error instanceof ApiError) return error.problem?.detail ?? error.problem?.title ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
