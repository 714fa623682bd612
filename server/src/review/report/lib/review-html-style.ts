/**
 * The inline stylesheet of the HTML review report: readable on screen, A4 on paper. Status is
 * always written out as text as well as coloured, so a black-and-white print keeps its meaning.
 */

/** CSS of the review report page (no external fonts or images). */
export const REVIEW_HTML_STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --fail: #b42318; --warn: #9a6700; --info: #0969da; --pass: #1a7f37; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; color: var(--ink); font: 14px/1.5 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; }
h1 { font-size: 22px; margin: 0 0 12px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.verdict { display: inline-block; padding: 2px 10px; border: 2px solid; border-radius: 4px; font-weight: 700; }
.verdict-pass { color: var(--pass); }
.verdict-fail { color: var(--fail); }
table { width: 100%; border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Consolas, monospace; word-break: break-all; }
.status-fail, .severity-error { color: var(--fail); font-weight: 600; }
.severity-warning { color: var(--warn); font-weight: 600; }
.severity-info { color: var(--info); }
.status-pass { color: var(--pass); }
.status-not-applicable { color: var(--muted); }
.group-meta { color: var(--muted); margin: 0 0 4px; }
.muted { color: var(--muted); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  th { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
