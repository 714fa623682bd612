import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type {} from '../src/page-api.ts';
import type { AddressSearchResult, AddressSuggestion, FeatureAddresses, GeocodeResult, StandardAddress } from '../src/lib/api/address-types.ts';
import type { ItemFeature } from './lib/find-feature-by-name.ts';
import { interiorPoint, largestPolygon } from './lib/interior-point.ts';
import { hasChromium, launchChromium } from './lib/launch-chromium.ts';
import { openViewerPage } from './lib/open-viewer-page.ts';
import { startTestServer, type TestServer } from './lib/start-test-server.ts';

// Browser lane for standard addresses (标准地址): the sample library's door plate of 外滩18号
// searched by typing, picked with the keyboard and shown; its building clicked on screen and
// its addresses listed; pinyin, no-match and geocoding, in headless Chromium.
const VIEWPORT = { width: 1280, height: 800 };
const SLOW = 180_000;
const OUTPUT = fileURLToPath(new URL('../../.test-output/viewer/addresses/', import.meta.url));
const TYPED = '中山东一路18';
const LABEL = '中山东一路18号';
const FULL_TEXT = '上海市黄浦区中山东一路18号';
/** How close the camera comes to the door plate it flew to, metres. */
const ARRIVAL_DISTANCE = 300;

const skip = !hasChromium() ? 'no /usr/bin/chromium' : false;

describe('standard addresses in the viewer', { skip, timeout: 900_000 }, () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let picked: AddressSuggestion;
  const pageErrors: string[] = [];

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${server!.url}${path}`);
    assert.equal(response.status, 200, `${path}: ${await response.clone().text()}`);
    return (await response.json()) as T;
  };
  const statusText = () => page.getByTestId('address-search-status').textContent();
  const suggestionsShown = () => page.getByTestId('address-suggestion').evaluateAll((items) =>
    items.map((item) => ({ code: item.getAttribute('data-code') ?? '', label: item.querySelector('strong')?.textContent ?? '', level: item.querySelector('.cimtwin-address-level')?.textContent ?? '' })));

  /** Metres from the camera to a ground point. */
  const cameraDistanceTo = (point: [number, number]) => page.evaluate(([longitude, latitude]) => {
    const camera = window.cimtwin!.viewer.camera.positionCartographic;
    const radians = Math.PI / 180;
    const north = (camera.latitude - latitude * radians) * 6378137;
    const east = (camera.longitude - longitude * radians) * 6378137 * Math.cos(latitude * radians);
    return Math.hypot(north, east, camera.height);
  }, point);

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

  test(`typing ${TYPED} suggests ${LABEL}; Enter on it flies there, selects its building and shows the address`, { timeout: SLOW }, async () => {
    await page.getByTestId('address-search-input').click();
    await page.keyboard.type(TYPED, { delay: 50 });
    await page.waitForFunction((label) => [...document.querySelectorAll('[data-testid=address-suggestion] strong')].some((strong) => strong.textContent === label), LABEL);
    const shown = await suggestionsShown();
    const index = shown.findIndex((entry) => entry.label === LABEL);
    assert.equal(shown[index].level, '门牌号');
    const { results } = await getJson<AddressSearchResult>(`/api/addresses/search?q=${encodeURIComponent(TYPED)}`);
    assert.deepEqual(shown.map((entry) => entry.code), results.map((result) => result.code), 'the box lists the API’s suggestions in its order');
    picked = results[index];
    assert.equal(picked.label, LABEL);
    assert.ok(picked.point, `${LABEL} has no door-plate point`);
    assert.ok(picked.building, `${LABEL} is linked to no building`);

    for (let step = 0; step <= index; step++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByTestId('address-suggestion').nth(index).getAttribute('aria-selected'), 'true');
    await page.keyboard.press('Enter');
    await page.waitForFunction((code) => window.cimtwin!.shownAddress()?.code === code, picked.code);
    assert.equal(await page.getByTestId('address-suggestion').count(), 0, 'the list closes once a suggestion is picked');
    assert.equal(await page.getByTestId('address-search-input').inputValue(), LABEL);

    const point = picked.point;
    const arrived = await page.waitForFunction(([longitude, latitude, metres]) => {
      const camera = window.cimtwin!.viewer.camera.positionCartographic;
      const radians = Math.PI / 180;
      const north = (camera.latitude - latitude * radians) * 6378137;
      const east = (camera.longitude - longitude * radians) * 6378137 * Math.cos(latitude * radians);
      return Math.hypot(north, east, camera.height) < metres;
    }, [point[0], point[1], ARRIVAL_DISTANCE] as const, { timeout: 30_000 }).then(() => true, () => false);
    assert.ok(arrived, `the camera stays ${Math.round(await cameraDistanceTo(point))} m from ${LABEL}`);

    const selected = await page.evaluate(() => window.cimtwin!.selected());
    assert.equal(selected?.layerId, picked.building.layerId);
    assert.equal(String(selected?.id), String(picked.building.featureId));
    const details = page.getByTestId('address-details');
    assert.equal(await details.getAttribute('data-code'), picked.code);
    assert.equal((await page.getByTestId('address-code').locator('td').textContent())?.trim(), picked.code);
    assert.match(await page.getByTestId('address-element-road').innerText(), /街路巷\s*中山东一路/);
    assert.match(await page.getByTestId('address-element-roadNo').innerText(), /门牌号\s*18号/);

    const marker = await page.evaluate(() => {
      const viewer = window.cimtwin!.viewer;
      const position = viewer.entities.getById('address-marker')?.position?.getValue(viewer.clock.currentTime);
      if (!position) return undefined;
      const place = viewer.scene.globe.ellipsoid.cartesianToCartographic(position);
      return [(place.longitude * 180) / Math.PI, (place.latitude * 180) / Math.PI, place.height];
    });
    assert.ok(marker, 'no door-plate marker');
    assert.ok(Math.abs(marker[0] - point[0]) < 1e-6 && Math.abs(marker[1] - point[1]) < 1e-6, `the marker stands at ${marker.join(', ')}`);
    assert.ok(Math.abs(marker[2]) < 1, 'the marker stands on the ground');
    await page.evaluate(() => window.cimtwin!.idle());
    await page.screenshot({ path: join(OUTPUT, 'picked-address.png') });
  });

  test(`clicking the building lists its standard addresses, ${LABEL} among them`, { timeout: 600_000 }, async () => {
    assert.ok(picked?.building, 'no address was picked');
    const { layerId, featureId } = picked.building;
    const feature = await getJson<ItemFeature>(`/api/collections/${encodeURIComponent(layerId)}/items/${featureId}`);
    const [longitude, latitude] = interiorPoint(largestPolygon(feature.geometry));
    const height = typeof feature.properties.height === 'number' ? feature.properties.height : 10;
    const target = { longitude, latitude, height: height / 2 };
    await page.evaluate(() => window.cimtwin!.clearSelection());
    await page.evaluate((point) => window.cimtwin!.flyTo(point, { range: 300, pitch: -70, duration: 0 }), target);
    await page.evaluate(() => window.cimtwin!.idle());
    const position = await page.evaluate((point) => window.cimtwin!.screenPosition(point.longitude, point.latitude, point.height), target);
    assert.ok(position, 'the building is not on screen');
    assert.ok(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', position), 'a panel covers the building');
    await page.mouse.click(position.x, position.y);
    await page.waitForFunction((code) => document.querySelector(`[data-testid=building-address][data-code="${code}"]`) !== null, picked.code);

    const selected = await page.evaluate(() => window.cimtwin!.selected());
    assert.equal(String(selected?.id), String(featureId));
    const expected = await getJson<FeatureAddresses>(`/api/addresses?layerId=${encodeURIComponent(layerId)}&featureId=${featureId}`);
    const listed = await page.getByTestId('building-address').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-code')));
    assert.deepEqual(listed, expected.addresses.map((address) => address.code));
    assert.match(await page.locator(`[data-testid=building-address][data-code="${picked.code}"]`).innerText(), new RegExp(LABEL));
    assert.match(await page.getByTestId('building-addresses').innerText(), /标准地址/);
    const counted = [[expected.counts.unit ?? 0, '单元'], [expected.counts.room ?? 0, '户室']].filter(([count]) => Number(count) > 0).map(([count, noun]) => `${count} ${noun}`);
    if (counted.length > 0) assert.equal(await page.getByTestId('building-address-counts').textContent(), counted.join(' · '));
    else assert.equal(await page.getByTestId('building-address-counts').count(), 0);
    const throughApi = await page.evaluate(([layer, id]) => window.cimtwin!.addressesOfFeature(layer, id), [layerId, featureId] as const);
    assert.deepEqual(throughApi.map((address) => address.code), listed);
    await page.screenshot({ path: join(OUTPUT, 'building-addresses.png') });

    // A listed address is picked as a suggestion is.
    const other = expected.addresses.find((address) => address.code !== picked.code) ?? expected.addresses[0];
    await page.locator(`[data-testid=building-address][data-code="${other.code}"]`).click();
    await page.waitForFunction((code) => window.cimtwin!.shownAddress()?.code === code && document.querySelector('[data-testid=address-details]')?.getAttribute('data-code') === code, other.code);
  });

  test('pinyin zhongshandongyi suggests addresses on 中山东一路; Escape closes the list', { timeout: SLOW }, async () => {
    const suggestions = await page.evaluate(() => window.cimtwin!.searchAddresses('zhongshandongyi'));
    assert.ok(suggestions.length > 0, 'no suggestion for zhongshandongyi');
    assert.ok(suggestions.some((suggestion) => suggestion.label.startsWith('中山东一路')), suggestions.map((suggestion) => suggestion.label).join(', '));
    assert.deepEqual((await suggestionsShown()).map((entry) => entry.code), suggestions.map((suggestion) => suggestion.code));
    assert.equal(await page.getByTestId('address-search-input').inputValue(), 'zhongshandongyi');
    await page.getByTestId('address-search-input').focus();
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('address-suggestion').count(), 0);
  });

  test('zzzzqqq shows 无匹配地址, in English too; clearing the box removes the marker', { timeout: SLOW }, async () => {
    const input = page.getByTestId('address-search-input');
    await input.fill('');
    assert.equal(await page.evaluate(() => window.cimtwin!.shownAddress()), undefined);
    assert.equal(await page.evaluate(() => window.cimtwin!.viewer.entities.getById('address-marker') === undefined), true);
    await input.click();
    await page.keyboard.type('zzzzqqq', { delay: 50 });
    await page.waitForFunction(() => document.querySelector('[data-testid=address-search-status]')?.textContent === '无匹配地址');
    assert.equal(await page.getByTestId('address-suggestion').count(), 0);
    await page.evaluate(() => window.cimtwin!.setLanguage('en'));
    assert.equal(await statusText(), 'No matching address');
    assert.equal(await input.getAttribute('placeholder'), 'Address search');
    await page.evaluate(() => window.cimtwin!.setLanguage('zh'));
    assert.equal(await statusText(), '无匹配地址');
  });

  test('Enter with no suggestion highlighted geocodes the text and shows the API’s match', { timeout: SLOW }, async () => {
    const expected = await getJson<GeocodeResult>(`/api/addresses/geocode?q=${encodeURIComponent(FULL_TEXT)}`);
    assert.ok(expected.match, `the API geocodes ${FULL_TEXT} to nothing`);
    const match: StandardAddress = expected.match;
    const input = page.getByTestId('address-search-input');
    await input.fill('');
    await input.click();
    await page.keyboard.type(FULL_TEXT, { delay: 30 });
    await page.keyboard.press('Enter');
    await page.waitForFunction((code) => window.cimtwin!.shownAddress()?.code === code, match.code);
    assert.equal(await page.getByTestId('address-details').getAttribute('data-code'), match.code);
  });

  test('raises no page errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
