"""The channel runtime's own helpers, held to what they stand in for.

select draws its poll order from the run's seeded stream; `_poll_order`
does rng.shuffle's draws without its per-element method calls, and must
give exactly rng.shuffle's permutation, or a seed would no longer replay a
run's choices (explore, --seed)."""
import random

import pytest

from minigo.runtime import chan


@pytest.mark.parametrize('n', range(0, 12))
def test_poll_order_is_rng_shuffle(n):
    for seed in range(300):
        want = list(range(n))
        a, b = random.Random(seed), random.Random(seed)
        a.shuffle(want)
        assert chan._poll_order(b, n) == want, (seed, n)
        # and the stream is left where shuffle leaves it
        assert a.random() == b.random()
