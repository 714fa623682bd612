import type { ReviewDocument, ReviewFinding, ReviewListEntry, ReviewParameters, RulePackInfo } from '../api/review-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { buildReviewParameters, type ParameterEntries, type ParameterFieldProblem } from '../review/build-review-parameters.ts';
import type { ModelParcels } from '../review/read-model-parcels.ts';
import type { ReviewProgress } from '../review/run-review-job.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { parameterProblemText } from './parameter-problem-text.ts';
import type { ParcelSelect } from './parcel-select.ts';
import { reviewResultView, type ReviewResultView } from './review-result-view.ts';
import { rulePackParameters } from './rule-pack-parameters.ts';

/** Where the panel's model stands with running a review. */
export type ReviewRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ReviewProgress }
  | { status: 'failed'; error: string };

/** Everything the review panel shows, for the model the model browser shows. */
export interface ReviewPanelView {
  model: { id: string; name: string } | undefined;
  /** undefined while the list is read. */
  rulePacks: readonly RulePackInfo[] | undefined;
  rulePacksError?: string;
  /** undefined while the list is read. */
  history: readonly ReviewListEntry[] | undefined;
  run: ReviewRunState;
  review: ReviewDocument | undefined;
  reviewError?: string;
  colouring: boolean;
  /** The parcels under the model, for geometry parameters; undefined until asked for. */
  parcels?: ModelParcels;
}

/** What the review form sends: rule packs, an IDS file and the parameters changed from their defaults. */
export interface ReviewFormInput {
  rulePacks: string[];
  ids?: File;
  parameters: ReviewParameters;
}

/** What a reviewer picked and entered for one model, kept while the panel shows another. */
interface ReviewPicks {
  packs: Set<string>;
  ids?: File;
  entries: ParameterEntries;
  /** Packs whose parameters are unfolded. */
  unfolded: Set<string>;
  /** Why the last Run was not sent: the invalid parameters. */
  problems?: ParameterFieldProblem[];
}

/** What the review panel asks of the viewer. */
export interface ReviewPanelActions {
  run(modelId: string, input: ReviewFormInput): void;
  open(modelId: string, reviewId: string): void;
  selectFinding(modelId: string, finding: ReviewFinding): void;
  setColouring(modelId: string, on: boolean): void;
  reportUrl(reviewId: string, format: 'html' | 'bcf', language: Language): string;
}

/**
 * The review panel (模型审查) of one model: pick rule packs, set their parameters, add an IDS
 * file and run a review, or open an earlier one; then read its verdict and checks and colour
 * the model by result. Parts are rebuilt only when what they show changes, so a running
 * review's progress does not reset the form or close an opened check; the parcel list is
 * filled in place when it arrives.
 */
export class ReviewPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-review-panel', testId: 'review-panel' });
  private readonly heading = createElement('h2');
  private readonly form = createElement('div', { className: 'cimtwin-review-form' });
  private readonly status = createElement('div', { className: 'cimtwin-review-status-line', testId: 'review-status' });
  private readonly history = createElement('div', { className: 'cimtwin-review-history' });
  private readonly result = createElement('div');
  private view: ReviewPanelView = { model: undefined, rulePacks: undefined, history: undefined, run: { status: 'idle' }, review: undefined, colouring: false };
  private formKey = '';
  private resultKey = '';
  private resultView: ReviewResultView | undefined;
  /** Picks per model, kept while the panel shows another model. */
  private readonly picks = new Map<string, ReviewPicks>();
  private parcelSelects: ParcelSelect[] = [];
  private shownParcels: ModelParcels | undefined;

  constructor(
    language: Language,
    private readonly actions: ReviewPanelActions,
  ) {
    super(language);
    this.element.append(this.heading, this.form, this.status, this.history, this.result);
    this.render();
  }

  /** Shows a new view. */
  update(view: ReviewPanelView): void {
    this.view = view;
    this.render();
  }


  protected render(): void {
    const t = this.t;
    const { model } = this.view;
    this.element.hidden = model === undefined;
    if (!model) return;
    this.heading.textContent = `${t('review')}: ${model.name}`;
    const formKey = [model.id, this.language, this.view.rulePacks?.map((p) => p.id).join() ?? '', this.view.rulePacksError ?? ''].join('|');
    if (formKey !== this.formKey) {
      this.formKey = formKey;
      this.form.replaceChildren(...this.formParts(model.id, t));
      this.shownParcels = undefined;
      for (const select of this.parcelSelects) select.update(this.view.parcels, t);
    }
    if (this.view.parcels !== this.shownParcels) {
      this.shownParcels = this.view.parcels;
      for (const select of this.parcelSelects) select.update(this.view.parcels, t);
    }
    const run = this.form.querySelector<HTMLButtonElement>('[data-testid=review-run]');
    if (run) run.disabled = this.view.run.status === 'running';
    this.status.replaceChildren(...this.statusParts(model.id, t));
    this.history.replaceChildren(...this.historyParts(model.id, t));
    const review = this.view.review;
    const resultKey = review ? `${review.id}|${this.language}` : '';
    if (resultKey !== this.resultKey) {
      this.resultKey = resultKey;
      this.resultView = review
        ? reviewResultView(review, this.language, this.view.colouring, {
            selectFinding: (finding) => this.actions.selectFinding(model.id, finding),
            setColouring: (on) => this.actions.setColouring(model.id, on),
            reportUrl: (format) => this.actions.reportUrl(review.id, format, this.language),
          })
        : undefined;
      this.result.replaceChildren(...(this.resultView ? [this.resultView.element] : []));
    }
    this.resultView?.setColouring(this.view.colouring);
  }

  private picksOf(modelId: string): ReviewPicks {
    let picks = this.picks.get(modelId);
    if (!picks) this.picks.set(modelId, (picks = { packs: new Set(), entries: {}, unfolded: new Set() }));
    return picks;
  }

  private formParts(modelId: string, t: (key: LabelKey) => string): HTMLElement[] {
    const picks = this.picksOf(modelId);
    const packs = this.view.rulePacks;
    this.parcelSelects = [];
    // A fixed value clears the "not sent" line once every entry is valid again.
    const entered = () => {
      if (picks.problems === undefined || !packs || buildReviewParameters(packs, [...picks.packs], picks.entries).problems.length > 0) return;
      picks.problems = undefined;
      this.status.replaceChildren(...this.statusParts(modelId, t));
    };
    const packList = packs === undefined
      ? createElement('p', { className: 'cimtwin-hint' }, [this.view.rulePacksError ? `${t('rulePacksFailed')}: ${this.view.rulePacksError}` : t('loading')])
      : createElement('ul', { className: 'cimtwin-layer-list cimtwin-review-packs', testId: 'review-packs' }, packs.map((pack) => {
          const box = createElement('input', { type: 'checkbox', id: `cimtwin-review-pack-${pack.id}`, testId: `review-pack-${pack.id}`, value: pack.id });
          box.checked = picks.packs.has(pack.id);
          const parameters = rulePackParameters(pack, (picks.entries[pack.id] ??= {}), t, entered);
          if (parameters) {
            this.parcelSelects.push(...parameters.parcelSelects);
            parameters.element.hidden = !box.checked;
            parameters.element.open = picks.unfolded.has(pack.id);
            parameters.element.addEventListener('toggle', () => (parameters.element.open ? picks.unfolded.add(pack.id) : picks.unfolded.delete(pack.id)));
          }
          box.addEventListener('change', () => {
            if (box.checked) picks.packs.add(pack.id);
            else picks.packs.delete(pack.id);
            if (parameters) parameters.element.hidden = !box.checked;
            entered();
          });
          return createElement('li', { className: 'cimtwin-review-pack' }, [box, createElement('label', { for: box.id, title: pack.description ?? pack.id }, [pack.title]), parameters?.element]);
        }));
    const file = createElement('input', { type: 'file', id: 'cimtwin-review-ids', accept: '.ids,.xml', testId: 'review-ids-file' });
    const chosen = createElement('small', { className: 'cimtwin-hint', testId: 'review-ids-name' }, [picks.ids?.name ?? '']);
    file.addEventListener('change', () => {
      picks.ids = file.files?.[0];
      chosen.textContent = picks.ids?.name ?? '';
    });
    const run = createElement('button', { type: 'button', testId: 'review-run' }, [t('runReview')]);
    run.addEventListener('click', () => this.submit(modelId));
    return [
      createElement('h3', {}, [t('rulePacks')]),
      packList,
      createElement('label', { for: file.id, className: 'cimtwin-review-file-label' }, [t('idsFile')]),
      file,
      chosen,
      createElement('div', { className: 'cimtwin-bim-row' }, [run]),
    ];
  }

  /** Runs the review of the form, or, when a parameter is invalid, says so and sends nothing. */
  private submit(modelId: string): void {
    const picks = this.picksOf(modelId);
    const rulePacks = [...picks.packs];
    const { parameters, problems } = buildReviewParameters(this.view.rulePacks ?? [], rulePacks, picks.entries);
    picks.problems = problems.length > 0 ? problems : undefined;
    if (problems.length > 0) {
      for (const { packId } of problems) {
        const details = this.form.querySelector<HTMLDetailsElement>(`[data-testid="review-params-${packId}"]`);
        if (details) details.open = true;
      }
      const first = problems[0];
      this.form.querySelector<HTMLElement>(`[data-testid="review-param-${first.packId}-${first.key}"]`)?.focus();
      this.status.replaceChildren(...this.statusParts(modelId, this.t));
      return;
    }
    this.status.replaceChildren(...this.statusParts(modelId, this.t));
    this.actions.run(modelId, { rulePacks, ids: picks.ids, parameters });
  }

  private statusParts(modelId: string, t: (key: LabelKey) => string): HTMLElement[] {
    const parts: HTMLElement[] = [];
    const problems = this.picks.get(modelId)?.problems;
    if (problems) {
      const text = problems.map((p) => `${p.title}: ${parameterProblemText(p.problem, t)}`).join('; ');
      parts.push(createElement('p', { className: 'cimtwin-error', testId: 'review-parameter-error' }, [`${t('parametersInvalid')}: ${text}`]));
    }
    const run = this.view.run;
    if (run.status === 'running') {
      const { status, phase, progress } = run.progress;
      const bar = createElement('progress', { max: '1', testId: 'review-progress' });
      bar.value = progress;
      const step = phase ? ` · ${phase === 'ids' ? 'IDS' : phase.replace(/^rules:/, '')}` : '';
      parts.push(createElement('div', { className: 'cimtwin-bim-row' }, [bar, createElement('span', {}, [`${t(status === 'queued' ? 'reviewQueued' : 'reviewRunning')}${step} ${Math.round(progress * 100)}%`])]));
    } else if (run.status === 'failed') {
      parts.push(createElement('p', { className: 'cimtwin-error', testId: 'review-error' }, [`${t('reviewRunFailed')}: ${run.error}`]));
    }
    if (this.view.reviewError) parts.push(createElement('p', { className: 'cimtwin-error', testId: 'review-load-error' }, [`${t('reviewLoadFailed')}: ${this.view.reviewError}`]));
    return parts;
  }

  private historyParts(modelId: string, t: (key: LabelKey) => string): HTMLElement[] {
    const entries = this.view.history;
    if (entries === undefined) return [];
    const when = (iso: string) => new Date(iso).toLocaleString(this.language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
    const items = entries.map((entry) => {
      const open = createElement('button', {
        type: 'button',
        className: 'cimtwin-review-history-entry',
        testId: 'review-open',
        'data-review-id': entry.id,
        'aria-current': entry.id === this.view.review?.id ? 'true' : undefined,
        title: entry.ruleSets.map((set) => set.title).join('\n'),
      }, [`${when(entry.createdAt)} · ${t(entry.verdict === 'pass' ? 'verdictPass' : 'verdictFail')} · ${entry.ruleSets.map((set) => set.id).join(', ')}`]);
      open.addEventListener('click', () => this.actions.open(modelId, entry.id));
      return createElement('li', {}, [open]);
    });
    return [
      createElement('h3', {}, [t('earlierReviews')]),
      items.length > 0
        ? createElement('ul', { className: 'cimtwin-review-history-list', testId: 'review-history' }, items)
        : createElement('p', { className: 'cimtwin-hint', testId: 'review-history' }, [t('noEarlierReviews')]),
    ];
  }
}
