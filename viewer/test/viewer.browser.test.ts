import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { LayerSummary } from '../src/lib/layers/twin-layer.ts';
import type {} from '../src/page-api.ts';
import { findFeatureByName } from './lib/find-feature-by-name.ts';
import { interiorPoint, largestPolygon } from './lib/interior-point.ts';
import { hasChromium, launchChromium } from './lib/launch-chromium.ts';
import { openViewerPage } from './lib/open-viewer-page.ts';
import { compareScreenshots, type PixelRegion } from './lib/screenshot-diff.ts';
import { boxAround, sceneShot } from './lib/scene-shot.ts';
import { startTestServer, type TestServer } from './lib/start-test-server.ts';

// Browser lane: the built viewer (npm run build -w @cimtwin/viewer) against the real server
// with the sample district, in headless Chromium with SwiftShader WebGL, which is slow.
const VIEWPORT = { width: 1024, height: 700 };
const SLOW = 180_000;
const KNOWN_BUILDING = '上海国际会议中心';
const OUTPUT = fileURLToPath(new URL('../../.test-output/viewer/', import.meta.url));

/** Hides the floating panels so screenshots show the scene alone. */

describe('viewer in a browser', { skip: !hasChromium() && 'no /usr/bin/chromium', timeout: 900_000 }, () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let buildings: LayerSummary;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    const origin = new URL(server.url).origin;
    page = await openViewerPage(browser, server.url, {
      viewport: VIEWPORT,
      timeout: SLOW,
      pageErrors,
      beforeNavigation: (opened) =>
        opened.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
        }),
    });
    const layers = await page.evaluate(() => window.cimtwin!.layers());
    const found = layers.find((layer) => layer.kind === 'buildings' && layer.hasTileset);
    assert.ok(found, `no building layer with 3D tiles in ${JSON.stringify(layers)}`);
    buildings = found;
  }, { timeout: 600_000 });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('lists the layers in Chinese, every tileset loaded', { timeout: SLOW }, async () => {
    const layers = await page.evaluate(() => window.cimtwin!.layers());
    for (const layer of layers.filter((entry) => entry.hasTileset)) {
      assert.equal(layer.status, 'ready', `layer ${layer.id} is ${layer.status}: ${layer.error ?? ''}`);
    }
    assert.match(await page.getByTestId('layer-panel').innerText(), /图层/);
    assert.equal(await page.getByTestId(`layer-toggle-${buildings.id}`).isChecked(), true);
    assert.match(await page.getByTestId('height-legend').innerText(), /高度/);
    assert.match(await page.getByTestId('attribute-panel').innerText(), /属性/);
  });

  test('draws the city: hiding the buildings changes the district on screen', { timeout: 600_000 }, async () => {
    const region = await districtRegion(page, buildings);
    const withBuildings = await sceneShot(page, OUTPUT, 'with-buildings');
    await page.getByTestId(`layer-toggle-${buildings.id}`).uncheck();
    const withoutBuildings = await sceneShot(page, OUTPUT, 'without-buildings');
    await page.getByTestId(`layer-toggle-${buildings.id}`).check();
    const again = await sceneShot(page, OUTPUT, 'with-buildings-again');

    const drawn = compareScreenshots(withBuildings, withoutBuildings, region);
    const noise = compareScreenshots(withBuildings, again, region);
    writeFileSync(join(OUTPUT, 'district-diff.json'), JSON.stringify({ region, drawn, noise }, null, 2));
    assert.ok(
      drawn.differentPixels > 3000 && drawn.ratio > 0.02,
      `only ${drawn.differentPixels} of ${drawn.regionPixels} district pixels show buildings`,
    );
    assert.ok(
      noise.differentPixels < drawn.differentPixels / 10,
      `the same view differs by ${noise.differentPixels} pixels between two renders`,
    );
  });

  test(`clicking ${KNOWN_BUILDING} shows its name in the attribute panel`, { timeout: 600_000 }, async () => {
    assert.ok(server);
    const feature = await findFeatureByName(server.url, buildings.id, KNOWN_BUILDING);
    const [longitude, latitude] = interiorPoint(largestPolygon(feature.geometry));
    const height = typeof feature.properties.height === 'number' ? feature.properties.height : 10;
    const target = { longitude, latitude, height: height / 2 };

    // Look down steeply from nearby so no taller neighbour hides the building.
    await page.evaluate((point) => window.cimtwin!.flyTo(point, { range: 500, pitch: -70, duration: 0 }), target);
    await page.evaluate(() => window.cimtwin!.idle());
    const position = await page.evaluate(
      (point) => window.cimtwin!.screenPosition(point.longitude, point.latitude, point.height),
      target,
    );
    assert.ok(position, 'the building is not on screen');
    const onCanvas = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS',
      position,
    );
    assert.ok(onCanvas, `a panel covers the building at ${position.x},${position.y}`);

    const around: PixelRegion = { x: position.x - 15, y: position.y - 15, width: 30, height: 30 };
    const before = await page.screenshot({ clip: around });
    await page.mouse.click(position.x, position.y);
    await page.waitForFunction(
      (name) => document.querySelector('[data-testid=feature-name]')?.textContent === name,
      KNOWN_BUILDING,
    );
    const selected = await page.evaluate(() => window.cimtwin!.selected());
    assert.equal(selected?.layerId, buildings.id);
    assert.equal(String(selected?.id), String(feature.id));
    const rows = await page.locator('[data-testid^=feature-property-]').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-testid')),
    );
    assert.deepEqual(rows.slice(0, 3), ['feature-property-name', 'feature-property-height', 'feature-property-kind']);

    await page.evaluate(() => window.cimtwin!.idle());
    const highlighted = await page.screenshot({ clip: around });
    const change = compareScreenshots(before, highlighted, { x: 0, y: 0, width: 30, height: 30 });
    assert.ok(change.ratio > 0.5, `the picked building is not highlighted (${change.differentPixels} pixels changed)`);
  });

  test('selectFeature through the page API fills the panel', { timeout: SLOW }, async () => {
    assert.ok(server);
    const feature = await findFeatureByName(server.url, buildings.id, KNOWN_BUILDING);
    await page.evaluate(() => window.cimtwin!.clearSelection());
    const record = await page.evaluate(
      ({ layerId, id }) => window.cimtwin!.selectFeature(layerId, id),
      { layerId: buildings.id, id: feature.id },
    );
    assert.equal(record?.properties?.name, KNOWN_BUILDING);
    assert.equal(await page.getByTestId('feature-name').textContent(), KNOWN_BUILDING);
  });

  test('switches to English', { timeout: SLOW }, async () => {
    await page.getByTestId('language-toggle').click();
    assert.match(await page.getByTestId('layer-panel').innerText(), /Layers/);
    assert.equal(await page.evaluate(() => window.cimtwin!.language), 'en');
    assert.match(page.url(), /lang=en/);
    await page.getByTestId('language-toggle').click();
    assert.match(await page.getByTestId('layer-panel').innerText(), /图层/);
  });

  test('fetches nothing beyond its own server and raises no page errors', () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(pageErrors, []);
  });
});

/** The screen box of the building layer's extent, from the ground to 300 m up. */
async function districtRegion(page: Page, layer: LayerSummary): Promise<PixelRegion> {
  const extent = layer.extent;
  assert.ok(extent, `layer ${layer.id} has no extent`);
  const corners = await page.evaluate((box) => {
    const points = [];
    for (const longitude of [box.west, box.east]) {
      for (const latitude of [box.south, box.north]) {
        for (const height of [0, 300]) points.push(window.cimtwin!.screenPosition(longitude, latitude, height));
      }
    }
    return points;
  }, extent);
  const visible = corners.filter((corner) => corner !== undefined);
  if (visible.length < 2) return { x: 0, y: 0, ...VIEWPORT };
  return boxAround(visible);
}
