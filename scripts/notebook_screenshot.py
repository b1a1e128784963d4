#!/usr/bin/env python3
"""A screenshot of the example notebook's inline goroutine timeline, for the
README: the executed notebook's last cells (the pipeline and its `%%trace`
output) converted to HTML with nbconvert and rendered in headless Chromium.

    python scripts/build_concurrency_notebook.py --execute
    python scripts/notebook_screenshot.py [--cells 2] [--out docs/notebook_timeline.png]

Exits 77 when no Chromium is installed.
"""
from __future__ import annotations

import argparse
import copy
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from trace_screenshot import find_chromium, render  # noqa: E402

NOTEBOOK = os.path.join(ROOT, 'examples', 'notebooks', 'concurrency.ipynb')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--notebook', default=NOTEBOOK)
    ap.add_argument('--cells', type=int, default=2, help='how many cells from the end to show')
    ap.add_argument('--out', default=os.path.join(ROOT, 'docs', 'notebook_timeline.png'))
    ap.add_argument('--width', type=int, default=1000)
    ap.add_argument('--height', type=int, default=1250)   # the pipeline cell and its whole timeline
    args = ap.parse_args()
    chrome = find_chromium()
    if chrome is None:
        print('no Chromium found', file=sys.stderr)
        return 77
    import nbformat
    from nbconvert import HTMLExporter
    nb = nbformat.read(args.notebook, as_version=4)
    if not any(c.get('outputs') for c in nb.cells if c.cell_type == 'code'):
        print(f'{args.notebook} has no outputs: run build_concurrency_notebook.py --execute first',
              file=sys.stderr)
        return 1
    part = copy.deepcopy(nb)
    part.cells = part.cells[-args.cells:]
    body, _ = HTMLExporter(template_name='lab').from_notebook_node(part)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, 'notebook.html')
        with open(page, 'w', encoding='utf-8') as f:
            f.write(body)
        dom = render(chrome, page, args.out, width=args.width, height=args.height)
    frames = dom.count('class="minigo-timeline"')
    # the frame is sized from a guess, then fitted by the page's script
    # (tracehtml/page.py fitFrame): the DOM holds the height it was given
    given = re.findall(r'style="width: 100%; height: (\d+)px', body)
    fitted = re.findall(r'style="width: 100%; height: (\d+)px', dom)
    print(f'wrote {args.out} ({os.path.getsize(args.out)} bytes); {frames} timeline frame(s) in the page, '
          f'height {", ".join(given)}px fitted to {", ".join(fitted)}px')
    if not frames or given == fitted:
        print('the timeline frame was not drawn or not fitted to its page', file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
