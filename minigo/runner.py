"""Running a checked program in a run context: compile it, start the
scheduler with main as goroutine 1, and turn the way it ended into Go's output
and exit status.

Exit statuses as a built Go binary: 0, os.Exit(n), 2 for an unrecovered panic
or a fatal error (deadlock, stack overflow...), 66 when -race found races.
Each run executes on a thread of its own with a large stack (deepstack.py),
so deep Go recursion fits and the run's thread-local context is its alone.
"""
from __future__ import annotations

import gc
import os
import time

from .deepstack import call_deep
from .runtime.context import activated

class TimedOut(KeyboardInterrupt):
    """Raised in a run that went past its timeout (reported as an interrupt)."""


def run_program(src, tree, info, run, verbose=False, trace=None, trace_html=None, race=False,
                timeout=None, deps=(), header='# command-line-arguments\n', body=None,
                race_summary=True):
    """Run a checked program in run (a runtime.context.Run, with its streams,
    args, seed and clock mode). Returns the exit status. deps: the local
    packages it imports (checked, in initialization order, project.build);
    body(prog), when given, runs in place of main after initialization (what
    `minigo test` runs: the tests); race_summary: say how many races -race
    found and exit 66 (a test binary leaves that to the testing package)."""
    result = {}

    def target():
        with activated(run):
            if run.sandbox is not None:
                with run.sandbox.memory_limit():
                    code = _run(src, tree, info, run, verbose, bool(trace or trace_html), race, timeout,
                                deps, header, body)
            else:
                code = _run(src, tree, info, run, verbose, bool(trace or trace_html), race, timeout,
                            deps, header, body)
            if race and race_summary:
                code = _race_summary(run, code)
            if trace or trace_html:
                _write_trace(run, trace, trace_html)
            result['code'] = code

    call_deep(target)
    return result.get('code', 3)


def _write_trace(run, trace, trace_html):
    from .runtime import tracer
    s = run.sched
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


def _race_summary(run, code):
    """-race: like a binary built with it, say how many races were found
    and exit 66 instead of 0 when there were any."""
    from .runtime.output import flush_stdout, write_stderr
    det = run.sched.race if run.sched is not None else None
    if det is None or not det.count:
        return code
    flush_stdout()
    write_stderr(det.summary().encode())
    return 66 if code == 0 else code


def _timeout_hook(run, timeout):
    deadline = time.monotonic() + timeout
    prev = run.interrupt_hook

    def hook(s):
        if prev is not None:
            prev(s)
        if time.monotonic() > deadline:
            raise TimedOut()
    run.interrupt_hook = hook
    return deadline


def run_build(build, run, **kw):
    """Run a checked project.build.Build (a program of several files or packages)."""
    from .project.load import MAIN_ARGS
    header = f'# {build.main.path}\n' if build.main.path != MAIN_ARGS else '# command-line-arguments\n'
    return run_program(build.fset, build.tree, build.info, run, deps=build.deps, header=header, **kw)


def _compile_deps(deps, race):
    """Compile the local packages (registered in the run before main's code
    refers to them); their Programs, whose initializers run before main's."""
    from .compile.compiler import Compiler, Program
    run = current_run()
    progs = []
    for pkg in deps:
        if race:
            from .compile.race import RaceCompiler
            c = RaceCompiler(pkg.info, pkg, Program())
        else:
            c = Compiler(pkg.info, pkg, Program())
        run.compilers[pkg.path] = c
        progs.append(c.compile_program(pkg.tree))
    return progs


def current_run():
    from .runtime.context import current
    return current()


def _run(src, tree, info, run, verbose, trace=False, race=False, timeout=None, deps=(),
         header='# command-line-arguments\n', body=None):
    from .compile.compiler import Compiler
    from .runtime import sched
    from .runtime.output import flush_stdout, write_stderr
    from .runtime.panic import GoExit, GoFatal, GoPanic
    try:
        s = sched.Scheduler(run.seed, run.virtual_time, run=run, mode=run.sched_mode)
        if timeout is not None:
            s.deadline = _timeout_hook(run, timeout)
        if trace:
            from .runtime import tracer
            tracer.install(s, src, tree)
        if verbose:
            write_stderr(f'minigo: seed {s.seed}\n'.encode())
        if race:
            from .compile.race import RaceCompiler
            from .runtime import race as race_rt
            race_rt.install(s)
            comp = RaceCompiler(info, info.package)
        else:
            comp = Compiler(info, info.package)
        if comp.fileset is None:
            # a trace names the file by its absolute path, as a go build does
            # (a package of several files: each position names its own file)
            comp.name_source(os.path.abspath(src.path))
            run.src_path = comp.src_path
        dep_progs = _compile_deps(deps, race) if deps else ()
        run.method_resolver = comp.ensure_methods
        prog = comp.compile_program(tree)
        if prog.main is None and body is None:
            write_stderr((header + 'runtime.main_main·f: function main is undeclared in the main package\n'
                          ).encode())
            return 1

        def main_goroutine():
            for p in (*dep_progs, prog):
                for init in p.var_inits:
                    init()
                for f in p.init_funcs:
                    f()
            if body is not None:
                body(prog)
            else:
                prog.main()

        if run.process_run:
            # The standard packages' ASTs and types, the checked program and
            # its closures live until the process ends: frozen, the cyclic
            # collector stops walking them at every full collection the
            # program's own allocations cause (binarytrees: 3.2 -> 2.7 s CPU).
            gc.freeze()
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
    except MemoryError:         # past the sandbox's memory limit (or the machine's)
        flush_stdout()
        from .runtime.traceback import fatal_report
        write_stderr(fatal_report(GoFatal('runtime: out of memory')).encode('utf-8', 'surrogateescape'))
        return 2
    except RecursionError:
        flush_stdout()
        from .runtime.traceback import stack_overflow_report
        write_stderr(stack_overflow_report().encode())
        return 2
    except KeyboardInterrupt as e:
        run.stopped_by = e
        flush_stdout()
        if isinstance(e, TimedOut) and run.sandbox is not None:
            # past the sandbox's time limit: killed, as a supervisor kills a Go binary
            write_stderr(b'signal: killed\n')
            return 137
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
