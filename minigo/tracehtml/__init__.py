"""`minigo trace out.json -o out.html`: draw a goroutine trace as a
self-contained HTML page (inline CSS and JavaScript, no network), for people
who do not use Perfetto.

The page tells the run's story at a glance: one row per goroutine (named by
its creation site), goroutines of one `go` statement folded into a group row
that stacks their states; coloured slices for each state (running, runnable,
blocked on chan receive / send / select / mutex / sleep ...) whose tooltip
names the channel and the blocking line; an arrow per channel hand-off in
the channel's colour and a dashed one per mutex hand-off; idle stretches
collapsed into short labelled breaks; a search box; and a table of each
goroutine's running, runnable and blocked time, blocked time per reason.

`summary.summarize` reduces the trace-event JSON that `minigo run --trace`
writes to what the page draws (tested on its own); `page` holds the page,
which embeds that summary and draws it in the browser.
"""
from __future__ import annotations

import html
import json

from .page import PAGE
from .summary import TraceError, summarize

__all__ = ['TraceError', 'render_html', 'summarize', 'write_html']


def render_html(data):
    """The HTML page for trace-event JSON data (TraceError if it is not one)."""
    d = summarize(data)
    payload = json.dumps(d, separators=(',', ':')).replace('</', '<\\/')
    title = 'goroutine timeline' + (f' - {d["program"]}' if d['program'] else '')
    return PAGE.replace('%%TITLE%%', html.escape(title)).replace('%%DATA%%', payload)


def write_html(data, path):
    text = render_html(data)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
