import type { ReviewDocument, ReviewFinding, ReviewListEntry, RulePackInfo } from '../api/review-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import type { ReviewProgress } from '../review/run-review-job.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { reviewResultView, type ReviewResultView } from './review-result-view.ts';

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
}

/** What the review panel asks of the viewer. */
export interface ReviewPanelActions {
  run(modelId: string, rulePacks: string[], ids: File | undefined): void;
  open(modelId: string, reviewId: string): void;
  selectFinding(modelId: string, finding: ReviewFinding): void;
  setColouring(modelId: string, on: boolean): void;
  reportUrl(reviewId: string, format: 'html' | 'bcf', language: Language): string;
}

/**
 * The review panel (模型审查) of one model: pick rule packs and an IDS file and run a review,
 * or open an earlier one; then read its verdict and checks and colour the model by result.
 * Parts are rebuilt only when what they show changes, so a running review's progress does not
 * reset the form or close an opened check.
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
  private readonly picks = new Map<string, { packs: Set<string>; ids?: File }>();

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
    }
    const run = this.form.querySelector<HTMLButtonElement>('[data-testid=review-run]');
    if (run) run.disabled = this.view.run.status === 'running';
    this.status.replaceChildren(...this.statusParts(t));
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

  private picksOf(modelId: string): { packs: Set<string>; ids?: File } {
    let picks = this.picks.get(modelId);
    if (!picks) this.picks.set(modelId, (picks = { packs: new Set() }));
    return picks;
  }

  private formParts(modelId: string, t: (key: LabelKey) => string): HTMLElement[] {
    const picks = this.picksOf(modelId);
    const packs = this.view.rulePacks;
    const packList = packs === undefined
      ? createElement('p', { className: 'cimtwin-hint' }, [this.view.rulePacksError ? `${t('rulePacksFailed')}: ${this.view.rulePacksError}` : t('loading')])
      : createElement('ul', { className: 'cimtwin-layer-list cimtwin-review-packs', testId: 'review-packs' }, packs.map((pack) => {
          const box = createElement('input', { type: 'checkbox', id: `cimtwin-review-pack-${pack.id}`, testId: `review-pack-${pack.id}`, value: pack.id });
          box.checked = picks.packs.has(pack.id);
          box.addEventListener('change', () => (box.checked ? picks.packs.add(pack.id) : picks.packs.delete(pack.id)));
          return createElement('li', {}, [box, createElement('label', { for: box.id, title: pack.description ?? pack.id }, [pack.title])]);
        }));
    const file = createElement('input', { type: 'file', id: 'cimtwin-review-ids', accept: '.ids,.xml', testId: 'review-ids-file' });
    const chosen = createElement('small', { className: 'cimtwin-hint', testId: 'review-ids-name' }, [picks.ids?.name ?? '']);
    file.addEventListener('change', () => {
      picks.ids = file.files?.[0];
      chosen.textContent = picks.ids?.name ?? '';
    });
    const run = createElement('button', { type: 'button', testId: 'review-run' }, [t('runReview')]);
    run.addEventListener('click', () => this.actions.run(modelId, [...picks.packs], picks.ids));
    return [
      createElement('h3', {}, [t('rulePacks')]),
      packList,
      createElement('label', { for: file.id, className: 'cimtwin-review-file-label' }, [t('idsFile')]),
      file,
      chosen,
      createElement('div', { className: 'cimtwin-bim-row' }, [run]),
    ];
  }

  private statusParts(t: (key: LabelKey) => string): HTMLElement[] {
    const parts: HTMLElement[] = [];
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
