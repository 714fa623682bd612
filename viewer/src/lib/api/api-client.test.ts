import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient, ApiError, errorDetail } from './api-client.ts';
import type { StandardAddress } from './address-types.ts';

/** A fetch that records each request and answers with `body`. */
function recordingFetch(body: unknown, status = 200) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const PARAMETERS = { 'planning-conditions': { 'planning-building-height.maxHeight': 3, parcel: { layerId: 'landuse', featureId: 79 } } };

test('startReview sends the parameters by pack id in the JSON body, and none when there are none', async () => {
  const { calls, fetchImpl } = recordingFetch({ jobId: 'j1' }, 202);
  const api = new ApiClient('http://host/api/', fetchImpl);
  assert.equal(await api.startReview({ modelId: 'house', rulePacks: ['planning-conditions'], parameters: PARAMETERS }), 'j1');
  await api.startReview({ modelId: 'house', rulePacks: ['gb-50096'], parameters: {} });
  assert.equal(calls[0].url, 'http://host/api/reviews');
  assert.deepEqual(JSON.parse(String(calls[0].init?.body)), { modelId: 'house', rulePacks: ['planning-conditions'], parameters: PARAMETERS });
  assert.deepEqual(JSON.parse(String(calls[1].init?.body)), { modelId: 'house', rulePacks: ['gb-50096'] });
});

test('startReview with an IDS file sends the parameters as a JSON form field', async () => {
  const { calls, fetchImpl } = recordingFetch({ jobId: 'j2' }, 202);
  const api = new ApiClient('http://host/api/', fetchImpl);
  await api.startReview({ modelId: 'house', rulePacks: ['planning-conditions'], parameters: PARAMETERS, ids: { file: new Blob(['<ids/>']), fileName: 'a.ids' } });
  const form = calls[0].init?.body as FormData;
  assert.ok(form instanceof FormData);
  assert.deepEqual(JSON.parse(String(form.get('parameters'))), PARAMETERS);
  assert.deepEqual(JSON.parse(String(form.get('rulePacks'))), ['planning-conditions']);
  assert.equal((form.get('ids') as File).name, 'a.ids');
});

test('listFeatures asks for the features crossing a box, and refuses an answer that is no feature collection', async () => {
  const { calls, fetchImpl } = recordingFetch({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 79, geometry: null, properties: {} }] });
  const api = new ApiClient('http://host/api/', fetchImpl);
  const page = await api.listFeatures('landuse', { bbox: [121.5, 31.2, 121.6, 31.3], limit: 100 });
  assert.deepEqual(page.features.map((f) => f.id), [79]);
  const url = new URL(calls[0].url);
  assert.equal(url.pathname, '/api/collections/landuse/items');
  assert.equal(url.searchParams.get('bbox'), '121.5,31.2,121.6,31.3');
  assert.equal(url.searchParams.get('limit'), '100');
  const broken = new ApiClient('http://host/api/', recordingFetch({ rows: [] }).fetchImpl);
  await assert.rejects(broken.listFeatures('landuse'), /did not return a feature collection/);
});

/** A fetch that answers every request with an RFC 9457 problem document. */
function problemFetch(status: number, problem: Record<string, unknown>) {
  return (async () =>
    new Response(JSON.stringify({ status, ...problem }), { status, headers: { 'content-type': 'application/problem+json' } })) as typeof fetch;
}

const BUND_18: StandardAddress = {
  code: '310101013000-00038-00015',
  level: 'roadNo',
  fullText: '上海市黄浦区中山东一路18号',
  label: '中山东一路18号',
  elements: { province: '上海市', city: '上海市', district: '黄浦区', road: '中山东一路', roadNo: '18号' },
  aliases: ['外滩18号'],
  parentCode: null,
  point: [121.4905, 31.2405],
  building: { layerId: 'buildings', featureId: 812 },
  source: 'osm',
};

test('searchAddresses asks addresses/search with the text and limit, and returns the suggestions', async () => {
  const suggestion = { code: BUND_18.code, level: 'roadNo', fullText: BUND_18.fullText, label: '中山东一路18号', point: BUND_18.point, building: BUND_18.building, score: 0.93 };
  const { calls, fetchImpl } = recordingFetch({ query: '中山东一路18', results: [suggestion] });
  const api = new ApiClient('http://host/api/', fetchImpl);
  assert.deepEqual(await api.searchAddresses('中山东一路18', { limit: 5 }), [suggestion]);
  await api.searchAddresses('zsdyl');
  const url = new URL(calls[0].url);
  assert.equal(url.pathname, '/api/addresses/search');
  assert.equal(url.searchParams.get('q'), '中山东一路18');
  assert.equal(url.searchParams.get('limit'), '5');
  assert.equal(new URL(calls[1].url).searchParams.has('limit'), false);
  const broken = new ApiClient('http://host/api/', recordingFetch({ query: 'x' }).fetchImpl);
  await assert.rejects(broken.searchAddresses('x'), /did not return address suggestions/);
});

test('getAddress reads one address by its encoded code; an unknown code is an ApiError with the problem', async () => {
  const { calls, fetchImpl } = recordingFetch(BUND_18);
  assert.deepEqual(await new ApiClient('http://host/api/', fetchImpl).getAddress(BUND_18.code), BUND_18);
  await new ApiClient('http://host/api/', fetchImpl).getAddress('a/b c');
  assert.equal(calls[0].url, `http://host/api/addresses/${BUND_18.code}`);
  assert.equal(new URL(calls[1].url).pathname, '/api/addresses/a%2Fb%20c');
  const missing = new ApiClient('http://host/api/', problemFetch(404, { title: 'Not Found', detail: 'no standard address 999' }));
  const error = await missing.getAddress('999').catch((caught: unknown) => caught);
  assert.ok(error instanceof ApiError);
  assert.equal(error.status, 404);
  assert.equal(error.problem?.detail, 'no standard address 999');
  assert.match(error.message, /GET http:\/\/host\/api\/addresses\/999 failed with 404: no standard address 999/);
});

test('listFeatureAddresses asks by layer and feature id and defaults missing counts', async () => {
  const { calls, fetchImpl } = recordingFetch({ addresses: [BUND_18], counts: { roadNo: 1, unit: 3, room: 120 } });
  const api = new ApiClient('http://host/api/', fetchImpl);
  assert.deepEqual(await api.listFeatureAddresses('buildings', 812), { addresses: [BUND_18], counts: { roadNo: 1, unit: 3, room: 120 } });
  const url = new URL(calls[0].url);
  assert.equal(url.pathname, '/api/addresses');
  assert.equal(url.searchParams.get('layerId'), 'buildings');
  assert.equal(url.searchParams.get('featureId'), '812');
  assert.deepEqual(await new ApiClient('http://host/api/', recordingFetch({ addresses: [] }).fetchImpl).listFeatureAddresses('buildings', 1), { addresses: [], counts: {} });
  await assert.rejects(new ApiClient('http://host/api/', recordingFetch({ rows: [] }).fetchImpl).listFeatureAddresses('buildings', 1), /did not return an address list/);
});

test('reverseGeocode and geocodeAddress put the point, radius and text in the query', async () => {
  const { calls, fetchImpl } = recordingFetch({});
  const api = new ApiClient('http://host/api/', fetchImpl);
  await api.reverseGeocode(121.4905, 31.2405, 50);
  await api.reverseGeocode(121.4905, 31.2405);
  await api.geocodeAddress('上海市黄浦区中山东一路18号');
  const [reverse, reverseDefault, geocode] = calls.map((call) => new URL(call.url));
  assert.equal(reverse.pathname, '/api/addresses/reverse');
  assert.deepEqual([reverse.searchParams.get('lon'), reverse.searchParams.get('lat'), reverse.searchParams.get('radius')], ['121.4905', '31.2405', '50']);
  assert.equal(reverseDefault.searchParams.has('radius'), false);
  assert.equal(geocode.pathname, '/api/addresses/geocode');
  assert.equal(geocode.searchParams.get('q'), '上海市黄浦区中山东一路18号');
});

test('errorDetail shows the problem detail of a refused request, else the message', async () => {
  const refused = new ApiClient('http://host/api/', problemFetch(400, { title: 'Bad Request', detail: 'q: the search text is empty' }));
  assert.equal(errorDetail(await refused.searchAddresses('').catch((error: unknown) => error)), 'q: the search text is empty');
  const untitled = new ApiClient('http://host/api/', problemFetch(500, { title: 'Internal Server Error' }));
  assert.equal(errorDetail(await untitled.searchAddresses('x').catch((error: unknown) => error)), 'Internal Server Error');
  assert.equal(errorDetail(new TypeError('Failed to fetch')), 'Failed to fetch');
});
