import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeReviewHtml } from './write-review-html.ts';
import { DOOR, REPORT, SPACE, WALL } from './review-report-fixture.ts';

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

test('escapes user text: no script from a model or element name reaches the page', () => {
  const html = writeReviewHtml(REPORT);
  assert.equal(count(html.toLowerCase(), '<script'), 0);
  assert.ok(html.includes('Tower &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;B&#39;'));
  assert.ok(html.includes('M1021 &lt;b&gt;'));
  assert.ok(!html.includes('M1021 <b>'));
});

test('Chinese by default: header, verdict, checks table with counts', () => {
  const html = writeReviewHtml(REPORT);
  assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
  assert.ok(html.includes('<dt>审查结论</dt><dd><span class="verdict verdict-fail">不通过</span></dd>'));
  assert.ok(html.includes('GB 50016 建筑设计防火规范'));
  assert.ok(html.includes('<time datetime="2024-05-01T10:00:00Z">'));
  // One row per check, with its clause, status and counts.
  assert.ok(html.includes('<td>防火分区面积</td><td>GB 50016-2014 5.3.1</td><td class="severity-error">错误</td><td class="status-fail">不通过</td><td class="num">3</td><td class="num">1</td><td class="num">2</td>'));
  assert.ok(html.includes('<td class="status-not-applicable">不适用</td>'));
  assert.ok(html.includes('共 4 项检查：不通过 2 项，通过 1 项，不适用 1 项。'));
});

test('lists every failing element with measured vs required and unit, grouped by check', () => {
  const html = writeReviewHtml(REPORT);
  for (const globalId of [SPACE, WALL, DOOR]) assert.ok(html.includes(`<code>${globalId}</code>`), globalId);
  assert.ok(html.includes('<td>2600.5 m²</td><td>≤ 2500 m²</td>'));
  assert.ok(html.includes('<td>（缺失）</td><td>≥ 3.00 h</td>'));
  assert.ok(html.includes('<td>否</td><td>true</td>'));
  assert.ok(html.includes('（整个模型）'));
  // Groups follow the order of the checks; passing checks have no group.
  const area = html.indexOf('<h3>防火分区面积</h3>');
  const door = html.indexOf('<h3>疏散门净宽度</h3>');
  assert.ok(area > 0 && door > area);
  assert.equal(count(html, '<h3>'), 2);
  assert.equal(count(html, '<tr class="finding"'), REPORT.findings.length);
});

test('English labels with lang en', () => {
  const html = writeReviewHtml(REPORT, { lang: 'en', title: 'Review <1>' });
  assert.match(html, /<html lang="en">/);
  assert.ok(html.includes('<title>Review &lt;1&gt;</title>'));
  assert.ok(html.includes('<dt>Verdict</dt><dd><span class="verdict verdict-fail">Fail</span></dd>'));
  assert.ok(html.includes('<td>(missing)</td>'));
  assert.ok(!html.includes('审查结论'));
});

test('self-contained, printable and stable', () => {
  const html = writeReviewHtml(REPORT);
  assert.equal(html, writeReviewHtml(REPORT));
  assert.ok(html.includes('@media print'));
  assert.doesNotMatch(html, /<link|<img|src=|url\(|https?:/);
  assert.equal(count(html, '<table'), count(html, '</table>'));
  assert.equal(count(html, '<tr'), count(html, '</tr>'));
});

test('a review without findings says so', () => {
  const html = writeReviewHtml({ ...REPORT, verdict: 'pass', findings: [] });
  assert.ok(html.includes('<p>未发现问题。</p>'));
  assert.ok(html.includes('verdict-pass">通过'));
});
