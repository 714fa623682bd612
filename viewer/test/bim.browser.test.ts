import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page, Request } from 'playwright-core';
import type {} from '../src/page-api.ts';
import type { ReviewDocument, ReviewFinding } from '../src/lib/api/review-types.ts';
import { bimFeatureColours, type FeatureColour } from './lib/bim-feature-colours.ts';
import { hasChromium, launchChromium } from './lib/launch-chromium.ts';
import { openViewerPage } from './lib/open-viewer-page.ts';
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
const IDS_FILE = fileURLToPath(new URL('../../data-samples/ids/residential-handover.ids', import.meta.url));
/** Style colours of the review results (REVIEW_COLOURS), as rounded channels. */
const FAIL_RGBA = [0.9, 0.22, 0.21, 1];
const PASS_RGBA = [0.26, 0.63, 0.28, 1];

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
    page = await openViewerPage(browser, server.url, { viewport: VIEWPORT, timeout: SLOW, pageErrors });
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

  test('a refused review shows the API problem detail in the panel', { timeout: SLOW }, async () => {
    await page.getByTestId('review-panel').waitFor();
    assert.match(await page.getByTestId('review-panel').innerText(), /模型审查: AC20-FZK-Haus/);
    await page.getByTestId('review-pack-gb-50096').waitFor();
    await page.getByTestId('review-ids-file').setInputFiles({ name: 'broken.ids', mimeType: 'application/xml', buffer: Buffer.from('<ids xmlns="http://standards.buildingsmart.org/IDS"><info/></ids>') });
    await page.getByTestId('review-run').click();
    const error = await page.getByTestId('review-error').innerText();
    assert.match(error, /^审查未能运行: .*line \d+/is, error);
  });

  let review: ReviewDocument;

  test('runs a review from the panel: progress, verdict, failing checks by clause as the API has them', { timeout: 600_000 }, async () => {
    await page.getByTestId('review-pack-gb-50096').check();
    await page.getByTestId('review-pack-gb-50352').check();
    await page.getByTestId('review-ids-file').setInputFiles(IDS_FILE);
    assert.equal(await page.getByTestId('review-ids-name').innerText(), 'residential-handover.ids');
    // The progress bar may come and go between two polls of the test, so a watcher records it.
    await page.evaluate(() => {
      const panel = document.querySelector('[data-testid=review-panel]')!;
      const seen: boolean[] = [];
      (window as unknown as { reviewProgressSeen: boolean[] }).reviewProgressSeen = seen;
      new MutationObserver(() => {
        if (panel.querySelector('[data-testid=review-progress]')) seen.push(true);
      }).observe(panel, { childList: true, subtree: true });
    });
    await page.getByTestId('review-run').click();
    await page.getByTestId('review-verdict').waitFor({ timeout: 300_000 });
    assert.ok(await page.evaluate(() => (window as unknown as { reviewProgressSeen: boolean[] }).reviewProgressSeen.length > 0), 'no progress was shown');
    assert.equal(await page.getByTestId('review-progress').count(), 0, 'the progress bar stays after the review');
    const reviewId = await page.getByTestId('review-result').getAttribute('data-review-id');
    assert.ok(reviewId);
    review = await getJson<ReviewDocument>(`/api/reviews/${reviewId}`);
    assert.deepEqual(review.reports.map((r) => r.ruleSet.id), ['residential-handover.ids', 'gb-50096', 'gb-50352']);
    assert.equal(await page.getByTestId('review-verdict').getAttribute('data-verdict'), review.verdict);
    assert.match(await page.getByTestId('review-verdict').innerText(), new RegExp(`^不通过 · 未通过检查 ${review.failedChecks} · 问题 ${review.findings}$`));

    const shown = await page.locator('[data-testid=review-check]').evaluateAll((items) =>
      items.map((item) => ({
        ruleSet: item.getAttribute('data-rule-set'),
        id: item.getAttribute('data-check-id'),
        status: item.getAttribute('data-status'),
        clause: item.querySelector('[data-testid=review-check-clause]')?.textContent ?? null,
      })),
    );
    const expected = review.reports.flatMap((r) => r.checks.map((c) => ({ ruleSet: r.ruleSet.id, id: c.id, status: c.status, clause: c.clause })));
    const byKey = (list: typeof shown) => [...list].sort((a, b) => `${a.ruleSet}/${a.id}`.localeCompare(`${b.ruleSet}/${b.id}`));
    assert.deepEqual(byKey(shown), byKey(expected), 'the panel lists every check with its status and clause');
    const failing = shown.filter((c) => c.status === 'fail');
    assert.ok(failing.length >= 5, `only ${failing.length} failing checks`);
    assert.ok(failing.some((c) => c.clause === 'GB 50096-2011 5.8.7'), 'the door opening clause is listed');
    for (const ruleSet of review.reports.map((r) => r.ruleSet.id)) {
      const statuses = shown.filter((c) => c.ruleSet === ruleSet).map((c) => c.status);
      const firstOther = statuses.findIndex((status) => status !== 'fail');
      assert.ok(firstOther === -1 || statuses.slice(firstOther).every((status) => status !== 'fail'), `${ruleSet}: failing checks come first (${statuses})`);
    }
    const history = await page.locator('[data-testid=review-open]').evaluateAll((items) => items.map((item) => item.getAttribute('data-review-id')));
    assert.equal(history[0], review.id, 'the new review heads the earlier reviews');
    assert.equal(await page.getByTestId('review-html-link').getAttribute('href'), `${server!.url}/api/reviews/${review.id}?format=html&lang=zh`);
    const bcf = await fetch(new URL((await page.getByTestId('review-bcf-link').getAttribute('href'))!));
    assert.equal(bcf.status, 200);
    assert.match(bcf.headers.get('content-disposition') ?? '', /\.bcfzip/);
  });

  test('clicking a finding selects its element and flies to it', { timeout: SLOW }, async () => {
    assert.ok(review, 'the review did not run');
    const finding = review.reports[1].findings.find((f) => f.checkId === 'gb50096-door-opening' && f.name === 'Haustuer') as ReviewFinding;
    assert.ok(finding?.globalId, 'the entrance door is a finding of the door opening check');
    const check = page.locator('[data-testid=review-check][data-rule-set="gb-50096"][data-check-id="gb50096-door-opening"]');
    await check.locator('summary').click();
    const values = await check.locator(`[data-testid=review-finding][data-global-id="${finding.globalId}"] [data-testid=review-finding-values]`).innerText();
    assert.equal(values, `实测 ${finding.measured} m · 要求 ${finding.required} m`);
    await check.locator(`[data-testid=review-finding][data-global-id="${finding.globalId}"]`).click();
    await page.waitForFunction((globalId) => window.cimtwin!.selectedElement()?.globalId === globalId, finding.globalId);
    assert.equal(await page.getByTestId('element-global-id').innerText(), finding.globalId);
    const detail = await getJson<ElementDetail>(`/api/bim/elements/${finding.globalId}?model=${MODEL_ID}`);
    const ring = detail.footprint!.coordinates[0];
    const centre = [
      ring.reduce((sum, point) => sum + point[0], 0) / ring.length,
      ring.reduce((sum, point) => sum + point[1], 0) / ring.length,
      (detail.heights!.bottom + detail.heights!.top) / 2,
    ];
    // The flight ends with the element in the middle of the view, not under a panel.
    await page.waitForFunction(([longitude, latitude, height, width, viewHeight]) => {
      const position = window.cimtwin!.screenPosition(longitude, latitude, height);
      return position !== undefined && Math.abs(position.x - width / 2) < width * 0.1 && Math.abs(position.y - viewHeight / 2) < viewHeight * 0.1;
    }, [...centre, VIEWPORT.width, VIEWPORT.height], { timeout: 30_000 });
    const position = (await page.evaluate((p) => window.cimtwin!.screenPosition(p[0], p[1], p[2]), centre))!;
    assert.equal(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, position), 'CANVAS');
    await page.screenshot({ path: join(OUTPUT, 'review-finding.png') });
  });

  test('colouring by result paints failures red and passes green, tiles loaded later too, and turns off again', { timeout: 600_000 }, async () => {
    assert.ok(review, 'the review did not run');
    await page.evaluate(() => window.cimtwin!.clearSelection());
    await page.evaluate((id) => window.cimtwin!.flyTo(id, { heading: 45, pitch: -30, range: 40, duration: 0 }), MODEL_ID);
    const plain = await sceneShot(page, OUTPUT, 'review-plain');
    const box = await modelRegion(page);
    await page.getByTestId('review-colour-toggle').check();
    const coloured = await sceneShot(page, OUTPUT, 'review-coloured');
    const change = compareScreenshots(plain, coloured, box);
    assert.ok(change.ratio > 0.1, `colouring changed only ${change.differentPixels} of ${change.regionPixels} pixels`);
    assert.equal((await page.evaluate(() => window.cimtwin!.bimModels()))[0]?.colouredByReview, true);

    const results = Object.entries(review.elementResults);
    const failing = results.find(([, result]) => result.status === 'fail')![0];
    const passing = results.find(([, result]) => result.status === 'pass')![0];
    const slabs = await getJson<{ elements: ElementRow[] }>(`/api/bim/models/${MODEL_ID}/elements?class=IfcSlab&limit=1`);
    const slab = slabs.elements[0].globalId;
    assert.equal(review.elementResults[slab], undefined);
    const statuses = await page.evaluate(([model, ids]) => ids.map((id) => window.cimtwin!.reviewStatusOf(model, id)), [MODEL_ID, [failing, passing, slab]] as const);
    assert.deepEqual(statuses, ['fail', 'pass', 'not-applicable']);

    // Every drawn element has the colour of its result; the spaces load only now and are coloured too.
    await page.evaluate((id) => window.cimtwin!.setSpacesVisible(id, true), MODEL_ID);
    await page.evaluate(() => window.cimtwin!.idle());
    const colours = await bimFeatureColours(page);
    const spaces = Object.entries(colours).filter(([, colour]) => colour.ifcClass === 'IfcSpace');
    assert.ok(spaces.length >= 7, `only ${spaces.length} spaces drawn`);
    let checked = 0;
    for (const [globalId, colour] of Object.entries(colours)) {
      const status = review.elementResults[globalId]?.status;
      if (status === 'fail') assert.deepEqual(colour.rgba, FAIL_RGBA, `${colour.ifcClass} ${globalId} fails`);
      else if (status === 'pass') assert.deepEqual(colour.rgba, PASS_RGBA, `${colour.ifcClass} ${globalId} passes`);
      else assert.ok(colour.rgba[3] < 0.5, `${colour.ifcClass} ${globalId} is not applicable but drawn opaque: ${colour.rgba}`);
      checked++;
    }
    assert.ok(spaces.every(([globalId]) => review.elementResults[globalId]?.status === 'pass'), 'the named spaces pass');
    assert.ok(checked > 30, `only ${checked} features checked`);
    await page.evaluate((id) => window.cimtwin!.setSpacesVisible(id, false), MODEL_ID);

    await page.getByTestId('review-colour-toggle').uncheck();
    const restored = await sceneShot(page, OUTPUT, 'review-colouring-off');
    const left = compareScreenshots(plain, restored, box);
    writeFileSync(join(OUTPUT, 'review-colouring-diff.json'), JSON.stringify({ box, change, left }, null, 2));
    assert.ok(left.ratio < 0.01, `turning colouring off left ${left.differentPixels} pixels changed`);
    const white = Object.values(await bimFeatureColours(page)).filter((colour: FeatureColour) => colour.ifcClass !== 'IfcSpace');
    assert.ok(white.every((colour) => colour.rgba.join() === '1,1,1,1'), 'every element has its own look again');
    assert.equal(await page.evaluate((id) => window.cimtwin!.reviewStatusOf(id, 'no-such-element'), MODEL_ID), 'not-applicable');
  });

  test('opens an earlier review from the list, and the page API runs and shows reviews', { timeout: 600_000 }, async () => {
    assert.ok(review, 'the review did not run');
    const summary = await page.evaluate((id) => window.cimtwin!.runReview(id, { rulePacks: ['gb-50352'] }), MODEL_ID);
    const stored = await getJson<ReviewDocument>(`/api/reviews/${summary.id}`);
    assert.equal(summary.verdict, stored.verdict);
    assert.deepEqual(summary.checks.map((c) => [c.id, c.status, c.clause]), stored.reports[0].checks.map((c) => [c.id, c.status, c.clause]));
    assert.equal(await page.getByTestId('review-result').getAttribute('data-review-id'), summary.id);
    await page.waitForFunction((id) => document.querySelector('[data-testid=review-open]')?.getAttribute('data-review-id') === id, summary.id);
    await page.locator(`[data-testid=review-open][data-review-id="${review.id}"]`).click();
    await page.waitForFunction((id) => document.querySelector('[data-testid=review-result]')?.getAttribute('data-review-id') === id, review.id);
    assert.equal(await page.evaluate((id) => window.cimtwin!.reviewOf(id)?.id, MODEL_ID), review.id);
    const shown = await page.evaluate((id) => window.cimtwin!.showReview(id), summary.id);
    assert.equal(shown.id, summary.id);
    await page.evaluate(() => window.cimtwin!.setLanguage('en'));
    assert.match(await page.getByTestId('review-verdict').innerText(), /^(Failed|Passed) · failed checks \d+ · findings \d+$/);
    await page.evaluate(() => window.cimtwin!.setLanguage('zh'));
  });

  test('a rule-pack parameter out of range is refused in the form and nothing is sent', { timeout: SLOW }, async () => {
    for (const pack of ['gb-50096', 'gb-50352']) await page.getByTestId(`review-pack-${pack}`).uncheck();
    await page.getByTestId('review-ids-file').setInputFiles([]);
    await page.getByTestId('review-pack-planning-conditions').check();
    await page.getByTestId('review-params-summary-planning-conditions').click();
    const maxHeight = page.getByTestId('review-param-planning-conditions-planning-building-height.maxHeight');
    await maxHeight.fill('-5');
    const before = await page.locator('[data-testid=review-open]').count();
    const started: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/api/reviews') && started.push(request.url()));
    await page.getByTestId('review-run').click();
    assert.match(await page.getByTestId('review-parameter-error').innerText(), /0/);
    assert.match(await page.getByTestId('review-param-error-planning-conditions-planning-building-height.maxHeight').innerText(), /0/);
    await page.waitForTimeout(500);
    assert.deepEqual(started, [], 'no review request was sent');
    assert.equal(await page.locator('[data-testid=review-open]').count(), before);
  });

  test('a height limit set in the form reaches the review: the model breaks a 3 m limit', { timeout: 300_000 }, async () => {
    const maxHeight = page.getByTestId('review-param-planning-conditions-planning-building-height.maxHeight');
    await maxHeight.fill('3');
    const previous = await page.getByTestId('review-result').getAttribute('data-review-id');
    await page.getByTestId('review-run').click();
    await page.waitForFunction((previous) => document.querySelector('[data-testid=review-result]')?.getAttribute('data-review-id') !== previous, previous, { timeout: 240_000 });
    const reviewId = await page.getByTestId('review-result').getAttribute('data-review-id');
    const limited = await getJson<ReviewDocument>(`/api/reviews/${reviewId}`);
    assert.deepEqual(limited.reports.map((r) => r.ruleSet.id), ['planning-conditions']);
    const height = limited.reports[0].checks.find((c) => c.id === 'planning-building-height')!;
    assert.equal(height.status, 'fail');
    const finding = limited.reports[0].findings.find((f) => f.checkId === 'planning-building-height')!;
    assert.ok(typeof finding.measured === 'number' && finding.measured > 3, `measured height ${finding.measured}`);
    assert.match(finding.required, /3/);
    const shown = page.locator('[data-testid=review-check][data-rule-set="planning-conditions"][data-check-id="planning-building-height"]');
    assert.equal(await shown.getAttribute('data-status'), 'fail');
    // limits left empty stay "not set": their checks are not applicable
    assert.equal(limited.reports[0].checks.find((c) => c.id === 'planning-floor-area-ratio')?.status, 'not-applicable');
  });

  const HEIGHT_LIMIT = 'review-param-planning-conditions-planning-building-height.maxHeight';
  const PARCEL = 'review-param-planning-conditions-parcel';
  /** Bodies of the review requests the page sends, while a test listens. */
  const reviewPosts: string[] = [];
  const recordReviewPost = (request: Request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/reviews') reviewPosts.push(request.postData() ?? '');
  };

  test('an out-of-range parameter shows its error beside the input and in the status line, and sends nothing', { timeout: SLOW }, async () => {
    // Earlier tests may have ticked packs and entered values: the form keeps them per model.
    for (const pack of ['gb-50096', 'gb-50352', 'planning-conditions']) await page.getByTestId(`review-pack-${pack}`).uncheck();
    await page.getByTestId('review-ids-file').setInputFiles([]);
    assert.equal(await page.getByTestId('review-params-planning-conditions').isVisible(), false, 'the parameters of an unticked pack are hidden');
    await page.getByTestId('review-pack-planning-conditions').check();
    const details = page.getByTestId('review-params-planning-conditions');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await page.getByTestId('review-params-summary-planning-conditions').click();
    assert.match(await details.innerText(), /通用参数[\s\S]*用地红线 Parcel[\s\S]*建筑高度不超过规划限高[\s\S]*规划限高 Height limit/);
    assert.equal(await page.getByTestId('review-param-planning-conditions-cutHeight').inputValue(), '1.2', 'defaults are prefilled');
    await page.getByTestId(HEIGHT_LIMIT).fill('');
    assert.equal(await page.getByTestId(HEIGHT_LIMIT).getAttribute('placeholder'), '未设置', 'an empty nullable value reads "not set"');
    assert.equal(await page.getByTestId('review-param-error-planning-conditions-planning-building-height.maxHeight').isVisible(), false, '"not set" is valid');
    assert.equal(await page.getByTestId('review-param-planning-conditions-planning-building-height.heightMethod').inputValue(), 'highest-point');

    const shownBefore = await page.getByTestId('review-result').getAttribute('data-review-id');
    page.on('request', recordReviewPost);
    await page.getByTestId(HEIGHT_LIMIT).fill('-5');
    assert.equal(await page.getByTestId(`review-param-error-planning-conditions-planning-building-height.maxHeight`).innerText(), '不得小于 0');
    assert.equal(await page.getByTestId(HEIGHT_LIMIT).getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByTestId('review-run').isEnabled(), true, 'Run stays enabled');
    await page.getByTestId('review-run').click();
    assert.equal(await page.getByTestId('review-parameter-error').innerText(), '参数有误，未发送审查: 规划限高 Height limit: 不得小于 0');
    await page.waitForTimeout(1_000);
    page.off('request', recordReviewPost);
    assert.deepEqual(reviewPosts, [], 'no review request was sent');
    assert.equal(await page.getByTestId('review-progress').count(), 0);
    assert.equal(await page.getByTestId('review-result').getAttribute('data-review-id'), shownBefore, 'the shown review did not change');
  });

  test('planning conditions: the parcel under the model and a height limit below the model fail the height check', { timeout: 600_000 }, async () => {
    assert.ok(server);
    // The parcel select offers the land-use polygons crossing the model's footprint, those holding it first.
    const bbox = (await page.evaluate((id) => window.cimtwin!.bimModels().find((model) => model.id === id)?.bbox, MODEL_ID))!;
    const crossing = await getJson<{ features: { id: number }[] }>(`/api/collections/landuse/items?bbox=${bbox.join(',')}&limit=100`);
    assert.ok(crossing.features.length > 0, 'the sample land use has a polygon under the model');
    await page.waitForFunction((testId) => document.querySelector(`[data-testid="${testId}"]`)!.querySelectorAll('option').length > 1, PARCEL);
    const options = await page.getByTestId(PARCEL).locator('option').evaluateAll((items) => items.map((item) => ({ value: (item as HTMLOptionElement).value, text: item.textContent })));
    assert.deepEqual(options[0], { value: '', text: '无' });
    assert.deepEqual(options.slice(1).map((o) => o.value).sort(), crossing.features.map((f) => `landuse:${f.id}`).sort());
    assert.match(options[1].text!, / · 含模型$/, 'the parcel holding the model comes first');
    const parcelId = Number(options[1].value.split(':')[1]);
    await page.getByTestId(PARCEL).selectOption(options[1].value);

    await page.getByTestId(HEIGHT_LIMIT).fill('3');
    assert.equal(await page.getByTestId(`review-param-error-planning-conditions-planning-building-height.maxHeight`).isVisible(), false);
    assert.equal(await page.getByTestId('review-parameter-error').count(), 0, 'a fixed value clears the status line');
    const shownBefore = await page.getByTestId('review-result').getAttribute('data-review-id');
    reviewPosts.length = 0;
    page.on('request', recordReviewPost);
    await page.getByTestId('review-run').click();
    await page.waitForFunction((before) => {
      const id = document.querySelector('[data-testid=review-result]')?.getAttribute('data-review-id');
      return id && id !== before;
    }, shownBefore, { timeout: 300_000 });
    page.off('request', recordReviewPost);
    assert.deepEqual(reviewPosts.map((body) => JSON.parse(body)), [{
      modelId: MODEL_ID,
      rulePacks: ['planning-conditions'],
      parameters: { 'planning-conditions': { parcel: { layerId: 'landuse', featureId: parcelId }, 'planning-building-height.maxHeight': 3 } },
    }], 'only the changed parameters are sent');
    assert.equal(await page.getByTestId(HEIGHT_LIMIT).inputValue(), '3', 'the form kept its values through the run');
    assert.equal(await page.getByTestId(PARCEL).inputValue(), options[1].value);

    const reviewId = (await page.getByTestId('review-result').getAttribute('data-review-id'))!;
    const planning = await getJson<ReviewDocument>(`/api/reviews/${reviewId}`);
    assert.deepEqual(planning.reports.map((r) => r.ruleSet.id), ['planning-conditions']);
    const height = planning.reports[0].checks.find((c) => c.id === 'planning-building-height');
    assert.equal(height?.status, 'fail');
    const finding = planning.reports[0].findings.find((f) => f.checkId === 'planning-building-height')!;
    assert.ok(typeof finding.measured === 'number' && finding.measured > 5 && finding.measured < 12, `the model is ${finding.measured} m high`);
    assert.equal(finding.required, '≤ 3');
    const check = page.locator('[data-testid=review-check][data-rule-set="planning-conditions"][data-check-id="planning-building-height"]');
    assert.equal(await check.getAttribute('data-status'), 'fail');
    await check.locator('summary').click();
    const measured = Math.round(finding.measured * 1000) / 1000;
    assert.equal(await check.locator('[data-testid=review-finding-values]').first().innerText(), `实测 ${measured} m · 要求 ≤ 3 m`);
    assert.match(await page.getByTestId('review-verdict').innerText(), /^不通过 · /);
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
