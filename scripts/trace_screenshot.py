#!/usr/bin/env python3
"""Check a `minigo trace` HTML page as a person would: render it in headless
Chromium, take a screenshot, and query the DOM after the page's script ran.

    python scripts/trace_screenshot.py PROG.go [--out DIR] [view flags] [expectations]
    python scripts/trace_screenshot.py --html PAGE.html [--out DIR] ...

With a .go file it runs `minigo run --virtual-time --seed 1 --trace-html`
first (--real-time: on the real clock). View flags set the page's URL hash:
--axis gaps|time|events, --search TEXT, --expand (unfold every group);
--click-group clicks the first group row after the page is drawn.
Writes DIR/NAME.png (the screenshot) and DIR/NAME.dom.html (the DOM after
JavaScript) and prints what the DOM holds: goroutine rows and group rows,
slices and the blocked ones whose tooltip names their source line, channel
arrows and their colours, mutex arrows, the channel legend, idle breaks,
exit marks, the summary table's rows, search hits.

Always checked: the page rendered, has rows and slices, and its table has a
row per goroutine and per group. Expectations (exit 1 when one fails):
--expect-tracks N, --expect-flows N (arrows drawn), --expect-groups N,
--expect-channel NAME (repeatable: a channel legend entry starts with NAME),
--expect-colours N (at least N arrow colours), --expect-mutex (a mutex
arrow), --expect-source (a blocked slice's tooltip says `blocked at F:L`),
--expect-breaks (a collapsed idle gap), --expect-hits (the search matched).
Exit 77 if no Chromium is installed.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from urllib.parse import quote

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


CLICK = """<script>
(function () {
  var g = document.querySelector(".group-label");
  if (g) g.dispatchEvent(new MouseEvent("click", {bubbles: true}));
})();
</script>
"""


def find_chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'):
        p = shutil.which(name)
        if p:
            return p
    return None


def chromium_cmd(chrome, *extra):
    return [chrome, '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
            '--disable-dev-shm-usage', '--no-first-run', '--virtual-time-budget=3000', *extra]


def render(chrome, html_path, png_path, width=1400, height=700, hash=''):
    url = 'file://' + os.path.abspath(html_path) + (('#' + hash) if hash else '')
    with tempfile.TemporaryDirectory() as prof:
        shot = subprocess.run(chromium_cmd(chrome, f'--user-data-dir={prof}', f'--window-size={width},{height}',
                                           f'--screenshot={os.path.abspath(png_path)}', url),
                              capture_output=True, timeout=120)
    if not os.path.exists(png_path):
        raise RuntimeError('chromium wrote no screenshot:\n' + shot.stderr.decode('utf-8', 'replace')[-2000:])
    with tempfile.TemporaryDirectory() as prof:
        dom = subprocess.run(chromium_cmd(chrome, f'--user-data-dir={prof}', f'--window-size={width},{height}',
                                          '--dump-dom', url),
                             capture_output=True, timeout=120)
    return dom.stdout.decode('utf-8', 'replace')


class Node:
    __slots__ = ('tag', 'attrs', 'children', 'text')

    def __init__(self, tag, attrs):
        self.tag, self.attrs, self.children, self.text = tag, attrs, [], []

    def cls(self):
        return self.attrs.get('class', '').split()

    def all_text(self):
        return ''.join(self.text) + ''.join(c.all_text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


class _Tree(HTMLParser):
    """The dumped DOM as a tree of Nodes (script contents left out)."""
    VOID = {'meta', 'input', 'br', 'img', 'link', 'hr', 'col'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: v or '' for k, v in attrs})
        self.stack[-1].children.append(n)
        if tag not in self.VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or '' for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        if self.stack[-1].tag != 'script':
            self.stack[-1].text.append(data)


def parse_dom(dom):
    t = _Tree()
    t.feed(dom)
    return t.root


def _title(n):
    for c in n.children:
        if c.tag == 'title':
            return c.all_text()
    return ''


def dom_counts(dom):
    """What the page's script built (read from the DOM, not from the data it embeds)."""
    root = parse_dom(dom)
    nodes = list(root.walk())
    body = next((n for n in nodes if n.tag == 'body'), Node('body', {}))

    def having(tag, cls):
        return [n for n in nodes if n.tag == tag and cls in n.cls()]

    slices = having('rect', 'slice')
    flows = having('path', 'flow')
    chan_flows = [f for f in flows if f.attrs.get('data-kind') == 'chan']
    hits = next((n for n in nodes if n.attrs.get('id') == 'search-count'), None)
    table = next((n for n in nodes if n.attrs.get('id') == 'summary'), Node('table', {}))
    rows = [n for n in table.walk() if n.tag == 'tr']
    return {
        'rendered': body.attrs.get('data-rendered') == '1',
        'tracks': len(having('g', 'track')),
        'track_names': [n.attrs.get('data-name', '') for n in having('g', 'track')],
        'groups': [' '.join(t.all_text() for t in n.children if t.tag == 'text' and 'label' in t.cls())
                   for n in having('g', 'group-label')],
        'slices': len(slices),
        'sourced': [_title(s) for s in slices if 'blocked at ' in _title(s)],
        'flows': len(flows),
        'chan_colours': sorted({f.attrs.get('stroke', '') for f in chan_flows}),
        'mutex_flows': len([f for f in flows if f.attrs.get('data-kind') == 'mutex']),
        'legend': [n.all_text() for n in nodes if n.tag == 'span' and 'state-item' in n.cls()],
        'channels': [n.all_text() for n in nodes if n.tag == 'span' and 'chan-item' in n.cls()],
        'breaks': [n.all_text() for n in having('text', 'idle-label')],
        'nbreaks': len(having('rect', 'idle-break')),
        'exits': len(having('g', 'exit-mark')),
        'table_goroutines': len([r for r in rows if 'data-gid' in r.attrs]),
        'table_groups': len([r for r in rows if 'group-row' in r.cls()]),
        'hits': int(hits.attrs.get('data-hits', '0') or 0) if hits is not None else 0,
        'hit_text': hits.all_text() if hits is not None else '',
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('prog', nargs='?', help='a Go program to trace')
    ap.add_argument('--html', help='an existing trace HTML page instead of a program')
    ap.add_argument('--out', default='/tmp/minigo-trace-shot')
    ap.add_argument('--name', help='file name stem of the outputs (default: the input\'s)')
    ap.add_argument('--seed', default='1')
    ap.add_argument('--real-time', action='store_true', help='trace on the real clock, not the virtual one')
    ap.add_argument('--events', action='store_true', help='event-order time axis (same as --axis events)')
    ap.add_argument('--axis', choices=('gaps', 'time', 'events'))
    ap.add_argument('--search', help='text to search for on the page')
    ap.add_argument('--expand', action='store_true', help='unfold every goroutine group')
    ap.add_argument('--click-group', action='store_true',
                    help='click the first group row once the page is drawn (as a person unfolding it)')
    ap.add_argument('--width', type=int, default=1400)
    ap.add_argument('--height', type=int, default=700)
    ap.add_argument('--expect-tracks', type=int)
    ap.add_argument('--expect-flows', type=int)
    ap.add_argument('--expect-groups', type=int)
    ap.add_argument('--expect-channel', action='append', default=[])
    ap.add_argument('--expect-colours', type=int)
    ap.add_argument('--expect-mutex', action='store_true')
    ap.add_argument('--expect-source', action='store_true')
    ap.add_argument('--expect-breaks', action='store_true')
    ap.add_argument('--expect-hits', action='store_true')
    a = ap.parse_args(argv)
    chrome = find_chromium()
    if chrome is None:
        print('no chromium found (apt-get install -y chromium)', file=sys.stderr)
        return 77
    os.makedirs(a.out, exist_ok=True)
    if a.html:
        html_path = a.html
        name = a.name or os.path.splitext(os.path.basename(a.html))[0]
    elif a.prog:
        name = a.name or os.path.splitext(os.path.basename(a.prog))[0]
        html_path = os.path.join(a.out, name + '.html')
        clock = [] if a.real_time else ['--virtual-time']
        r = subprocess.run([sys.executable, '-m', 'minigo', 'run', *clock, '--seed', a.seed,
                            '--trace-html', os.path.abspath(html_path), os.path.abspath(a.prog)],
                           cwd=os.path.dirname(os.path.abspath(a.prog)), capture_output=True)
        sys.stdout.write(r.stdout.decode('utf-8', 'replace'))
        if not os.path.exists(html_path):
            sys.stderr.write(r.stderr.decode('utf-8', 'replace'))
            print('FAIL: minigo wrote no page', file=sys.stderr)
            return 1
    else:
        ap.error('give a Go program or --html PAGE')
    view = []
    if a.events or a.axis:
        view.append('axis=' + (a.axis or 'events'))
    if a.search:
        view.append('search=' + quote(a.search))
    if a.expand:
        view.append('expand')
    if a.click_group:
        # a copy of the page whose last script clicks, as the mouse would
        with open(html_path, encoding='utf-8') as f:
            page = f.read()
        html_path = os.path.join(a.out, name + '.clicked.html')
        with open(html_path, 'w', encoding='utf-8') as f:
            f.write(page.replace('</body>', CLICK + '</body>'))
    png = os.path.join(a.out, name + ('-events' if a.events else '') + '.png')
    if os.path.exists(png):
        os.remove(png)
    dom = render(chrome, html_path, png, width=a.width, height=a.height, hash='&'.join(view))
    with open(os.path.join(a.out, name + '.dom.html'), 'w', encoding='utf-8') as f:
        f.write(dom)
    c = dom_counts(dom)
    print(f'screenshot: {png}')
    print(f'rendered={c["rendered"]} tracks={c["tracks"]} groups={len(c["groups"])} slices={c["slices"]} '
          f'sourced={len(c["sourced"])} flows={c["flows"]} colours={len(c["chan_colours"])} '
          f'mutex={c["mutex_flows"]} breaks={c["nbreaks"]} exits={c["exits"]} '
          f'table={c["table_goroutines"]}+{c["table_groups"]} hits={c["hits"]}')
    print('tracks: ' + ', '.join(c['track_names']))
    print('groups: ' + ', '.join(c['groups']))
    print('legend: ' + ', '.join(c['legend']))
    print('channels: ' + ', '.join(c['channels']))
    if c['breaks']:
        print('idle breaks: ' + ', '.join(c['breaks']))
    if c['sourced']:
        print('a blocked slice: ' + c['sourced'][0].replace('\n', ' | '))
    if a.search:
        print(f'search {a.search!r}: {c["hit_text"]}')
    fails = []
    if not (c['rendered'] and c['tracks'] + len(c['groups']) > 0 and c['slices'] + len(c['groups']) > 0):
        fails.append('the page did not draw rows and slices')
    # every goroutine has a table row (hidden while folded), every group a total row
    if c['table_groups'] != len(c['groups']) or c['table_goroutines'] < c['tracks']:
        fails.append(f'table rows {c["table_goroutines"]}+{c["table_groups"]} do not match the timeline')
    checks = [
        (a.expect_tracks is not None and c['tracks'] != a.expect_tracks, f'expected {a.expect_tracks} tracks'),
        (a.expect_flows is not None and c['flows'] != a.expect_flows, f'expected {a.expect_flows} arrows'),
        (a.expect_groups is not None and len(c['groups']) != a.expect_groups, f'expected {a.expect_groups} groups'),
        (a.expect_colours is not None and len(c['chan_colours']) < a.expect_colours,
         f'expected at least {a.expect_colours} arrow colours'),
        (a.expect_mutex and not c['mutex_flows'], 'expected a mutex arrow'),
        (a.expect_source and not c['sourced'], 'expected a blocked slice naming its source line'),
        (a.expect_breaks and not c['nbreaks'], 'expected a collapsed idle gap'),
        (a.expect_hits and not c['hits'], 'expected search hits'),
    ]
    fails += [msg for bad, msg in checks if bad]
    for ch in a.expect_channel:
        if not any(x.startswith(ch) for x in c['channels']):
            fails.append(f'expected channel {ch!r} in the legend')
    for f in fails:
        print('FAIL: ' + f, file=sys.stderr)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
