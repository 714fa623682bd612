import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type {} from '../../src/page-api.ts';

/** What the browser tests open a page with. */
export interface ViewerPageOptions {
  viewport: { width: number; height: number };
  /** Default timeout of the page's waits, ms. */
  timeout: number;
  /** Collects the messages of uncaught page errors. */
  pageErrors: string[];
  /** Runs before navigation, e.g. to watch requests. */
  beforeNavigation?: (page: Page) => void;
}

/**
 * Scene time of every browser test: noon in Shanghai at midsummer, so the sun lights the city
 * the same whatever the hour the tests run (shading, and so pixel differences, follow the sun).
 */
export const TEST_SCENE_TIME = '2026-06-21T04:00:00Z';

/** Opens the viewer of `serverUrl` with continuous rendering at TEST_SCENE_TIME and waits until its layers are ready. */
export async function openViewerPage(browser: Browser, serverUrl: string, options: ViewerPageOptions): Promise<Page> {
  const page = await browser.newPage({ viewport: options.viewport, deviceScaleFactor: 1 });
  page.setDefaultTimeout(options.timeout);
  options.beforeNavigation?.(page);
  page.on('pageerror', (error) => options.pageErrors.push(error.message));
  const response = await page.goto(`${serverUrl}/?render=continuous&time=${TEST_SCENE_TIME}`);
  assert.equal(response?.status(), 200, 'no viewer page; run `npm run build -w @cimtwin/viewer` first');
  await page.waitForFunction(() => window.cimtwin !== undefined);
  await page.evaluate(() => window.cimtwin!.ready);
  return page;
}
