import { isLanguage, type Language } from '../i18n/labels.ts';

/** How often the scene renders: every frame, or only when something changed. */
export type RenderMode = 'continuous' | 'on-demand';

/** Start-up settings of the viewer, read once from the page address. */
export interface ViewerSettings {
  /** UI language (`?lang=zh|en`). */
  readonly language: Language;
  /** `?render=continuous` turns Cesium's request-render mode off (tests, screen recording). */
  readonly renderMode: RenderMode;
  /** Base URL of the cimtwin API (`?api=`), absolute. */
  readonly apiBase: string;
  /**
   * Scene time as ISO 8601 (`?time=2026-06-21T12:00+08:00`): the sun lights the city as at that
   * moment and the clock stands still; absent, the scene follows the present.
   */
  readonly time?: string;
}

/** Defaults of {@link ViewerSettings} other than the API base, which depends on the page. */
export const VIEWER_SETTINGS_DEFAULTS = { language: 'zh', renderMode: 'on-demand' } as const;

/**
 * Reads the viewer settings from a page address. The API defaults to `api/` next to the page,
 * which is `/api/` when the viewer is served at the root and follows it under a sub-path.
 */
export function readViewerSettings(pageUrl: string): ViewerSettings {
  const url = new URL(pageUrl);
  const params = url.searchParams;
  const lang = params.get('lang');
  const render = params.get('render');
  const api = params.get('api');
  const time = params.get('time');
  return Object.freeze({
    language: isLanguage(lang) ? lang : VIEWER_SETTINGS_DEFAULTS.language,
    renderMode: render === 'continuous' ? 'continuous' : VIEWER_SETTINGS_DEFAULTS.renderMode,
    apiBase: withTrailingSlash(new URL(api ?? 'api/', url).href),
    ...(time && !Number.isNaN(Date.parse(time)) ? { time: new Date(time).toISOString() } : {}),
  });
}

function withTrailingSlash(href: string): string {
  return href.endsWith('/') ? href : `${href}/`;
}
