import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type {} from '../src/page-api.ts';
import type { CrossSectionResult, NetworkFeature, NetworkInfo, NetworkIsolationResult } from '../src/lib/api/network-types.ts';
import { hasChromium, launchChromium } from './lib/launch-chromium.ts';
import { openViewerPage } from './lib/open-viewer-page.ts';
import { startTestServer, type TestServer } from './lib/start-test-server.ts';

// Browser lane for pipe networks: the sample district's generated utilities (lujiazui-utilities)
// listed, seen in underground mode, analysed, picked and cut, in headless Chromium.
const NETWORK_ID = 'lujiazui-utilities';
const VIEWPORT = { width: 1280, height: 800 };
const SLOW = 180_000;
const OUTPUT = fileURLToPath(new URL('../../.test-output/viewer/networks/', import.meta.url));
/** A water segment whose isolation closes two valves and cuts off a part of the network. */
const ISOLATED_LINK = 'js-lines-5';
/** Style colour of valves to close (ANALYSIS_ROLE_COLOURS) and of untouched features. */
const VALVE_COLOUR = '#ff1744';
const UNTOUCHED = '#ffffff';
const NODE_OFFSET = 2 ** 31;
const SECTION_LINE: [number, number][] = [[121.5029, 31.2345], [121.5032, 31.235]];

const skip = !hasChromium() ? 'no /usr/bin/chromium' : false;

describe('pipe networks in the viewer', { skip, timeout: 900_000 }, () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  const getJson = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`${server!.url}${path}`, init);
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  };

  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    page = await openViewerPage(browser, server.url, { viewport: VIEWPORT, timeout: SLOW, pageErrors });
  }, { timeout: 600_000 });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('lists lujiazui-utilities with the pipe types of the API, hidden at first', { timeout: SLOW }, async () => {
    const { networks } = await getJson<{ networks: NetworkInfo[] }>('/api/networks');
    const info = networks.find((network) => network.id === NETWORK_ID);
    assert.ok(info, `the API lists no ${NETWORK_ID}`);
    const expected = ['JS', 'PS', 'RQ', 'RL', 'DL', 'TX', 'GY', 'QT'].filter((code) => (info.counts.linksByPipeType?.[code] ?? 0) > 0);
    assert.deepEqual(expected, ['JS', 'PS', 'RQ', 'DL', 'TX']);
    const shown = (await page.evaluate(() => window.cimtwin!.networks())).find((network) => network.id === NETWORK_ID);
    assert.ok(shown);
    assert.deepEqual(shown.pipeTypes, expected);
    assert.equal(shown.visible, false);
    assert.equal(shown.status, 'ready');
    assert.match(await page.getByTestId('network-layer-group').innerText(), /地下管线[\s\S]*地下模式[\s\S]*给水 JS[\s\S]*排水 PS[\s\S]*燃气 RQ[\s\S]*电力 DL[\s\S]*通信 TX/);
    for (const code of expected) assert.equal(await page.getByTestId(`network-type-${NETWORK_ID}-${code}`).isChecked(), true);
  });

  test('underground mode makes the globe translucent and lets the camera below the ground, and back', { timeout: SLOW }, async () => {
    const readScene = () => page.evaluate(() => {
      const scene = window.cimtwin!.viewer.scene;
      return {
        translucent: scene.globe.translucency.enabled,
        front: scene.globe.translucency.frontFaceAlpha,
        back: scene.globe.translucency.backFaceAlpha,
        collision: scene.screenSpaceCameraController.enableCollisionDetection,
        mode: window.cimtwin!.undergroundMode(),
      };
    });
    assert.deepEqual(await readScene(), { translucent: false, front: 1, back: 1, collision: true, mode: false });
    await page.getByTestId(`network-toggle-${NETWORK_ID}`).check();
    await page.getByTestId('underground-offer').waitFor();
    await page.getByTestId('underground-offer-accept').click();
    const on = await readScene();
    assert.equal(on.translucent, true);
    assert.equal(on.front, 0.35);
    assert.ok(on.back < 0.2);
    assert.equal(on.collision, false);
    assert.equal(on.mode, true);
    assert.equal(await page.getByTestId('underground-mode-toggle').isChecked(), true);
    assert.equal(await page.getByTestId('underground-offer').count(), 0, 'the offer goes once the mode is on');
    await page.evaluate(() => window.cimtwin!.setUndergroundMode(false));
    assert.deepEqual(await readScene(), { translucent: false, front: 1, back: 1, collision: true, mode: false });
    await page.evaluate(() => window.cimtwin!.setUndergroundMode(true));
  });

  test('an isolation lists the API’s valves to close and colours them', { timeout: SLOW }, async () => {
    const expected = await getJson<NetworkIsolationResult>(`/api/networks/${NETWORK_ID}/isolation?link=${ISOLATED_LINK}`);
    assert.ok(expected.valvesToClose.length >= 1, 'the sample link closes no valve');
    const result = await page.evaluate(([id, link]) => window.cimtwin!.runNetworkAnalysis(id, { kind: 'isolation', link }), [NETWORK_ID, ISOLATED_LINK] as const);
    assert.deepEqual((result as NetworkIsolationResult).valvesToClose, expected.valvesToClose);
    const listed = await page.getByTestId('network-valve').allInnerTexts();
    assert.deepEqual(listed, expected.valvesToClose.map((valve) => valve.id));
    assert.equal(await page.getByTestId('network-count-valve-to-close').innerText(), String(expected.valvesToClose.length));
    const valveFeature = expected.geojson!.features.find((feature) => feature.properties.roles?.includes('valve-to-close'))!;
    const valveTileId = valveFeature.properties.element === 'node' && valveFeature.id < NODE_OFFSET ? valveFeature.id + NODE_OFFSET : valveFeature.id;
    const resultIds = new Set(expected.geojson!.features.filter((feature) => feature.properties.element === 'link').map((feature) => feature.id));
    const untouched = (await getJson<NetworkFeature>(`/api/networks/${NETWORK_ID}/elements/tx-lines-1`)).id;
    assert.ok(!resultIds.has(untouched));
    assert.equal(await page.evaluate(([id, feature]) => window.cimtwin!.networkFeatureColour(id, feature), [NETWORK_ID, valveTileId] as const), VALVE_COLOUR);
    assert.equal(await page.evaluate(([id, feature]) => window.cimtwin!.networkFeatureColour(id, feature), [NETWORK_ID, untouched] as const), UNTOUCHED);
    // The colour reaches the drawn tile feature too: fly to the valve and read it from the tiles.
    await page.getByTestId('network-valve').first().click();
    await page.waitForFunction((valve) => window.cimtwin!.selectedNetworkElement() !== undefined && document.querySelector('[data-testid=network-element-id]')?.textContent === valve, expected.valvesToClose[0].id);
    await page.evaluate(() => window.cimtwin!.idle());
    await page.screenshot({ path: join(OUTPUT, 'isolation.png') });
    await page.evaluate(() => window.cimtwin!.clearNetworkAnalysis());
    assert.equal(await page.evaluate(([id, feature]) => window.cimtwin!.networkFeatureColour(id, feature), [NETWORK_ID, valveTileId] as const), UNTOUCHED);
    await page.evaluate(() => window.cimtwin!.clearSelection());
  });

  test('clicking a water pipe from below shows its linkId in the attribute panel', { timeout: 600_000 }, async () => {
    await page.evaluate((id) => window.cimtwin!.showNetworkPipeTypes(id, ['JS']), NETWORK_ID);
    let shown: string | undefined;
    let clicked: string | undefined;
    for (const linkId of ['js-lines-10', 'js-lines-20', 'js-lines-40', 'js-lines-60']) {
      const element = await getJson<NetworkFeature>(`/api/networks/${NETWORK_ID}/elements/${linkId}`);
      const line = element.geometry!.coordinates as [number, number][];
      const [a, b] = [line[0], line[line.length - 1]];
      const properties = element.properties as { startDepth: number; endDepth: number; diameter: number | null };
      const depth = (properties.startDepth + properties.endDepth) / 2 + (properties.diameter ?? 0.3) / 2;
      const middle: [number, number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, -depth];
      await page.evaluate((p) => window.cimtwin!.flyTo({ longitude: p[0], latitude: p[1], height: p[2] }, { range: 12, pitch: -40, heading: 20, duration: 0 }), middle);
      await page.evaluate(() => window.cimtwin!.idle());
      const position = await page.evaluate((p) => window.cimtwin!.screenPosition(p[0], p[1], p[2]), middle);
      if (!position) continue;
      await page.mouse.click(position.x, position.y);
      const selected = await page.waitForFunction(() => document.querySelector('[data-testid=network-element-id]')?.textContent ?? false, undefined, { timeout: 15_000 }).catch(() => undefined);
      if (!selected) continue;
      shown = (await page.getByTestId('network-element-id').textContent()) ?? undefined;
      clicked = linkId;
      break;
    }
    await page.screenshot({ path: join(OUTPUT, 'picked-pipe.png') });
    assert.ok(shown, 'no water pipe could be clicked');
    assert.equal(shown, clicked);
    assert.match(await page.getByTestId('network-element-pipe-type').innerText(), /给水 \(JS\)/);
    assert.equal(await page.getByTestId('network-target').getAttribute('data-element-id'), clicked);
    await page.evaluate((id) => window.cimtwin!.showNetworkPipeTypes(id, ['JS', 'PS', 'RQ', 'DL', 'TX']), NETWORK_ID);
  });

  test('a cross-section through the page API shows the SVG with the pipes cut', { timeout: SLOW }, async () => {
    const expected = await getJson<CrossSectionResult>(`/api/networks/${NETWORK_ID}/cross-section`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ line: SECTION_LINE }),
    });
    assert.ok(expected.pipes.length >= 1);
    const svg = await page.evaluate(([id, line]) => window.cimtwin!.crossSection(id, line), [NETWORK_ID, SECTION_LINE] as const);
    assert.match(svg, /^<\?xml[\s\S]*<svg/);
    const drawing = page.getByTestId('network-section-drawing').locator('svg');
    await drawing.waitFor();
    const labels = await drawing.locator('.pipe-label').allTextContents();
    assert.equal(labels.length, expected.pipes.length);
    for (const pipe of expected.pipes) {
      assert.ok(labels.some((text) => text.startsWith(`${pipe.pipeType}/${pipe.pipeSubtype} ${pipe.size}`)), `no label for ${pipe.linkId} in ${labels.join(' | ')}`);
    }
    assert.match((await page.getByTestId('network-section-download').getAttribute('href')) ?? '', /^blob:/);
    await page.screenshot({ path: join(OUTPUT, 'cross-section.png') });
  });

  test('an excavation lists the pipes it reaches and colours them', { timeout: SLOW }, async () => {
    const polygon: [number, number][] = [[121.5025, 31.2345], [121.503, 31.2345], [121.503, 31.2352], [121.5025, 31.2352]];
    const result = await page.evaluate(([id, outline]) => window.cimtwin!.excavation(id, outline, 2), [NETWORK_ID, polygon] as const);
    const reached = result.links.filter((link) => link.reached);
    assert.ok(reached.length >= 1);
    const listed = await page.getByTestId('network-excavation-pipe').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-link-id')));
    assert.deepEqual(listed, reached.map((link) => link.linkId));
    const hit = result.geojson!.features.find((feature) => feature.properties.roles?.includes('reached'))!;
    assert.equal(await page.evaluate(([id, feature]) => window.cimtwin!.networkFeatureColour(id, feature), [NETWORK_ID, hit.id] as const), VALVE_COLOUR);
    await page.evaluate(() => window.cimtwin!.clearNetworkAnalysis());
    assert.deepEqual(pageErrors, []);
  });
});
