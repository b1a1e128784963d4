"""CPython's cyclic garbage collector, paced for Go programs while one runs.

CPython's default thresholds (700, 10, 10) suit code that allocates little:
a young collection every 700 allocations, a full one every 10 young-older
ones once the heap has grown by a quarter. A Go program run by minigo
allocates a great deal (every call makes a frame list, every goroutine a
dozen objects), and a full collection visits every live object: with many
goroutines alive it also walks every parked goroutine's frames (half a
microsecond each). 100,000 goroutines spent 45% of their CPU time in full
collections; 1,000,000 would spend most of it there.

So while a program runs (`tuned`, entered by the scheduler's run_main):

  * young collections come every YOUNG allocations instead of 700, which
    still finds short-lived cycles while they are young, at a fraction of
    the cost;
  * full collections are paced by the number of live goroutines
    (`pace`): with few alive, after 10 older collections as CPython does
    (at most about a million allocations apart, so long-lived cyclic
    garbage stays bounded); with many, proportionally rarer, since each
    one costs in proportion to them.

Thresholds are process-wide: the first run to enter saves them, the last to
leave puts them back (runs may overlap on several threads); a threshold the
host set higher is kept, and a host that disabled collection (threshold 0)
keeps it disabled.
"""
from __future__ import annotations

import gc
import threading

YOUNG = 10_000            # allocations between young collections
OLDER = 10                # young collections between older ones (CPython's)
FULL = 10                 # older collections between full ones, with few goroutines
GOROUTINES_PER_STEP = 1024  # live goroutines that add one older collection between full ones

_lock = threading.Lock()
_depth = 0
_saved = None


def full_after(live_goroutines):
    """Older collections between full ones with this many goroutines alive."""
    return FULL + live_goroutines // GOROUTINES_PER_STEP


class tuned:
    """`with tuned():` the thresholds above while the block runs."""

    def __enter__(self):
        global _depth, _saved
        with _lock:
            if _depth == 0:
                _saved = gc.get_threshold()
                if _saved[0] != 0:
                    gc.set_threshold(max(_saved[0], YOUNG), max(_saved[1], OLDER),
                                     max(_saved[2], FULL))
            _depth += 1
        return self

    def __exit__(self, *exc):
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)


def pace(live_goroutines):
    """Space full collections for this many live goroutines (the scheduler
    calls it every GOROUTINES_PER_STEP spawns and ends)."""
    with _lock:
        if _depth == 0:
            return
        t0, t1, _ = gc.get_threshold()
        if t0 != 0:
            gc.set_threshold(t0, t1, max(_saved[2], full_after(live_goroutines)))
