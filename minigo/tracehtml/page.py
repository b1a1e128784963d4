"""The trace page: one HTML file with its CSS and JavaScript inline (no
network), into which `render_html` puts the summary as JSON (%%DATA%%).

What the script draws, from top to bottom: the legend (states, channels by
colour, the arrow and marker styles), the controls (zoom, time axis, search,
fold), the timeline (labels on the left, sized to fit their text; a group
row per `go` statement with several goroutines, clicked to fold or unfold),
and the per-goroutine table. The URL's hash sets the initial view, which is
how scripts/trace_screenshot.py checks each part: `#axis=events` (or
`time`, or the default `gaps`), `#search=jobs`, `#expand`, `#fold`.
When it is done the script sets `data-rendered="1"` on <body>. Shown in an
iframe of the same origin (a notebook's output), it sets the frame's height
to the page's.
"""

PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%%TITLE%%</title>
<style>
  body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2430; background: #fafbfc; }
  header { padding: 10px 16px 6px; border-bottom: 1px solid #e1e4e8; background: #fff; }
  h1 { font-size: 16px; margin: 0 0 2px; }
  h2 { font-size: 14px; margin: 16px 16px 6px; }
  .meta { color: #5a6270; }
  .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 6px 0 2px; align-items: center; }
  .legend-title { color: #5a6270; font-size: 12px; min-width: 64px; }
  .legend-item { display: inline-flex; align-items: center; gap: 5px; }
  .chan-item { cursor: pointer; }
  .swatch { width: 14px; height: 10px; border-radius: 2px; display: inline-block; border: 1px solid rgba(0,0,0,.15); }
  .line-swatch { width: 22px; height: 0; border-top: 2.5px solid #222; display: inline-block; position: relative; }
  .line-swatch.dashed { border-top-style: dashed; }
  .glyph { display: inline-block; width: 22px; height: 14px; vertical-align: middle; }
  #controls { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; margin-top: 6px; color: #333; }
  #search { width: 220px; padding: 2px 6px; }
  #search-count { color: #5a6270; min-width: 120px; }
  button { font: inherit; padding: 1px 8px; }
  #wrap { display: flex; margin: 8px 16px 8px; border: 1px solid #e1e4e8; background: #fff; }
  #labels { flex: none; border-right: 1px solid #e1e4e8; }
  #scroller { flex: 1; overflow-x: auto; overflow-y: hidden; }
  .label { font-size: 12px; fill: #1d2430; }
  .sublabel { font-size: 10px; fill: #6a7280; }
  .group-label { cursor: pointer; }
  .group-label .label { font-weight: 600; }
  .group-bg { fill: #eef2f7; }
  .slice { stroke: rgba(0,0,0,.18); stroke-width: .5; cursor: default; }
  .slice:hover { stroke: #000; stroke-width: 1.5; }
  .flow { fill: none; stroke-opacity: .85; stroke-width: 1.4; }
  .flow.mutex { stroke-dasharray: 5 3; stroke-width: 1.6; }
  .flows.many .flow { stroke-opacity: .3; stroke-width: 1; }
  .flow-hit { fill: none; stroke: transparent; stroke-width: 8; }
  .flow-group:hover .flow { stroke-width: 2.5; stroke-opacity: 1; }
  .exit { stroke: #1d2430; stroke-width: 3; stroke-linecap: butt; }
  .exit-dot { fill: #1d2430; }
  .tick { stroke: #e8ebef; }
  .tick-label { font-size: 10px; fill: #6a7280; }
  .idle-break { fill: url(#idle-hatch); }
  .idle-edge { fill: none; stroke: #9aa3ad; stroke-width: 1; }
  .idle-label { font-size: 10px; fill: #4a5260; font-style: italic; }
  body.searching .slice:not(.hit), body.searching .flow-group:not(.hit), body.searching .profile:not(.hit) { opacity: .18; }
  body.searching .track-label:not(.hit) text, body.searching .group-label:not(.hit) text { fill-opacity: .35; }
  .slice.hit { stroke: #000; stroke-width: 1.5; }
  .track-label.hit .label, .group-label.hit .label { fill: #b3001b; }
  .flow-group.hit .flow { stroke-width: 2.4; stroke-opacity: 1; }
  #tip { position: fixed; pointer-events: none; background: #1d2430; color: #fff; padding: 6px 8px; border-radius: 4px;
         font-size: 12px; white-space: pre; display: none; z-index: 10; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
  #summary-wrap { overflow-x: auto; margin: 0 16px 24px; }
  #summary { border-collapse: collapse; background: #fff; font-size: 12px; }
  #summary th, #summary td { border-bottom: 1px solid #e8ebef; padding: 3px 8px; text-align: right; white-space: nowrap; }
  #summary th { background: #f3f5f8; position: sticky; top: 0; font-weight: 600; }
  #summary td.name, #summary th.name, #summary td.where, #summary th.where { text-align: left; }
  #summary tr.group-row { background: #eef2f7; cursor: pointer; font-weight: 600; }
  #summary tr.member td.name { padding-left: 22px; }
  #summary tr.hidden { display: none; }
  #summary tr.hit td.name { color: #b3001b; }
  .bar { display: inline-flex; width: 160px; height: 10px; background: #f0f2f5; border-radius: 2px; overflow: hidden; vertical-align: middle; }
  .bar span { display: block; height: 100%; }
  .th-swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-right: 4px; vertical-align: baseline; }
</style>
</head>
<body>
<header>
  <h1 id="title"></h1>
  <div class="meta" id="meta"></div>
  <div class="legend" id="legend"><span class="legend-title">states</span></div>
  <div class="legend" id="chan-legend"><span class="legend-title">channels</span></div>
  <div class="legend" id="mark-legend"><span class="legend-title">marks</span></div>
  <div id="controls">
    <label>zoom <input id="zoom" type="range" min="1" max="200" value="1"></label>
    <label>time axis <select id="scale">
      <option value="gaps" title="idle stretches (nothing running) drawn as short marked breaks">clock time, idle gaps collapsed</option>
      <option value="time">clock time</option>
      <option value="events" title="every state change gets equal room">event order</option></select></label>
    <label><input id="show-runnable" type="checkbox" checked> runnable</label>
    <label><input id="show-flows" type="checkbox" checked> hand-off arrows</label>
    <button id="expand-all" type="button">unfold all</button>
    <button id="fold-all" type="button">fold all</button>
    <label>search <input id="search" type="search" placeholder="goroutine, channel or file:line"></label>
    <span id="search-count"></span>
  </div>
</header>
<div id="wrap">
  <svg id="labels" xmlns="http://www.w3.org/2000/svg"></svg>
  <div id="scroller"><svg id="timeline" xmlns="http://www.w3.org/2000/svg"></svg></div>
</div>
<h2>Time per goroutine</h2>
<div id="summary-wrap"><table id="summary"></table></div>
<div id="tip"></div>
<script id="trace-data" type="application/json">%%DATA%%</script>
<script>
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("trace-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var ROW = 30, BAR = 18, AXIS = 34, BREAK_PX = 30, PAD = 10;
  var S_TID = 0, S_STATE = 1, S_TS = 2, S_DUR = 3, S_CHAN = 4, S_KEYS = 5, S_AT = 6, S_FUNC = 7;
  var F_FROM = 0, F_TS = 1, F_TO = 2, F_TE = 3, F_LABEL = 4, F_KEY = 5, F_KIND = 6;

  var trackOf = {}, chanOf = {};
  D.tracks.forEach(function (t) { trackOf[t.tid] = t; });
  D.channels.forEach(function (c) { chanOf[c.key] = c; });
  var folded = D.groups.map(function (g) { return g.folded; });

  // the initial view from the URL: #axis=events&search=jobs&expand
  var params = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    if (!kv) return;
    var i = kv.indexOf("=");
    params[decodeURIComponent(i < 0 ? kv : kv.slice(0, i))] = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1));
  });
  if ("events" in params) params.axis = "events";

  function color(state) { return D.colors[state] || D.other_color; }
  function chanColor(key) { var c = chanOf[key]; return c ? c.color : "#555"; }
  function chanLabel(key, fallback) { var c = chanOf[key]; return c ? c.label : fallback; }
  function el(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function html(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function fmt(us) {
    var a = Math.abs(us);
    if (a >= 1e6) return parseFloat((us / 1e6).toFixed(3)) + " s";
    if (a >= 1e3) return parseFloat((us / 1e3).toFixed(3)) + " ms";
    return (Math.round(us * 1000) / 1000) + " \u00b5s";
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function baseName(t) { return t.name.replace(/\s*\(G\d+\)$/, ""); }

  // ------------------------------------------------------------ header
  var nChan = 0, nMutex = 0;
  D.flows.forEach(function (f) { if (f[F_KIND] === "mutex") nMutex++; else nChan++; });
  var idle = 0;
  D.breaks.forEach(function (b) { idle += b[1] - b[0]; });
  document.getElementById("title").textContent = "goroutine timeline" + (D.program ? " \u2014 " + D.program : "");
  document.getElementById("meta").textContent =
    plural(D.tracks.length, "goroutine", "goroutines") + " \u00b7 " + plural(nChan, "channel hand-off", "channel hand-offs") +
    " \u00b7 " + plural(nMutex, "mutex hand-off", "mutex hand-offs") + " \u00b7 span " + fmt(D.t1 - D.t0) +
    (D.breaks.length ? " (" + plural(D.breaks.length, "long idle gap", "long idle gaps") + ", " + fmt(idle) + ")" : "") +
    " \u00b7 clock " + (D.clock || "?") + (D.seed !== null && D.seed !== undefined ? " \u00b7 seed " + D.seed : "");

  var legend = document.getElementById("legend");
  D.states.forEach(function (k) {
    var it = html("span", "legend-item state-item", null, legend);
    html("span", "swatch", null, it).style.background = color(k);
    it.appendChild(document.createTextNode(k));
  });
  var chanLegend = document.getElementById("chan-legend");
  var byColorKey = {}, colorKeys = [];
  D.channels.forEach(function (c) {
    if (!(c.color_key in byColorKey)) { byColorKey[c.color_key] = []; colorKeys.push(c.color_key); }
    byColorKey[c.color_key].push(c);
  });
  colorKeys.forEach(function (k) {
    var cs = byColorKey[k], c = cs[0];
    var n = 0;
    cs.forEach(function (x) { n += x.handoffs; });
    var it = html("span", "legend-item chan-item", null, chanLegend);
    it.setAttribute("data-chan", c.key);
    var sw = html("span", "line-swatch", null, it);
    sw.style.borderTopColor = c.color;
    var name = cs.length > 1 ? c.name + " \u00d7" + cs.length : c.label;
    it.appendChild(document.createTextNode(name + " (" + plural(n, "hand-off", "hand-offs") + ")"));
    it.title = cs.map(function (x) {
      return x.label + (x.made ? ": made at " + x.made : "") + (x.cap !== null && x.cap !== undefined ? ", cap " + x.cap : "");
    }).join("\n") + "\nclick: search for it";
    it.addEventListener("click", function () { search.value = cs.length > 1 ? c.name : c.label; applySearch(); });
  });
  if (!colorKeys.length) html("span", "legend-item", "none traced", chanLegend);
  var markLegend = document.getElementById("mark-legend");
  function glyph(parent, draw) {
    var s = document.createElementNS(NS, "svg");
    s.setAttribute("class", "glyph"); s.setAttribute("viewBox", "0 0 22 14");
    parent.appendChild(s); draw(s);
  }
  var mi = html("span", "legend-item", null, markLegend);
  glyph(mi, function (s) {
    el("path", {d: "M 1 7 L 15 7", stroke: "#1f77b4", "stroke-width": 2, fill: "none"}, s);
    el("path", {d: "M 13 3 L 21 7 L 13 11 z", fill: "#1f77b4"}, s);
  });
  mi.appendChild(document.createTextNode("channel hand-off, sender \u2192 receiver (colour: the channel)"));
  mi = html("span", "legend-item", null, markLegend);
  glyph(mi, function (s) {
    el("path", {d: "M 1 7 L 14 7", stroke: D.mutex_color, "stroke-width": 2, "stroke-dasharray": "4 2", fill: "none"}, s);
    el("circle", {cx: 17, cy: 7, r: 3.5, fill: "#fff", stroke: D.mutex_color, "stroke-width": 2}, s);
  });
  mi.appendChild(document.createTextNode("mutex hand-off, Unlock \u2192 the Lock it woke"));
  mi = html("span", "legend-item", null, markLegend);
  glyph(mi, function (s) {
    el("rect", {x: 1, y: 4, width: 9, height: 6, fill: "#2e9d4a"}, s);
    el("path", {d: "M 11.5 0 L 11.5 14", "class": "exit"}, s);
    el("circle", {cx: 17, cy: 7, r: 2.5, "class": "exit-dot"}, s);
  });
  mi.appendChild(document.createTextNode("goroutine exit"));
  mi = html("span", "legend-item", null, markLegend);
  glyph(mi, function (s) {
    el("rect", {x: 4, y: 0, width: 14, height: 14, fill: "#e9ecf0"}, s);
    el("path", {d: "M 4 0 l 2 3.5 l -2 3.5 l 2 3.5 l -2 3.5 M 18 0 l 2 3.5 l -2 3.5 l 2 3.5 l -2 3.5", "class": "idle-edge"}, s);
  });
  mi.appendChild(document.createTextNode("collapsed idle gap (its length is labelled)"));

  // ------------------------------------------------------------ tooltips
  var tip = document.getElementById("tip");
  function showTip(ev, text) {
    tip.textContent = text; tip.style.display = "block";
    var x = ev.clientX + 14, y = ev.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) x = ev.clientX - tip.offsetWidth - 8;
    if (y + tip.offsetHeight > window.innerHeight) y = ev.clientY - tip.offsetHeight - 8;
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function hideTip() { tip.style.display = "none"; }
  function hover(node, text) {
    node.addEventListener("mousemove", function (ev) { showTip(ev, typeof text === "function" ? text(ev) : text); });
    node.addEventListener("mouseleave", hideTip);
    if (typeof text !== "function") el("title", {}, node).textContent = text;
  }

  // ------------------------------------------------------------ controls
  var labels = document.getElementById("labels");
  var svg = document.getElementById("timeline");
  var scroller = document.getElementById("scroller");
  var zoom = document.getElementById("zoom");
  var showRunnable = document.getElementById("show-runnable");
  var showFlows = document.getElementById("show-flows");
  var scaleSel = document.getElementById("scale");
  var search = document.getElementById("search");
  var searchCount = document.getElementById("search-count");
  if (params.axis === "events" || params.axis === "time" || params.axis === "gaps") scaleSel.value = params.axis;
  if ("search" in params) search.value = params.search;
  if ("expand" in params) folded = folded.map(function () { return false; });
  if ("fold" in params) folded = folded.map(function () { return true; });

  // event-order axis: the distinct instants at which something happened
  var instants = [];
  (function () {
    var seen = {};
    function add(t) { if (!seen[t]) { seen[t] = true; instants.push(t); } }
    D.slices.forEach(function (s) { add(s[S_TS]); add(s[S_TS] + s[S_DUR]); });
    D.flows.forEach(function (f) { add(f[F_TS]); add(f[F_TE]); });
    D.exits.forEach(function (e) { add(e[1]); });
    add(D.t0); add(D.t1);
    instants.sort(function (a, b) { return a - b; });
  })();
  function rank(t) {       // fractional index of t among the instants
    var lo = 0, hi = instants.length - 1;
    if (t <= instants[0]) return 0;
    if (t >= instants[hi]) return hi;
    while (hi - lo > 1) { var mid = (lo + hi) >> 1; if (instants[mid] <= t) lo = mid; else hi = mid; }
    var a = instants[lo], b = instants[hi];
    return lo + (b > a ? (t - a) / (b - a) : 0);
  }
  function niceStep(raw) {
    var p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  // x of a time: linear, by event order, or linear with the idle breaks squeezed to bpx each
  function axisFor(W) {
    var mode = scaleSel.value, span = D.t1 - D.t0;
    if (mode === "events") {
      var nI = Math.max(1, instants.length - 1);
      return {mode: mode, X: function (t) { return PAD + rank(t) / nI * W; }};
    }
    var br = mode === "gaps" ? D.breaks : [];
    var idleT = 0, before = [];
    br.forEach(function (b) { before.push(idleT); idleT += b[1] - b[0]; });
    var bpx = br.length ? Math.min(BREAK_PX, 0.3 * W / br.length) : 0;
    var scale = (W - br.length * bpx) / Math.max(span - idleT, 1e-9);
    function X(t) {
      var lo = 0, hi = br.length - 1, i = -1;
      while (lo <= hi) { var mid = (lo + hi) >> 1; if (br[mid][0] <= t) { i = mid; lo = mid + 1; } else hi = mid - 1; }
      if (i < 0) return PAD + (t - D.t0) * scale;
      var a = br[i][0], b = br[i][1];
      var x0 = PAD + (a - D.t0 - before[i]) * scale + i * bpx;
      if (t < b) return x0 + (t - a) / (b - a) * bpx;
      return x0 + bpx + (t - b) * scale;
    }
    return {mode: mode, X: X, breaks: br, bpx: bpx, scale: scale};
  }

  // ------------------------------------------------------------ rows
  function layoutRows() {
    var rows = [], rowOf = {}, seen = {};
    D.tracks.forEach(function (t) {
      var g = t.group;
      if (g >= 0 && !seen[g]) {
        seen[g] = true;
        rows.push({kind: "group", group: D.groups[g]});
      }
      if (g >= 0 && folded[g]) { rowOf[t.tid] = rows.length - 1; return; }
      rowOf[t.tid] = rows.length;
      rows.push({kind: "track", track: t});
    });
    return {rows: rows, rowOf: rowOf};
  }
  function isShown(tid) { var t = trackOf[tid]; return !t || t.group < 0 || !folded[t.group]; }

  var searchables = [];     // [element, lower-case text] pairs, rebuilt with each draw
  function searchable(node, text) { searchables.push([node, text.toLowerCase()]); }

  // search text of a group: its name and where its members blocked
  var groupText = D.groups.map(function (g) {
    var parts = {}, tids = {};
    g.tids.forEach(function (t) { tids[t] = true; });
    D.slices.forEach(function (s) {
      if (tids[s[S_TID]]) { if (s[S_CHAN]) parts[s[S_CHAN]] = true; if (s[S_AT]) parts[s[S_AT]] = true; }
    });
    D.flows.forEach(function (f) { if (tids[f[F_FROM]] || tids[f[F_TO]]) parts[f[F_LABEL]] = true; });
    return g.name + "\n" + g.created + "\n" + Object.keys(parts).join("\n");
  });

  function drawLabels(L, H) {
    while (labels.firstChild) labels.removeChild(labels.firstChild);
    labels.setAttribute("height", H);
    var texts = [], bgs = [];
    L.rows.forEach(function (r, i) {
      var y = AXIS + i * ROW, g, name, sub, indent = 8;
      if (r.kind === "group") {
        var gr = r.group;
        g = el("g", {"class": "group-label", "data-group": gr.id}, labels);
        bgs.push(el("rect", {"class": "group-bg", x: 0, y: y, width: 100, height: ROW}, g));
        name = (folded[gr.id] ? "\u25b8 " : "\u25be ") + gr.name + " \u00d7" + gr.count;
        sub = gr.created + " \u00b7 " + gr.count + " goroutines \u00b7 click to " + (folded[gr.id] ? "unfold" : "fold");
        g.addEventListener("click", function () { folded[gr.id] = !folded[gr.id]; redraw(); });
        searchable(g, groupText[gr.id]);
      } else {
        var t = r.track;
        if (t.group >= 0) indent = 22;
        g = el("g", {"class": "track-label", "data-gid": t.tid}, labels);
        bgs.push(el("rect", {x: 0, y: y, width: 100, height: ROW, fill: i % 2 ? "#fff" : "#f6f8fa"}, g));
        name = t.name; sub = t.created;
        searchable(g, t.name + "\n" + t.created);
      }
      var tx = el("text", {"class": "label", x: indent, y: y + (sub ? 13 : 19)}, g);
      tx.textContent = name;
      texts.push(tx);
      if (sub) {
        var st = el("text", {"class": "sublabel", x: indent, y: y + 25}, g);
        st.textContent = sub;
        texts.push(st);
      }
    });
    // as wide as the longest label, so that no label is cut
    var w = 160;
    texts.forEach(function (t) { w = Math.max(w, Number(t.getAttribute("x")) + t.getComputedTextLength() + 12); });
    w = Math.ceil(w);
    labels.setAttribute("width", w);
    bgs.forEach(function (b) { b.setAttribute("width", w); });
  }

  // ------------------------------------------------------------ the timeline
  function draw() {
    searchables = [];
    var L = layoutRows();
    var H = AXIS + L.rows.length * ROW + 8;
    drawLabels(L, H);
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var base = Math.max(400, scroller.clientWidth - 2 * PAD);
    var W = base * Number(zoom.value);
    svg.setAttribute("width", W + 2 * PAD); svg.setAttribute("height", H);
    var A = axisFor(W), X = A.X;

    var defs = el("defs", {}, svg);
    var heads = {};
    function arrowHead(col) {
      if (heads[col]) return heads[col];
      var id = "ah" + Object.keys(heads).length;
      var m = el("marker", {id: id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6,
                            orient: "auto-start-reverse"}, defs);
      el("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: col}, m);
      return (heads[col] = "url(#" + id + ")");
    }
    var lockHead = el("marker", {id: "lockhead", viewBox: "0 0 10 10", refX: 5, refY: 5, markerWidth: 7, markerHeight: 7},
                      defs);
    el("circle", {cx: 5, cy: 5, r: 3.5, fill: "#fff", stroke: D.mutex_color, "stroke-width": 2}, lockHead);
    var hatch = el("pattern", {id: "idle-hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse",
                               patternTransform: "rotate(45)"}, defs);
    el("rect", {width: 6, height: 6, fill: "#eef0f3"}, hatch);
    el("line", {x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#dde1e6", "stroke-width": 2}, hatch);

    // row backgrounds
    var rowsG = el("g", {"class": "rows"}, svg);
    L.rows.forEach(function (r, i) {
      el("rect", {x: 0, y: AXIS + i * ROW, width: W + 2 * PAD, height: ROW,
                  "class": r.kind === "group" ? "group-bg" : "", fill: i % 2 ? "#fff" : "#f6f8fa"}, rowsG);
    });

    // the ruler
    var axis = el("g", {"class": "axis"}, svg);
    var ticks = [];
    if (A.mode === "events") {
      var nI = Math.max(1, instants.length - 1);
      var every = Math.max(1, Math.ceil(nI / Math.max(2, Math.floor(W / 120))));
      for (var k = 0; k < instants.length; k += every) ticks.push(instants[k]);
    } else {
      var step = niceStep(120 / A.scale);
      var segs = [], from = D.t0;
      (A.breaks || []).forEach(function (b) { segs.push([from, b[0]]); from = b[1]; });
      segs.push([from, D.t1]);
      segs.forEach(function (sg) {
        for (var t = Math.ceil((sg[0] - D.t0) / step - 1e-9) * step + D.t0; t <= sg[1] + 1e-9; t += step) ticks.push(t);
      });
    }
    var lastLabel = -1e9;
    ticks.forEach(function (t) {
      var x = X(t);
      el("line", {"class": "tick", x1: x, x2: x, y1: AXIS - 4, y2: H}, axis);
      if (x > W - 30 || x - lastLabel < 56) return;
      var lb = el("text", {"class": "tick-label", x: x + 2, y: 12}, axis);
      lb.textContent = fmt(t - D.t0);
      lastLabel = x;
    });
    var lastIdle = -1e9;
    (A.breaks || []).forEach(function (b) {
      var x1 = X(b[0]), x2 = x1 + A.bpx, g = el("g", {"class": "idle"}, svg);
      el("rect", {"class": "idle-break", x: x1, y: AXIS - 8, width: x2 - x1, height: H - AXIS + 8}, g);
      var zig = "";
      [x1, x2].forEach(function (x) {
        zig += "M " + x + " " + (AXIS - 8);
        for (var y = AXIS - 8, s = 1; y < H; y += 4, s = -s) zig += " L " + (x + 2 * s) + " " + (y + 4);
      });
      el("path", {"class": "idle-edge", d: zig}, g);
      var text = "idle " + fmt(b[1] - b[0]) + ": no goroutine running or runnable\nfrom " + fmt(b[0] - D.t0) +
                 " to " + fmt(b[1] - D.t0) + " (collapsed; axis \u201cclock time\u201d draws it to scale)";
      hover(g, text);
      var cx = (x1 + x2) / 2;
      var lb = el("text", {"class": "idle-label", x: cx, y: 26, "text-anchor": "middle"}, g);
      lb.textContent = "\u2248 " + fmt(b[1] - b[0]) + " idle";
      var half = lb.getComputedTextLength() / 2 + 4;
      if (cx - half < lastIdle) { g.removeChild(lb); return; }     // the tooltip still tells
      lastIdle = cx + half;
    });

    // group rows: how many members are in each state, stacked
    L.rows.forEach(function (r, i) {
      if (r.kind === "group") drawProfile(r.group, AXIS + i * ROW, X, W);
    });

    // slices, one <g class="track"> per shown goroutine
    var groups = {};
    L.rows.forEach(function (r) {
      if (r.kind === "track")
        groups[r.track.tid] = el("g", {"class": "track", "data-gid": r.track.tid, "data-name": r.track.name}, svg);
    });
    D.slices.forEach(function (s) {
      var tid = s[S_TID], state = s[S_STATE], ts = s[S_TS], dur = s[S_DUR];
      if (state === "runnable" && !showRunnable.checked) return;
      var g = groups[tid]; if (!g) return;
      var i = L.rowOf[tid];
      var x = X(ts), w = Math.max(1, X(ts + dur) - x);
      var h = state === "runnable" ? BAR / 2 : BAR, y = AXIS + i * ROW + (ROW - h) / 2;
      var r = el("rect", {"class": "slice", "data-state": state, x: x, y: y, width: w, height: h,
                          fill: color(state), rx: 1.5}, g);
      var keys = s[S_KEYS], chans = keys.map(function (k) { return chanLabel(k, s[S_CHAN]); });
      if (keys.length) r.setAttribute("data-chan", keys.join(" "));
      if (s[S_AT]) r.setAttribute("data-at", s[S_AT]);
      var text = trackOf[tid].name + "\nstate: " + state +
                 (chans.length ? "\nchannel" + (chans.length > 1 ? "s: " : ": ") + chans.join(", ") : "") +
                 (s[S_AT] ? "\nblocked at " + s[S_AT] + (s[S_FUNC] ? " in " + s[S_FUNC] : "") : "") +
                 "\nstart: " + fmt(ts - D.t0) + "\nduration: " + fmt(dur);
      hover(r, text);
      searchable(r, chans.join("\n") + "\n" + s[S_AT] + "\n" + s[S_FUNC] + "\n" + state);
      if (keys.length && w >= 3) {     // which channel: a stripe in its colour along the bottom
        var sw = w / keys.length;
        keys.forEach(function (k, j) {
          el("rect", {"class": "chan-stripe", x: x + j * sw, y: y + h + 1, width: sw, height: 3,
                      fill: chanColor(k), "pointer-events": "none"}, g);
        });
      }
    });
    D.exits.forEach(function (e) {
      var g = groups[e[0]]; if (!g) return;
      var x = X(e[1]), y = AXIS + L.rowOf[e[0]] * ROW + ROW / 2;
      var m = el("g", {"class": "exit-mark"}, g);
      el("path", {"class": "exit", d: "M " + (x + 1.5) + " " + (y - 8) + " L " + (x + 1.5) + " " + (y + 8)}, m);
      el("circle", {"class": "exit-dot", cx: x + 7, cy: y, r: 2.5}, m);
      hover(m, trackOf[e[0]].name + "\nexited at " + fmt(e[1] - D.t0));
    });

    // hand-off arrows on top
    // hundreds of arrows would hide the slices under them: thinner, fainter
    var fl = el("g", {"class": "flows" + (D.flows.length > 300 ? " many" : "")}, svg);
    if (showFlows.checked) D.flows.forEach(function (f) {
      var a = L.rowOf[f[F_FROM]], b = L.rowOf[f[F_TO]];
      if (a === undefined || b === undefined) return;
      if (a === b && !(isShown(f[F_FROM]) && isShown(f[F_TO]))) return;    // inside one folded group
      var x1 = X(f[F_TS]), y1 = AXIS + a * ROW + ROW / 2, x2 = X(f[F_TE]), y2 = AXIS + b * ROW + ROW / 2;
      var dx = Math.max(12, Math.abs(x2 - x1) / 2);
      var d = "M " + x1 + " " + y1 + " C " + (x1 + dx) + " " + y1 + ", " + (x2 - dx) + " " + y2 + ", " + x2 + " " + y2;
      var mutex = f[F_KIND] === "mutex";
      var label = mutex ? f[F_LABEL] : chanLabel(f[F_KEY], f[F_LABEL]);
      var from = trackOf[f[F_FROM]], to = trackOf[f[F_TO]];
      var text = (from ? from.name : f[F_FROM]) + " \u2192 " + (to ? to.name : f[F_TO]) +
                 (mutex ? "\nmutex hand-off: " + label + "\nunlocked: " + fmt(f[F_TS] - D.t0) +
                          "\nlocked by the woken goroutine: " + fmt(f[F_TE] - D.t0)
                        : "\nchannel: " + label + "\nsent: " + fmt(f[F_TS] - D.t0) + "\nreceived: " + fmt(f[F_TE] - D.t0)) +
                 "\nafter: " + fmt(f[F_TE] - f[F_TS]);
      var g = el("g", {"class": "flow-group", "data-kind": f[F_KIND]}, fl);
      var col = mutex ? D.mutex_color : chanColor(f[F_KEY]);
      el("path", {"class": "flow" + (mutex ? " mutex" : ""), d: d, stroke: col,
                  "marker-end": mutex ? "url(#lockhead)" : arrowHead(col),
                  "data-from": f[F_FROM], "data-to": f[F_TO], "data-kind": f[F_KIND], "data-chan": f[F_KEY]}, g);
      hover(el("path", {"class": "flow-hit", d: d}, g), text);
      searchable(g, label + "\n" + (from ? from.name : "") + "\n" + (to ? to.name : ""));
    });
  }

  function drawProfile(gr, y, X, W) {
    var P = gr.profile, g = el("g", {"class": "profile", "data-group": gr.id}, svg);
    var unit = (ROW - 6) / gr.count, cols = [];
    // one column per pixel or more: the time-weighted mean count of each state
    var acc = null, ax = 0, aw = 0;
    function flush(x2) {
      if (!acc || aw <= 0) return;
      var yy = y + ROW - 3;
      for (var s = 0; s < acc.length; s++) {
        var c = acc[s] / aw;
        if (c <= 0.001) continue;
        var hh = c * unit;
        el("rect", {x: ax, y: yy - hh, width: Math.max(0.5, x2 - ax), height: hh, fill: color(D.states[s])}, g);
        yy -= hh;
      }
      cols.push([ax, x2, acc.map(function (v) { return v / aw; })]);
      acc = null;
    }
    for (var i = 0; i + 1 < P.length; i++) {
      var x1 = X(P[i][0]), x2 = X(P[i + 1][0]), w = x2 - x1;
      if (w <= 0) continue;
      if (!acc) { acc = P[i][1].map(function () { return 0; }); ax = x1; aw = 0; }
      for (var s = 0; s < acc.length; s++) acc[s] += P[i][1][s] * w;
      aw += w;
      if (x2 - ax >= 1) flush(x2);
    }
    if (acc) flush(ax + aw);
    var hit = el("rect", {x: 0, y: y, width: W + 2 * PAD, height: ROW, fill: "transparent"}, g);
    hover(hit, function (ev) {
      var x = ev.clientX - svg.getBoundingClientRect().left, lines = [];
      for (var i = 0; i < cols.length; i++) {
        if (cols[i][0] <= x && x <= cols[i][1]) {
          cols[i][2].forEach(function (c, s) { if (c > 0.001) lines.push("  " + (Math.round(c * 10) / 10) + " " + D.states[s]); });
          break;
        }
      }
      return gr.name + " \u00d7" + gr.count + " (" + gr.created + ")\n" +
             (lines.length ? lines.join("\n") : "  none alive here") + "\nclick the label to unfold";
    });
    searchable(g, groupText[gr.id]);
  }

  // ------------------------------------------------------------ search
  function applySearch() {
    var q = search.value.trim().toLowerCase();
    var n = {g: 0, s: 0, f: 0}, rowsHit = {};
    searchables.forEach(function (p) {
      var hit = q !== "" && p[1].indexOf(q) >= 0;
      p[0].classList.toggle("hit", hit);
      if (!hit) return;
      var c = p[0].getAttribute("class") || "";
      if (/slice/.test(c)) { n.s++; rowsHit[p[0].parentNode.getAttribute("data-gid")] = true; }
      else if (/flow-group/.test(c)) n.f++;
    });
    // a row is a hit by its name, or by a slice of it that is
    searchables.forEach(function (p) {
      var c = p[0].getAttribute("class") || "";
      if (!/track-label|group-label/.test(c)) return;
      if (/track-label/.test(c) && rowsHit[p[0].getAttribute("data-gid")]) p[0].classList.add("hit");
      if (p[0].classList.contains("hit")) n.g++;
    });
    document.querySelectorAll("#summary tr[data-search]").forEach(function (tr) {
      tr.classList.toggle("hit", q !== "" && tr.getAttribute("data-search").indexOf(q) >= 0);
    });
    document.body.classList.toggle("searching", q !== "");
    searchCount.textContent = q === "" ? "" :
      plural(n.g, "row", "rows") + ", " + plural(n.s, "slice", "slices") + ", " + plural(n.f, "arrow", "arrows");
    searchCount.setAttribute("data-hits", n.g + n.s + n.f);
  }
  search.addEventListener("input", applySearch);

  // ------------------------------------------------------------ the table
  var table = document.getElementById("summary");
  var reasons = D.states.filter(function (s) { return s !== "running" && s !== "runnable"; });
  function buildTable() {
    var head = html("tr", null, null, html("thead", null, null, table));
    html("th", "name", "goroutine", head);
    html("th", "where", "created at", head);
    html("th", null, "time line", head);
    ["running", "runnable"].concat(["blocked"]).concat(reasons).forEach(function (k) {
      var th = html("th", null, null, head);
      if (k !== "blocked") html("span", "th-swatch", null, th).style.background = color(k);
      th.appendChild(document.createTextNode(k === "runnable" ? "runnable (waiting for CPU)" : k));
    });
    html("th", "where", "blocked longest at", head);
    html("th", null, "exited", head);
    var body = html("tbody", null, null, table);
    function sum(tids) {
      var o = {running: 0, runnable: 0, blocked: 0, reasons: {}, at: "", exited: null, start: Infinity};
      tids.forEach(function (tid) {
        var t = D.totals[tid]; if (!t) return;
        o.running += t.running; o.runnable += t.runnable; o.blocked += t.blocked;
        for (var k in t.reasons) o.reasons[k] = (o.reasons[k] || 0) + t.reasons[k];
        o.start = Math.min(o.start, t.start);
      });
      return o;
    }
    function row(cls, name, where, t, search) {
      var tr = html("tr", cls, null, body);
      tr.setAttribute("data-search", search.toLowerCase());
      html("td", "name", name, tr);
      html("td", "where", where, tr);
      var bar = html("span", "bar", null, html("td", null, null, tr));
      var life = t.running + t.runnable + t.blocked;
      [["running", t.running], ["runnable", t.runnable]].concat(reasons.map(function (k) { return [k, t.reasons[k] || 0]; }))
        .forEach(function (p) {
          if (!p[1] || !life) return;
          var sp = html("span", null, null, bar);
          sp.style.width = (100 * p[1] / life) + "%"; sp.style.background = color(p[0]);
          sp.title = p[0] + ": " + fmt(p[1]);
        });
      html("td", null, fmt(t.running), tr);
      html("td", null, fmt(t.runnable), tr);
      html("td", null, fmt(t.blocked), tr);
      reasons.forEach(function (k) { html("td", null, t.reasons[k] ? fmt(t.reasons[k]) : "", tr); });
      html("td", "where", t.at || "", tr);
      html("td", null, t.exited === null || t.exited === undefined ? "" : fmt(t.exited - D.t0), tr);
      return tr;
    }
    var done = {};
    D.tracks.forEach(function (t) {
      var g = t.group;
      if (g >= 0 && !done[g]) {
        done[g] = true;
        var gr = D.groups[g];
        var tr = row("group-row", gr.name + " \u00d7" + gr.count + " (total)", gr.created.replace(/^created at /, ""),
                     sum(gr.tids), groupText[g]);
        tr.setAttribute("data-group", g);
        tr.addEventListener("click", function () { folded[g] = !folded[g]; redraw(); });
      }
      var tt = D.totals[t.tid] || {running: 0, runnable: 0, blocked: 0, reasons: {}, at: "", exited: null};
      var r = row(g >= 0 ? "member" : "", t.name, t.created.replace(/^created at /, ""), tt, t.name + "\n" + tt.at);
      r.setAttribute("data-gid", t.tid);
      if (g >= 0) r.setAttribute("data-member-of", g);
    });
  }
  function updateTable() {
    table.querySelectorAll("tr[data-member-of]").forEach(function (tr) {
      tr.classList.toggle("hidden", folded[Number(tr.getAttribute("data-member-of"))]);
    });
    table.querySelectorAll("tr.group-row").forEach(function (tr) {
      var g = Number(tr.getAttribute("data-group"));
      tr.firstChild.textContent = (folded[g] ? "\u25b8 " : "\u25be ") + D.groups[g].name + " \u00d7" + D.groups[g].count + " (total)";
    });
  }

  // In a notebook the page is an iframe's srcdoc (minigo/jupyter/magics.py),
  // sized before it is drawn: fit the frame to the page, which folding changes.
  function fitFrame() {
    var f = null;
    try { f = window.frameElement; } catch (e) { return; }
    if (!f) return;
    var h = Math.ceil(document.body.getBoundingClientRect().height) + 24;
    if (Math.abs(f.clientHeight - h) > 4) f.style.height = h + "px";
  }

  function redraw() { draw(); updateTable(); applySearch(); fitFrame(); }
  document.getElementById("expand-all").addEventListener("click", function () {
    folded = folded.map(function () { return false; }); redraw();
  });
  document.getElementById("fold-all").addEventListener("click", function () {
    folded = folded.map(function () { return true; }); redraw();
  });
  zoom.addEventListener("input", redraw);
  showRunnable.addEventListener("change", redraw);
  showFlows.addEventListener("change", redraw);
  scaleSel.addEventListener("change", redraw);
  scroller.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey) return;
    ev.preventDefault();
    var z = Number(zoom.value) * (ev.deltaY < 0 ? 1.25 : 0.8);
    zoom.value = Math.max(1, Math.min(200, Math.round(z)));
    redraw();
  }, {passive: false});
  window.addEventListener("resize", redraw);
  buildTable();
  redraw();
  document.body.setAttribute("data-rendered", "1");
})();
</script>
</body>
</html>
"""
