"""Running a checked program: compile it, start the scheduler with main as
goroutine 1, and turn the way it ended into Go's output and exit status.

Exit statuses as a built Go binary: 0, os.Exit(n), 2 for an unrecovered panic
or a fatal error (deadlock, stack overflow...). The interpreter runs in a
thread with a large stack so deep Go recursion fits.
"""
from __future__ import annotations

import os
import sys
import threading

STACK_BYTES = 512 * 1024 * 1024
RECURSION_LIMIT = 1_000_000


def run_program(src, tree, info, argv, seed=None, virtual_time=False, verbose=False,
                trace=None, trace_html=None, race=False):
    result = {}

    def target():
        result['code'] = _run(src, tree, info, argv, seed, virtual_time, verbose,
                              bool(trace or trace_html), race)
        if race:
            result['code'] = _race_summary(result['code'])
        if trace or trace_html:
            _write_trace(trace, trace_html)

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        threading.stack_size(STACK_BYTES)
    except (ValueError, RuntimeError):
        pass
    t = threading.Thread(target=target, name='minigo')
    t.start()
    t.join()
    sys.setrecursionlimit(old_limit)
    return result.get('code', 3)


def _write_trace(trace, trace_html):
    from .runtime import sched, tracer
    s = sched.S
    tr = s.tracer if s is not None else None
    if tr is None:
        return
    tracer.uninstall(s)
    tr.finish()
    if trace:
        tr.write(trace)
    if trace_html:
        from .tracehtml import write_html
        write_html(tr.to_json(), trace_html)


def _race_summary(code):
    """-race: like a binary built with it, say how many races were found
    and exit 66 instead of 0 when there were any."""
    from .runtime import race
    from .runtime.output import flush_stdout, write_stderr
    det, race.DETECTOR = race.DETECTOR, None
    if det is None or not det.count:
        return code
    flush_stdout()
    write_stderr(det.summary().encode())
    return 66 if code == 0 else code


def _run(src, tree, info, argv, seed, virtual_time, verbose, trace=False, race=False):
    from .compile.compiler import Compiler
    from .runtime import sched
    from .runtime.gofmt import set_method_resolver
    from .runtime.output import flush_stdout, write_stderr
    from .runtime.panic import GoExit, GoFatal, GoPanic
    from .stdlib import runtime_setup
    try:
        s = sched.Scheduler(seed, virtual_time)
        sched.install(s)
        if trace:
            from .runtime import tracer
            tracer.install(s, src, tree)
        if verbose:
            write_stderr(f'minigo: seed {s.seed}\n'.encode())
        runtime_setup.configure(argv, s)
        if race:
            from .compile.race import RaceCompiler
            from .runtime import race as race_rt
            race_rt.install(s, src.path)
            comp = RaceCompiler(info, info.package, path=src.path)
        else:
            comp = Compiler(info, info.package)
        comp.src_path = os.path.abspath(src.path)
        set_method_resolver(comp.ensure_methods)
        prog = comp.compile_program(tree)
        if prog.main is None:
            write_stderr('# command-line-arguments\n'
                         'runtime.main_main·f: function main is undeclared in the main package\n'.encode())
            return 1

        def main_goroutine():
            runtime_setup.init_packages()
            for init in prog.var_inits:
                init()
            for f in prog.init_funcs:
                f()
            prog.main()

        code = s.run_main(main_goroutine)
        flush_stdout()
        return code
    except GoExit as e:
        flush_stdout()
        return e.code
    except GoPanic as p:
        flush_stdout()
        from .runtime.traceback import panic_report
        write_stderr(panic_report(p).encode('utf-8', 'surrogateescape'))
        return 2
    except GoFatal as f:
        flush_stdout()
        from .runtime.traceback import fatal_report
        write_stderr(fatal_report(f).encode('utf-8', 'surrogateescape'))
        return 2
    except RecursionError:
        flush_stdout()
        from .runtime.traceback import stack_overflow_report
        write_stderr(stack_overflow_report().encode())
        return 2
    except KeyboardInterrupt:
        flush_stdout()
        write_stderr(b'signal: interrupt\n')
        return 130
    except BrokenPipeError:
        return 1
    except Exception as e:   # a bug in minigo: say so in one line, not a traceback
        flush_stdout()
        if os.environ.get('MINIGO_DEBUG'):
            import traceback
            traceback.print_exc()
        write_stderr(f'minigo: internal error: {type(e).__name__}: {e}\n'.encode())
        return 3
