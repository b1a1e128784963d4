"""The session's stdout and stderr in a notebook: each write goes to the
cell that owns the goroutine writing it, as a Jupyter `stream` message.

A goroutine belongs to the input that started it (repl/runtime.py), and an
input to the cell it came from, so a goroutine that outlives its cell goes
on printing under that cell, as ipykernel does for a thread. Text is held
back for a moment (FLUSH_SECONDS) and sent in one message, so a loop of
Println calls is not a message per line; a flusher thread sends what a
goroutine printed before blocking, so output shows while the cell runs.
"""
from __future__ import annotations

import codecs
import threading
import time

FLUSH_SECONDS = 0.05
MAX_PENDING = 1 << 16


class StreamSink:
    """A binary stream (what a Run writes to) sending to cells."""

    def __init__(self, name, target, send):
        """name: 'stdout' or 'stderr'; target() -> the cell to write to now;
        send(cell, name, text) sends one stream message."""
        self.name = name
        self.target = target
        self.send = send
        self.lock = threading.Lock()
        self.decoder = codecs.getincrementaldecoder('utf-8')('replace')
        self.cell = None
        self.pending = []
        self.size = 0
        self.since = 0.0

    def write(self, b):
        cell = self.target()
        text = self.decoder.decode(bytes(b))
        with self.lock:
            if cell is not self.cell:
                self._send_locked()
                self.cell = cell
            if text:
                if not self.pending:
                    self.since = time.monotonic()
                self.pending.append(text)
                self.size += len(text)
            if self.size >= MAX_PENDING or time.monotonic() - self.since >= FLUSH_SECONDS:
                self._send_locked()
        return len(b)

    def flush(self):
        with self.lock:
            self._send_locked()

    def flush_if_due(self):
        with self.lock:
            if self.pending and time.monotonic() - self.since >= FLUSH_SECONDS:
                self._send_locked()

    def _send_locked(self):
        if not self.pending:
            return
        text = ''.join(self.pending)
        self.pending = []
        self.size = 0
        if self.cell is not None:
            self.send(self.cell, self.name, text)


class Flusher(threading.Thread):
    """Sends what the sinks hold once it is FLUSH_SECONDS old."""

    def __init__(self, sinks):
        super().__init__(name='minigo-jupyter-flush', daemon=True)
        self.sinks = sinks
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(FLUSH_SECONDS):
            for s in self.sinks:
                s.flush_if_due()

    def stop(self):
        self.stopped.set()
