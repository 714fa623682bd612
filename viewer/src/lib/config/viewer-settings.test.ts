import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readViewerSettings } from './viewer-settings.ts';

test('readViewerSettings defaults to Chinese, on-demand rendering and the API beside the page', () => {
  assert.deepEqual(readViewerSettings('http://localhost:3000/'), {
    language: 'zh',
    renderMode: 'on-demand',
    apiBase: 'http://localhost:3000/api/',
  });
});

test('readViewerSettings follows the page under a sub-path and reads the query', () => {
  const settings = readViewerSettings('https://cim.example/twin/index.html?lang=en&render=continuous');
  assert.deepEqual(settings, {
    language: 'en',
    renderMode: 'continuous',
    apiBase: 'https://cim.example/twin/api/',
  });
});

test('readViewerSettings ignores unknown languages and takes an API override', () => {
  const settings = readViewerSettings('http://localhost/?lang=fr&api=https://api.example/v1');
  assert.equal(settings.language, 'zh');
  assert.equal(settings.apiBase, 'https://api.example/v1/');
});

test('readViewerSettings takes a scene time in ISO 8601 and ignores one it cannot read', () => {
  assert.equal(readViewerSettings('http://localhost/?time=2026-06-21T12:00%2B08:00').time, '2026-06-21T04:00:00.000Z');
  assert.equal(readViewerSettings('http://localhost/?time=noon').time, undefined);
});
