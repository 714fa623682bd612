import { kindLabel, type Language } from '../i18n/labels.ts';

/**
 * The name a layer goes by in the panel: the translated kind for a layer named after its kind
 * (`buildings` → 建筑), the API title for any other layer.
 */
export function layerLabel(layer: { id: string; kind: string; title: string }, language: Language): string {
  return (layer.id === layer.kind ? kindLabel(language, layer.kind) : undefined) ?? layer.title;
}
