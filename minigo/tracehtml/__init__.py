"""`minigo trace out.json -o out.html`: draw a goroutine trace as a
self-contained HTML page (inline CSS and JavaScript, no network), for people
who do not use Perfetto.

The page draws an SVG timeline: one row per goroutine (named by its creation
site), colored slices for its states (running, runnable, blocked on chan
receive / chan send / select / mutex / sleep ...), a legend, and an arrow for
each channel hand-off from the sender's row to the receiver's. Hovering a
slice or an arrow shows the goroutine, state, start, duration and channel.
Zoom with the slider (or Ctrl + mouse wheel); the rows scroll sideways.

The input is the Chrome trace-event JSON that `minigo run --trace` writes;
`summarize` reduces it to tracks, slices and flows, which the page embeds.
"""
from __future__ import annotations

import html
import json

STATE_COLORS = [
    ('running', '#2e9d4a'),
    ('runnable', '#d4d8dd'),
    ('chan receive', '#3f6fd8'),
    ('chan send', '#f08c2e'),
    ('select', '#9b4dca'),
    ('sleep', '#e9c84a'),
    ('sync.Mutex.Lock', '#d9434f'),
    ('sync.RWMutex.Lock', '#b5303c'),
    ('sync.RWMutex.RLock', '#e77f88'),
    ('sync.WaitGroup.Wait', '#2ba3a3'),
    ('sync.Cond.Wait', '#8d6e4a'),
]
OTHER_COLOR = '#8a8f98'


def summarize(data):
    """Tracks, slices and flows out of trace-event JSON (a dict or a list)."""
    events = data.get('traceEvents', []) if isinstance(data, dict) else list(data)
    other = data.get('otherData', {}) if isinstance(data, dict) else {}
    names = {}
    slices = []
    starts = {}
    ends = {}
    exits = []
    for e in events:
        ph = e.get('ph')
        if ph == 'M' and e.get('name') == 'thread_name':
            names[e.get('tid')] = e.get('args', {}).get('name', str(e.get('tid')))
        elif ph == 'X':
            a = e.get('args') or {}
            slices.append([e.get('tid'), e.get('name', ''), float(e.get('ts', 0)), float(e.get('dur', 0)),
                           a.get('channel', '')])
        elif ph == 's':
            starts[e.get('id')] = e
        elif ph == 'f':
            ends[e.get('id')] = e
        elif ph == 'i' and e.get('name') == 'exit':
            exits.append([e.get('tid'), float(e.get('ts', 0))])
    flows = []
    for fid, s in starts.items():
        f = ends.get(fid)
        if f is None:
            continue
        flows.append([s.get('tid'), float(s.get('ts', 0)), f.get('tid'), float(f.get('ts', 0)),
                      (s.get('args') or {}).get('channel', '')])
    tids = set(names) | {s[0] for s in slices}
    gors = other.get('goroutines', {})
    tracks = []
    for tid in sorted(tids, key=lambda t: (not isinstance(t, int), t)):
        created = ''
        g = gors.get(str(tid))
        if g:
            created = g.get('created', '')
        tracks.append({'tid': tid, 'name': names.get(tid, f'G{tid}'), 'created': created})
    slices.sort(key=lambda s: (s[2], s[0] if isinstance(s[0], int) else 0))
    flows.sort(key=lambda f: f[1])
    t0 = min([s[2] for s in slices] + [f[1] for f in flows], default=0.0)
    t1 = max([s[2] + s[3] for s in slices] + [f[3] for f in flows], default=1.0)
    return {
        'program': other.get('program', ''),
        'seed': other.get('seed'),
        'clock': other.get('clock', ''),
        'tracks': tracks,
        'slices': slices,
        'flows': flows,
        'exits': exits,
        't0': t0,
        't1': max(t1, t0 + 1),
        'colors': dict(STATE_COLORS),
        'other_color': OTHER_COLOR,
    }


def render_html(data):
    d = summarize(data)
    payload = json.dumps(d, separators=(',', ':')).replace('</', '<\\/')
    title = 'goroutine timeline' + (f' - {d["program"]}' if d['program'] else '')
    return (_PAGE.replace('%%TITLE%%', html.escape(title))
            .replace('%%DATA%%', payload))


def write_html(data, path):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(render_html(data))


_PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%%TITLE%%</title>
<style>
  body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2430; background: #fafbfc; }
  header { padding: 10px 16px 6px; border-bottom: 1px solid #e1e4e8; background: #fff; }
  h1 { font-size: 16px; margin: 0 0 2px; }
  .meta { color: #5a6270; }
  #legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 4px; }
  .legend-item { display: inline-flex; align-items: center; gap: 5px; }
  .swatch { width: 14px; height: 10px; border-radius: 2px; display: inline-block; border: 1px solid rgba(0,0,0,.15); }
  .arrow-swatch { width: 18px; height: 0; border-top: 2px solid #222; display: inline-block; }
  #controls { display: flex; gap: 16px; align-items: center; margin-top: 4px; color: #333; }
  #wrap { display: flex; margin: 8px 16px 16px; border: 1px solid #e1e4e8; background: #fff; }
  #labels { flex: none; border-right: 1px solid #e1e4e8; }
  #scroller { flex: 1; overflow-x: auto; overflow-y: hidden; }
  .label { font-size: 12px; fill: #1d2430; }
  .sublabel { font-size: 10px; fill: #7a8290; }
  .row-bg:nth-of-type(odd) { fill: #f6f8fa; }
  .slice { stroke: rgba(0,0,0,.18); stroke-width: .5; cursor: default; }
  .slice:hover, .flow:hover { stroke: #000; stroke-width: 1.5; }
  .flow { fill: none; stroke: #222; stroke-opacity: .7; stroke-width: 1.2; }
  .flow-hit { fill: none; stroke: transparent; stroke-width: 8; }
  .exit { fill: #222; }
  .tick { stroke: #e1e4e8; }
  .tick-label { font-size: 10px; fill: #7a8290; }
  #tip { position: fixed; pointer-events: none; background: #1d2430; color: #fff; padding: 6px 8px; border-radius: 4px;
         font-size: 12px; white-space: pre; display: none; z-index: 10; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
</style>
</head>
<body>
<header>
  <h1 id="title"></h1>
  <div class="meta" id="meta"></div>
  <div id="legend"></div>
  <div id="controls">
    <label>zoom <input id="zoom" type="range" min="1" max="200" value="1"></label>
    <label>time axis <select id="scale"><option value="time">clock time</option>
      <option value="events" title="every state change gets equal room">event order</option></select></label>
    <label><input id="show-runnable" type="checkbox" checked> runnable</label>
    <label><input id="show-flows" type="checkbox" checked> hand-off arrows</label>
  </div>
</header>
<div id="wrap">
  <svg id="labels" xmlns="http://www.w3.org/2000/svg"></svg>
  <div id="scroller"><svg id="timeline" xmlns="http://www.w3.org/2000/svg"></svg></div>
</div>
<div id="tip"></div>
<script id="trace-data" type="application/json">%%DATA%%</script>
<script>
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("trace-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var ROW = 30, BAR = 18, AXIS = 24, LABELW = 250;
  var rowOf = {};
  D.tracks.forEach(function (t, i) { rowOf[t.tid] = i; });
  var trackName = {};
  D.tracks.forEach(function (t) { trackName[t.tid] = t.name; });

  function color(state) { return D.colors[state] || D.other_color; }
  function el(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }
  function fmt(us) {
    var a = Math.abs(us);
    if (a >= 1e6) return parseFloat((us / 1e6).toFixed(6)) + " s";
    if (a >= 1e3) return parseFloat((us / 1e3).toFixed(3)) + " ms";
    return (Math.round(us * 1000) / 1000) + " \u00b5s";
  }

  document.getElementById("title").textContent = "goroutine timeline" + (D.program ? " \u2014 " + D.program : "");
  document.getElementById("meta").textContent =
    D.tracks.length + " goroutines \u00b7 " + D.flows.length + " channel hand-offs \u00b7 " +
    "span " + fmt(D.t1 - D.t0) + " \u00b7 clock " + (D.clock || "?") +
    (D.seed !== null && D.seed !== undefined ? " \u00b7 seed " + D.seed : "");

  // legend: the states that occur, in a fixed order, then others
  var used = {};
  D.slices.forEach(function (s) { used[s[1]] = true; });
  var legend = document.getElementById("legend");
  var order = Object.keys(D.colors).filter(function (k) { return used[k]; });
  Object.keys(used).sort().forEach(function (k) { if (!(k in D.colors)) order.push(k); });
  order.forEach(function (k) {
    var it = document.createElement("span");
    it.className = "legend-item";
    var sw = document.createElement("span");
    sw.className = "swatch"; sw.style.background = color(k);
    it.appendChild(sw); it.appendChild(document.createTextNode(k));
    legend.appendChild(it);
  });
  var ai = document.createElement("span");
  ai.className = "legend-item";
  ai.innerHTML = '<span class="arrow-swatch"></span>\u25B6 channel hand-off (sender \u2192 receiver)';
  legend.appendChild(ai);

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
    node.addEventListener("mousemove", function (ev) { showTip(ev, text); });
    node.addEventListener("mouseleave", hideTip);
    el("title", {}, node).textContent = text;
  }

  var H = AXIS + D.tracks.length * ROW + 8;
  var labels = document.getElementById("labels");
  labels.setAttribute("width", LABELW); labels.setAttribute("height", H);
  D.tracks.forEach(function (t, i) {
    var g = el("g", {"class": "track-label", "data-gid": t.tid}, labels);
    var y = AXIS + i * ROW;
    el("rect", {"class": "row-bg", x: 0, y: y, width: LABELW, height: ROW, fill: i % 2 ? "#fff" : "#f6f8fa"}, g);
    var tx = el("text", {"class": "label", x: 8, y: y + (t.created ? 13 : 19)}, g);
    tx.textContent = t.name;
    if (t.created) {
      var st = el("text", {"class": "sublabel", x: 8, y: y + 25}, g);
      st.textContent = t.created.length > 44 ? "\u2026" + t.created.slice(-43) : t.created;
      el("title", {}, g).textContent = t.name + "\n" + t.created;
    }
  });

  var svg = document.getElementById("timeline");
  var scroller = document.getElementById("scroller");
  var zoom = document.getElementById("zoom");
  var showRunnable = document.getElementById("show-runnable");
  var showFlows = document.getElementById("show-flows");
  var scaleSel = document.getElementById("scale");

  // event-order axis: the distinct instants at which something happened
  var instants = [];
  (function () {
    var seen = {};
    function add(t) { if (!seen[t]) { seen[t] = true; instants.push(t); } }
    D.slices.forEach(function (s) { add(s[2]); add(s[2] + s[3]); });
    D.flows.forEach(function (f) { add(f[1]); add(f[3]); });
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

  function draw() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var base = Math.max(400, scroller.clientWidth - 20);
    var W = base * Number(zoom.value);
    svg.setAttribute("width", W + 20); svg.setAttribute("height", H);
    var span = D.t1 - D.t0;
    var byEvents = scaleSel.value === "events";
    var nI = Math.max(1, instants.length - 1);
    function X(t) { return 10 + (byEvents ? rank(t) / nI : (t - D.t0) / span) * W; }

    var defs = el("defs", {}, svg);
    var m = el("marker", {id: "arrowhead", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6,
                          markerHeight: 6, orient: "auto-start-reverse"}, defs);
    el("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#222"}, m);

    // rows and the time axis
    var rows = el("g", {"class": "rows"}, svg);
    D.tracks.forEach(function (t, i) {
      el("rect", {x: 0, y: AXIS + i * ROW, width: W + 20, height: ROW, fill: i % 2 ? "#fff" : "#f6f8fa"}, rows);
    });
    var axis = el("g", {"class": "axis"}, svg);
    var ticks = [];
    if (byEvents) {
      var every = Math.max(1, Math.ceil(nI / Math.max(2, Math.floor(W / 120))));
      for (var k = 0; k < instants.length; k += every) ticks.push(instants[k]);
    } else {
      var step = niceStep(span / Math.max(2, Math.floor(W / 120)));
      for (var t = 0; t <= span + 1e-9; t += step) ticks.push(D.t0 + t);
    }
    ticks.forEach(function (t) {
      var x = X(t);
      el("line", {"class": "tick", x1: x, x2: x, y1: AXIS - 4, y2: H}, axis);
      if (x > W - 30) return;
      var lb = el("text", {"class": "tick-label", x: x + 2, y: 12}, axis);
      lb.textContent = fmt(t - D.t0);
    });

    // slices, one <g class="track"> per goroutine
    var groups = {};
    D.tracks.forEach(function (t, i) {
      groups[t.tid] = el("g", {"class": "track", "data-gid": t.tid, "data-name": t.name}, svg);
    });
    D.slices.forEach(function (s) {
      var tid = s[0], state = s[1], ts = s[2], dur = s[3], ch = s[4];
      if (state === "runnable" && !showRunnable.checked) return;
      var i = rowOf[tid]; if (i === undefined) return;
      var x = X(ts), w = Math.max(1, X(ts + dur) - x);
      var h = state === "runnable" ? BAR / 2 : BAR;
      var r = el("rect", {"class": "slice", "data-state": state, x: x, y: AXIS + i * ROW + (ROW - h) / 2,
                          width: w, height: h, fill: color(state), rx: 1.5}, groups[tid]);
      hover(r, trackName[tid] + "\nstate: " + state + "\nstart: " + fmt(ts - D.t0) +
               "\nduration: " + fmt(dur) + (ch ? "\nchannel: " + ch : ""));
    });
    D.exits.forEach(function (e) {
      var i = rowOf[e[0]]; if (i === undefined) return;
      var x = X(e[1]), y = AXIS + i * ROW + ROW / 2;
      var p = el("path", {"class": "exit", d: "M " + x + " " + (y - 5) + " l 5 5 l -5 5 z"}, groups[e[0]]);
      hover(p, trackName[e[0]] + "\nexited at " + fmt(e[1] - D.t0));
    });

    // hand-off arrows on top
    var fl = el("g", {"class": "flows"}, svg);
    if (showFlows.checked) D.flows.forEach(function (f) {
      var a = rowOf[f[0]], b = rowOf[f[2]];
      if (a === undefined || b === undefined) return;
      var x1 = X(f[1]), y1 = AXIS + a * ROW + ROW / 2, x2 = X(f[3]), y2 = AXIS + b * ROW + ROW / 2;
      if (a === b) { y2 = y1; }
      var dx = Math.max(12, Math.abs(x2 - x1) / 2);
      var d = "M " + x1 + " " + y1 + " C " + (x1 + dx) + " " + y1 + ", " + (x2 - dx) + " " + y2 + ", " + x2 + " " + y2;
      var text = trackName[f[0]] + " \u2192 " + trackName[f[2]] + "\nchannel: " + f[4] +
                 "\nsent: " + fmt(f[1] - D.t0) + "\nreceived: " + fmt(f[3] - D.t0) +
                 "\nin flight: " + fmt(f[3] - f[1]);
      var g = el("g", {"class": "flow-group"}, fl);
      el("path", {"class": "flow", d: d, "marker-end": "url(#arrowhead)",
                  "data-from": f[0], "data-to": f[2]}, g);
      hover(el("path", {"class": "flow-hit", d: d}, g), text);
    });
  }
  zoom.addEventListener("input", draw);
  showRunnable.addEventListener("change", draw);
  showFlows.addEventListener("change", draw);
  scaleSel.addEventListener("change", draw);
  if (location.hash.indexOf("events") >= 0) scaleSel.value = "events";
  scroller.addEventListener("wheel", function (ev) {
    if (!ev.ctrlKey) return;
    ev.preventDefault();
    var z = Number(zoom.value) * (ev.deltaY < 0 ? 1.25 : 0.8);
    zoom.value = Math.max(1, Math.min(200, Math.round(z)));
    draw();
  }, {passive: false});
  window.addEventListener("resize", draw);
  draw();
  document.body.setAttribute("data-rendered", "1");
})();
</script>
</body>
</html>
"""
