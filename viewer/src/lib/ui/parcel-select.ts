import type { FeatureReference } from '../api/review-types.ts';
import type { LabelKey } from '../i18n/labels.ts';
import type { ParcelChoice } from '../review/parcel-choices.ts';
import type { ModelParcels } from '../review/read-model-parcels.ts';
import { createElement } from './create-element.ts';

/**
 * The select of a geometry parameter (the planning-conditions parcel): "none", then the parcels
 * under the model, those holding it first. Filled again in place as the parcels arrive, so the
 * rest of the form keeps its state.
 */
export class ParcelSelect {
  /** The select and the line under it that says how the parcel list stands. */
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;
  private readonly hint = createElement('small', { className: 'cimtwin-hint cimtwin-review-parcel-hint', testId: 'review-parcel-hint' });

  constructor(
    id: string,
    testId: string,
    private chosen: FeatureReference | null,
    private readonly onChange: (chosen: FeatureReference | null) => void,
  ) {
    this.select = createElement('select', { id, testId });
    this.select.addEventListener('change', () => {
      const value = this.select.value;
      const split = value.lastIndexOf(':');
      this.chosen = split > 0 ? { layerId: value.slice(0, split), featureId: Number(value.slice(split + 1)) } : null;
      this.onChange(this.chosen);
    });
    this.element = createElement('span', { className: 'cimtwin-review-parcel' }, [this.select, this.hint]);
  }

  /** Lists the parcels of the model (undefined: not asked for yet), keeping the chosen one. */
  update(parcels: ModelParcels | undefined, t: (key: LabelKey) => string): void {
    const none = createElement('option', { value: '' }, [t('parcelNone')]);
    const options: HTMLOptionElement[] = [none];
    let hint = '';
    if (parcels === undefined || parcels.status === 'loading') hint = t('loading');
    else if (parcels.status === 'failed') hint = `${t('parcelsFailed')}: ${parcels.error}`;
    else if (parcels.status === 'no-layer') none.textContent = t('noParcelLayer');
    else {
      options.push(...parcels.choices.map((choice) => createElement('option', { value: `${parcels.layerId}:${choice.featureId}` }, [parcelLabel(choice, t)])));
      if (parcels.choices.length === 0) hint = t('noParcelsFound');
    }
    const chosenValue = this.chosen ? `${this.chosen.layerId}:${this.chosen.featureId}` : '';
    if (this.chosen && !options.some((option) => option.value === chosenValue)) {
      options.push(createElement('option', { value: chosenValue }, [`${this.chosen.layerId} #${this.chosen.featureId}`]));
    }
    this.select.replaceChildren(...options);
    this.select.value = chosenValue;
    this.select.disabled = parcels?.status === 'no-layer' && !this.chosen;
    this.hint.textContent = hint;
    this.hint.hidden = hint === '';
  }
}

/** How a parcel is named in the list: its name, else its kind and id; marked when it holds the model. */
export function parcelLabel(choice: ParcelChoice, t: (key: LabelKey) => string): string {
  const name = choice.name ?? `${choice.kind ?? ''} #${choice.featureId}`.trim();
  return choice.holdsModel ? `${name} · ${t('parcelHoldsModel')}` : name;
}
