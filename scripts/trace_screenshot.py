#!/usr/bin/env python3
"""Check a `minigo trace` HTML page as a person would: render it in headless
Chromium, take a screenshot, and query the DOM after the page's script ran.

    python scripts/trace_screenshot.py PROG.go [--out DIR] [--expect-tracks N] [--expect-flows N]
    python scripts/trace_screenshot.py --html PAGE.html [--out DIR] ...

With a .go file it runs `minigo run --virtual-time --seed 1 --trace-html` first.
Writes DIR/NAME.png (the screenshot) and DIR/NAME.dom.html (the DOM after
JavaScript), prints the counts of goroutine tracks, slices and hand-off arrows,
and exits 1 if an expectation fails, 77 if no Chromium is installed.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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


def dom_counts(dom):
    """Counts from the DOM the page's script built (not from its embedded data)."""
    body = dom.split('<script id="trace-data"', 1)[0]
    return {
        'rendered': 'data-rendered="1"' in dom,
        'tracks': len(re.findall(r'<g class="track" ', body)),
        'track_names': re.findall(r'<g class="track" data-gid="[^"]*" data-name="([^"]*)"', body),
        'slices': len(re.findall(r'<rect class="slice" ', body)),
        'flows': len(re.findall(r'<path class="flow" ', body)),
        'legend': re.findall(r'<span class="legend-item"><span class="swatch"[^>]*></span>([^<]*)</span>', body),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('prog', nargs='?', help='a Go program to trace')
    ap.add_argument('--html', help='an existing trace HTML page instead of a program')
    ap.add_argument('--out', default='/tmp/minigo-trace-shot')
    ap.add_argument('--seed', default='1')
    ap.add_argument('--events', action='store_true', help='event-order time axis (page URL #events)')
    ap.add_argument('--expect-tracks', type=int)
    ap.add_argument('--expect-flows', type=int)
    a = ap.parse_args(argv)
    chrome = find_chromium()
    if chrome is None:
        print('no chromium found (apt-get install -y chromium)', file=sys.stderr)
        return 77
    os.makedirs(a.out, exist_ok=True)
    if a.html:
        html_path = a.html
        name = os.path.splitext(os.path.basename(a.html))[0]
    elif a.prog:
        name = os.path.splitext(os.path.basename(a.prog))[0]
        html_path = os.path.join(a.out, name + '.html')
        r = subprocess.run([sys.executable, '-m', 'minigo', 'run', '--virtual-time', '--seed', a.seed,
                            '--trace-html', html_path, a.prog], cwd=ROOT, capture_output=True)
        sys.stdout.write(r.stdout.decode('utf-8', 'replace'))
    else:
        ap.error('give a Go program or --html PAGE')
    png = os.path.join(a.out, name + ('-events' if a.events else '') + '.png')
    if os.path.exists(png):
        os.remove(png)
    dom = render(chrome, html_path, png, hash='events' if a.events else '')
    with open(os.path.join(a.out, name + '.dom.html'), 'w', encoding='utf-8') as f:
        f.write(dom)
    c = dom_counts(dom)
    print(f'screenshot: {png}')
    print(f'rendered={c["rendered"]} tracks={c["tracks"]} slices={c["slices"]} flows={c["flows"]}')
    print('tracks: ' + ', '.join(c['track_names']))
    print('legend: ' + ', '.join(c['legend']))
    ok = c['rendered'] and c['tracks'] > 0 and c['slices'] > 0
    if a.expect_tracks is not None and c['tracks'] != a.expect_tracks:
        print(f'FAIL: expected {a.expect_tracks} tracks', file=sys.stderr)
        ok = False
    if a.expect_flows is not None and c['flows'] != a.expect_flows:
        print(f'FAIL: expected {a.expect_flows} arrows', file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
