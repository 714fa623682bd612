import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiClient } from './api-client.ts';

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
