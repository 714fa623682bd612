import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type {} from '../src/page-api.ts';
import { hasChromium, launchChromium } from './lib/launch-chromium.ts';
import { compareScreenshots, type PixelRegion } from './lib/screenshot-diff.ts';
import { boxAround, sceneShot } from './lib/scene-shot.ts';
import { startTestServer, type TestServer } from './lib/start-test-server.ts';

// Browser lane for BIM models: the FZK-Haus IFC placed beside the sample district, shown,
// picked, filtered by storey and cut, in headless Chromium with SwiftShader WebGL.
const IFC_FILE = fileURLToPath(new URL('../../../shared/data/ifc/AC20-FZK-Haus.ifc', import.meta.url));
const MODEL_ID = 'ac20-fzk-haus';
const ORIGIN: [number, number, number] = [121.5055, 31.2335, 0];
const VIEWPORT = { width: 1024, height: 700 };
const SLOW = 180_000;
const OUTPUT = fileURLToPath(new URL('../../.test-output/viewer/bim/', import.meta.url));
const GLOBAL_ID = /^[0-9A-Za-z_$]{22}$/;

interface ElementRow {
  globalId: string;
  ifcClass: string;
}

interface ElementDetail extends ElementRow {
  footprint?: { type: string; coordinates: [number, number][][] } | null;
  heights?: { bottom: number; top: number } | null;
}

const skip = !hasChromium() ? 'no /usr/bin/chromium' : !existsSync(IFC_FILE) ? `no ${IFC_FILE}` : false;

describe('BIM models in the viewer', { skip, timeout: 900_000 }, () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let withModel: Buffer;
  let region: PixelRegion;
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await startTestServer({
      ifcModels: [{ file: IFC_FILE, placement: { origin: ORIGIN, rotationDeg: 0 }, overrideGeoreference: true }],
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    page.setDefaultTimeout(SLOW);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const response = await page.goto(`${server.url}/?render=continuous`);
    assert.equal(response?.status(), 200, 'no viewer page; run `npm run build -w @cimtwin/viewer` first');
    await page.waitForFunction(() => window.cimtwin !== undefined);
    await page.evaluate(() => window.cimtwin!.ready);
  }, { timeout: 600_000 });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('lists the model in the layer panel, hidden at first', { timeout: SLOW }, async () => {
    const models = await page.evaluate(() => window.cimtwin!.bimModels());
    const model = models.find((entry) => entry.id === MODEL_ID);
    assert.ok(model, `no model ${MODEL_ID} in ${JSON.stringify(models)}`);
    assert.equal(model.visible, false);
    assert.deepEqual(model.storeys, ['Erdgeschoss', 'Dachgeschoss']);
    assert.match(await page.getByTestId('layer-panel').innerText(), /BIM 模型[\s\S]*AC20-FZK-Haus/);
    assert.equal(await page.getByTestId(`bim-model-toggle-${MODEL_ID}`).isChecked(), false);
    assert.equal(await page.getByTestId(`bim-spaces-toggle-${MODEL_ID}`).isChecked(), false);
  });

  test('the toggled model stands at its place: hiding it changes its screen box', { timeout: 600_000 }, async () => {
    await page.getByTestId(`bim-model-toggle-${MODEL_ID}`).check();
    await page.waitForFunction((id) => window.cimtwin!.bimModels().find((model) => model.id === id)?.status === 'ready', MODEL_ID);
    await page.evaluate((id) => window.cimtwin!.flyTo(id, { heading: 45, pitch: -30, range: 40, duration: 0 }), MODEL_ID);
    assert.match(await page.getByTestId('bim-tree').innerText(), /Erdgeschoss[\s\S]*Dachgeschoss/);
    region = await modelRegion(page);
    withModel = await sceneShot(page, OUTPUT, 'with-model');
    await page.evaluate((id) => window.cimtwin!.setModelVisible(id, false), MODEL_ID);
    const withoutModel = await sceneShot(page, OUTPUT, 'without-model');
    await page.evaluate((id) => window.cimtwin!.setModelVisible(id, true), MODEL_ID);
    const drawn = compareScreenshots(withModel, withoutModel, region);
    writeFileSync(join(OUTPUT, 'model-diff.json'), JSON.stringify({ region, drawn }, null, 2));
    assert.ok(drawn.ratio > 0.1, `only ${drawn.differentPixels} of ${drawn.regionPixels} pixels show the model`);
  });

  test('clicking a wall shows its GlobalId and class in the attribute panel', { timeout: 600_000 }, async () => {
    assert.ok(server);
    const walls = await getJson<{ elements: ElementRow[] }>(`/api/bim/models/${MODEL_ID}/elements?class=IfcWallStandardCase&limit=50`);
    await page.evaluate(() => window.cimtwin!.idle());
    let shown: string | undefined;
    for (const wall of walls.elements) {
      const detail = await getJson<ElementDetail>(`/api/bim/elements/${wall.globalId}?model=${MODEL_ID}`);
      const ring = detail.footprint?.coordinates[0];
      if (!ring || !detail.heights) continue;
      const longitude = ring.reduce((sum, point) => sum + point[0], 0) / ring.length;
      const latitude = ring.reduce((sum, point) => sum + point[1], 0) / ring.length;
      const height = ORIGIN[2] + (detail.heights.bottom + detail.heights.top) / 2;
      const position = await page.evaluate((p) => window.cimtwin!.screenPosition(p[0], p[1], p[2]), [longitude, latitude, height]);
      if (!position) continue;
      const onCanvas = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', position);
      if (!onCanvas) continue;
      await page.mouse.click(position.x, position.y);
      const selected = await page.waitForFunction(() => window.cimtwin!.selectedElement()?.globalId ?? false, undefined, { timeout: 10_000 }).catch(() => undefined);
      if (!selected) continue;
      await page.waitForSelector('[data-testid=element-global-id]');
      shown = (await page.getByTestId('element-global-id').textContent()) ?? undefined;
      break;
    }
    assert.ok(shown, 'no wall could be clicked');
    assert.match(shown, GLOBAL_ID);
    const element = await getJson<ElementDetail>(`/api/bim/elements/${shown}?model=${MODEL_ID}`);
    const shownClass = await page.getByTestId('element-class').textContent();
    assert.ok(shownClass?.startsWith(element.ifcClass), `the panel shows ${shownClass} for a ${element.ifcClass}`);
    assert.ok((await page.locator('[data-testid^=element-pset-]').count()) > 0, 'no property sets shown');
    await page.screenshot({ path: join(OUTPUT, 'selected-element.png') });
    await page.evaluate(() => window.cimtwin!.clearSelection());
  });

  test('hiding storey Dachgeschoss in the tree changes the model', { timeout: 600_000 }, async () => {
    await page.getByTestId('bim-storey-Dachgeschoss').uncheck();
    const withoutRoof = await sceneShot(page, OUTPUT, 'without-dachgeschoss');
    const models = await page.evaluate(() => window.cimtwin!.bimModels());
    assert.deepEqual(models[0]?.hiddenStoreys, ['Dachgeschoss']);
    await page.getByTestId('bim-storey-Dachgeschoss').check();
    const change = compareScreenshots(withModel, withoutRoof, region);
    assert.ok(change.ratio > 0.05, `hiding the upper storey changed only ${change.differentPixels} pixels`);
  });

  test('hiding the walls by class and isolating the ground floor change the model', { timeout: 600_000 }, async () => {
    const wallClass = (await page.locator('[data-testid^=bim-class-IfcWall]').first().getAttribute('data-testid'))!.replace('bim-class-', '');
    await page.getByTestId(`bim-class-${wallClass}`).uncheck();
    const withoutWalls = await sceneShot(page, OUTPUT, 'without-walls');
    let models = await page.evaluate(() => window.cimtwin!.bimModels());
    assert.deepEqual(models[0]?.hiddenClasses, [wallClass]);
    await page.getByTestId(`bim-class-${wallClass}`).check();
    const wallChange = compareScreenshots(withModel, withoutWalls, region);
    assert.ok(wallChange.ratio > 0.02, `hiding ${wallClass} changed only ${wallChange.differentPixels} pixels`);

    await page.getByTestId('bim-isolate-Erdgeschoss').click();
    const groundOnly = await sceneShot(page, OUTPUT, 'isolated-erdgeschoss');
    models = await page.evaluate(() => window.cimtwin!.bimModels());
    assert.equal(models[0]?.isolatedStorey, 'Erdgeschoss');
    assert.equal(await page.getByTestId('bim-isolate-Erdgeschoss').getAttribute('aria-pressed'), 'true');
    await page.evaluate((id) => window.cimtwin!.isolateStorey(id, null), MODEL_ID);
    const isolateChange = compareScreenshots(withModel, groundOnly, region);
    assert.ok(isolateChange.ratio > 0.05, `isolating Erdgeschoss changed only ${isolateChange.differentPixels} pixels`);
  });

  test('the section at 1 m cuts the model', { timeout: 600_000 }, async () => {
    await page.getByTestId('bim-section-toggle').check();
    const models = await page.evaluate(() => window.cimtwin!.bimModels());
    assert.equal(models[0]?.section, 1);
    const cut = await sceneShot(page, OUTPUT, 'section-1m');
    await page.evaluate((id) => window.cimtwin!.setSection(id, null), MODEL_ID);
    const change = compareScreenshots(withModel, cut, region);
    assert.ok(change.ratio > 0.05, `the section changed only ${change.differentPixels} pixels`);
  });

  test('raises no page errors', () => {
    assert.deepEqual(pageErrors, []);
  });

  async function getJson<T>(path: string): Promise<T> {
    const response = await fetch(new URL(path, server!.url));
    assert.equal(response.status, 200, `GET ${path}`);
    return (await response.json()) as T;
  }
});

/** The screen box of the model's footprint from the ground to 9 m up. */
async function modelRegion(page: Page): Promise<PixelRegion> {
  const corners = await page.evaluate((id) => {
    const bbox = window.cimtwin!.bimModels().find((model) => model.id === id)?.bbox;
    if (!bbox) return [];
    const points = [];
    for (const longitude of [bbox[0], bbox[2]]) {
      for (const latitude of [bbox[1], bbox[3]]) {
        for (const height of [0, 9]) points.push(window.cimtwin!.screenPosition(longitude, latitude, height));
      }
    }
    return points;
  }, MODEL_ID);
  const visible = corners.filter((corner) => corner !== undefined);
  assert.ok(visible.length >= 4, 'the model is not on screen');
  return boxAround(visible);
}
