package report

import "html/template"

// htmlPage lays out the audit report. html/template escapes every value by
// context (text, attribute, SVG attribute); the style and script are
// constants inserted as they are, and the CSP pins their hashes. Every
// number and coordinate is computed in Go, so the template only lays out.
var htmlPage = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corslint {{.ToolVersion}}">
<title>{{.Title}}: {{.Total}} {{if eq .Total 1}}finding{{else}}findings{{end}}</title>
<style>{{.Style}}</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="about">{{.About}}</p>
</header>
<main>
<section id="summary">
<h2>Summary</h2>
<p class="headline">{{.Total}} {{if eq .Total 1}}finding{{else}}findings{{end}} in {{.Files}} {{if eq .Files 1}}file{{else}}files{{end}}{{with .Notices}}, {{len .}} {{if eq (len .) 1}}notice{{else}}notices{{end}}{{end}}.</p>
<div class="cards">
{{- range .Severities}}
<div class="card sev-{{.Name}}"><span class="n">{{.Count}}</span><span class="l">{{.Name}}</span></div>
{{- end}}
</div>
{{- if .Rules}}
<table class="rules">
<thead><tr><th>Rule</th><th>Name</th><th>Severity</th><th class="num">Findings</th><th><span class="sr">share</span></th></tr></thead>
<tbody>
{{- range .Rules}}
<tr><td><code>{{.ID}}</code></td><td title="{{.Short}}">{{.Name}}</td><td><span class="badge sev-{{.Severity}}">{{.Severity}}</span></td><td class="num">{{.Count}}</td><td><svg class="bar" width="122" height="10" aria-hidden="true"><rect class="fill-{{.Severity}}" x="0" y="0" width="{{.Bar}}" height="10" rx="2"></rect></svg></td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</section>
{{- with .Trend}}
<section id="trend">
<h2>Over time</h2>
<svg class="chart" role="img" aria-label="{{.Caption}}" viewBox="0 0 {{.Width}} {{.Height}}" width="{{.Width}}" height="{{.Height}}">
<title>{{.Caption}}</title>
{{- range .Ticks}}
<line class="grid" x1="{{.X1}}" x2="{{.X2}}" y1="{{.Y}}" y2="{{.Y}}"></line>
<text class="tick" x="{{.TextX}}" y="{{.TextY}}" text-anchor="end">{{.Value}}</text>
{{- end}}
{{- range .Bars}}
<g class="scan">
{{- range .Segments}}
<rect class="fill-{{.Severity}}" x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}"><title>{{.Title}}</title></rect>
{{- end}}
<text class="total" x="{{.Center}}" y="{{.TotalY}}" text-anchor="middle">{{.Total}}</text>
<text class="label" x="{{.Center}}" y="{{.LabelY}}" text-anchor="{{.LabelAnchor}}"{{with .LabelTransform}} transform="{{.}}"{{end}}>{{.Label}}</text>
</g>
{{- end}}
{{- range .SeverityLegend}}
<rect class="fill-{{.Severity}}" x="{{.X}}" y="8" width="10" height="10" rx="2"></rect>
<text class="legend" x="{{.TextX}}" y="17">{{.Severity}}</text>
{{- end}}
</svg>
<table class="trend">
<thead><tr><th>Scan</th><th class="num">Total</th><th class="num">critical</th><th class="num">high</th><th class="num">medium</th><th class="num">low</th><th class="num">New</th><th class="num">Fixed</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><td>{{.Label}}</td><td class="num">{{.Total}}</td><td class="num">{{.Critical}}</td><td class="num">{{.High}}</td><td class="num">{{.Medium}}</td><td class="num">{{.Low}}</td>{{if .First}}<td class="num muted">–</td><td class="num muted">–</td>{{else}}<td class="num">{{.New}}</td><td class="num">{{.Fixed}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
<p class="note">New and fixed compare each scan with the one before it, on the findings' corslint/v1 fingerprints.</p>
</section>
{{- end}}
<section id="findings">
<h2>Findings</h2>
{{- if .Groups}}
<div class="filters">
{{- range .Severities}}
<label class="badge sev-{{.Name}}"><input type="checkbox" class="sev" value="{{.Name}}" checked> {{.Name}}</label>
{{- end}}
<input type="search" id="search" placeholder="Filter by text, file or rule" aria-label="Filter findings">
<span id="shown" class="muted"></span>
</div>
{{- range .Groups}}
<section class="group">
<h3>{{.Name}}</h3>
{{- range .Files}}
<details class="file" open>
<summary><code>{{.Path}}</code> <span class="count">{{len .Findings}}</span></summary>
<table class="findings">
<thead><tr><th class="where">Line</th><th>Rule</th><th>Severity</th><th>Finding</th></tr></thead>
<tbody>
{{- range .Findings}}
<tr class="finding" data-sev="{{.Severity}}" data-text="{{.SearchText}}">
<td class="where">{{.Where}}</td>
<td><code>{{.RuleID}}</code>{{with .RuleName}}<br><span class="muted">{{.}}</span>{{end}}</td>
<td><span class="badge sev-{{.Severity}}">{{.Severity}}</span></td>
<td><p class="msg">{{.Message}}</p>
{{- with .Witness}}<div class="kv"><span class="k">witness</span><code>{{.}}</code></div>{{end}}
{{- with .Curl}}<div class="kv"><span class="k">reproduce</span><pre>$ {{.}}</pre></div>{{end}}
{{- with .Fix}}<div class="kv"><span class="k">fix</span><span class="fix">{{.}}</span></div>{{end}}
</td>
</tr>
{{- end}}
</tbody>
</table>
</details>
{{- end}}
</section>
{{- end}}
{{- else}}
<p class="clean">No findings.</p>
{{- end}}
</section>
{{- if .Notices}}
<section id="notices">
<h2>Notices</h2>
<ul>
{{- range .Notices}}
<li><code>{{.}}</code></li>
{{- end}}
</ul>
</section>
{{- end}}
</main>
<footer>Written by corslint {{.ToolVersion}}. This file is self-contained: it loads nothing from the network.</footer>
<script>{{.Script}}</script>
</body>
</html>
`))

// htmlStyle is the page's whole stylesheet.
const htmlStyle = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --critical: #b42318; --critical-bg: #fee4e2; --high: #c4320a; --high-bg: #ffead5;
  --medium: #a15c07; --medium-bg: #fef0c7; --low: #175cd3; --low-bg: #d1e9ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 28px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 8px; color: var(--muted); }
.about, .muted, .note { color: var(--muted); }
.note { font-size: 12px; }
.headline { font-size: 16px; font-weight: 600; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 20px; }
.card { min-width: 120px; padding: 10px 16px; border-radius: 8px; border: 1px solid var(--line); }
.card .n { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; }
.card .l { text-transform: capitalize; }
.sev-critical { color: var(--critical); background: var(--critical-bg); }
.sev-high { color: var(--high); background: var(--high-bg); }
.sev-medium { color: var(--medium); background: var(--medium-bg); }
.sev-low { color: var(--low); background: var(--low-bg); }
.fill-critical { fill: var(--critical); } .fill-high { fill: var(--high); }
.fill-medium { fill: #dc8a09; } .fill-low { fill: var(--low); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: var(--panel); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
table.rules, table.trend { width: auto; min-width: 60%; }
code, pre { font: 12.5px/1.45 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", monospace; }
pre { margin: 2px 0; padding: 6px 8px; background: var(--panel); border-radius: 6px; white-space: pre-wrap; word-break: break-all; }
.msg { margin: 0 0 4px; white-space: pre-wrap; }
.kv { display: flex; gap: 8px; align-items: baseline; margin: 2px 0; }
.kv .k { flex: 0 0 72px; font-size: 12px; color: var(--muted); }
.kv code { white-space: pre-wrap; word-break: break-all; }
.fix { white-space: pre-wrap; }
table.findings { table-layout: fixed; }
table.findings th:nth-child(1) { width: 80px; }
table.findings th:nth-child(2) { width: 230px; }
table.findings th:nth-child(3) { width: 100px; }
td.where { white-space: nowrap; font-variant-numeric: tabular-nums; }
td { overflow-wrap: anywhere; }
details.file { margin: 8px 0 16px; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
details.file > summary { cursor: pointer; padding: 8px 12px; background: var(--panel); font-weight: 600; }
.count { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 10px; background: var(--line); text-align: center; font-size: 12px; }
.filters { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin: 8px 0 12px; }
.filters label { cursor: pointer; padding: 2px 10px; }
#search { padding: 4px 8px; min-width: 260px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
svg.chart { max-width: 100%; height: auto; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg text { font-size: 11px; fill: var(--muted); }
svg text.total { fill: var(--fg); font-weight: 600; }
.clean { font-size: 16px; color: #1a7f37; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
footer { margin-top: 32px; padding-top: 12px; padding-bottom: 24px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media print { .filters { display: none; } details.file { break-inside: avoid; } }
`

// htmlScript filters the findings by severity and text. It only toggles
// the hidden attribute and sets textContent: no markup is ever built from
// data.
const htmlScript = `
(function () {
  "use strict";
  var shown = document.getElementById("shown");
  if (!shown) { return; }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input.sev"));
  var search = document.getElementById("search");
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var q = search ? search.value.trim().toLowerCase() : "";
    var n = 0;
    rows.forEach(function (r) {
      var ok = on[r.getAttribute("data-sev")] !== false &&
        (q === "" || r.getAttribute("data-text").indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) { n++; }
    });
    each("details.file", function (d) { d.hidden = d.querySelector("tr.finding:not([hidden])") === null; });
    each("section.group", function (g) { g.hidden = g.querySelector("details.file:not([hidden])") === null; });
    shown.textContent = "Showing " + n + " of " + rows.length + " findings";
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  if (search) { search.addEventListener("input", apply); }
  apply();
})();
`
