"""Per-run state of the standard packages: program arguments, the scheduler,
and package initialisation before main's."""
state = {'argv': [], 'sched': None}
_inits = []


def configure(argv, sched):
    state['argv'] = list(argv)
    state['sched'] = sched


def on_init(fn):
    _inits.append(fn)
    return fn


def init_packages():
    for fn in _inits:
        fn()
