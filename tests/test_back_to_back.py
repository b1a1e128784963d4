"""Many runs in one process: every conformance program and example, run twice
in a row through minigo.run in this one process (about 1,700 runs), must give
what real Go gives (the expected files; a separate process per run gave the
same, as the suite checked before it ran in-process). State leaking from one
run into the next (package variables, caches, the scheduler, output streams)
would show up here. Slow: CI runs it; `pytest -m "not slow"` skips it."""
import pytest

from test_conformance import PROGRAMS, check_program


@pytest.mark.slow
def test_every_program_twice_in_one_process():
    failures = []
    for round_ in (1, 2):
        for path in PROGRAMS:
            try:
                check_program(path)
            except AssertionError as e:
                failures.append(f'round {round_}: {path}: {str(e)[:200]}')
    assert not failures, f'{len(failures)} of {2 * len(PROGRAMS)} runs differ:\n' + '\n'.join(failures[:20])
