"""Package runtime: the scheduler's view (Gosched, NumGoroutine, GOMAXPROCS,
Goexit, Stack), constants describing the platform Go would run on, and the
collector's (GC, SetFinalizer, ReadMemStats; Breakpoint's SIGTRAP)."""
import os as _os

from ..runtime.context import RUN

GO_DECLS = '''
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
	BySize       [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

type Error interface {
	error
	RuntimeError()
}

func Gosched()
func NumGoroutine() int
func GOMAXPROCS(n int) int
func NumCPU() int
func Goexit()
func GC()
func Breakpoint()
func KeepAlive(x any)              {}
func ReadMemStats(m *MemStats)
func Version() string              { return "go1.27.3" }
func GOROOT() string               { return "/usr/local/go" }
func Stack(buf []byte, all bool) int
func LockOSThread()                {}
func UnlockOSThread()              {}
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

type Func struct {
	name string
}

func FuncForPC(pc uintptr) *Func {
	name, ok := funcName(pc)
	if !ok {
		return nil
	}
	return &Func{name}
}

func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

func funcName(pc uintptr) (string, bool)
func SetFinalizer(obj any, finalizer any)
'''

def Gosched():
    RUN.run.sched.yield_now()


def NumGoroutine():
    return len(RUN.run.sched.gs)


def NumCPU():
    return _os.cpu_count() or 1


def GOMAXPROCS(n):
    """The setting is the run's (it changes nothing: minigo runs one P)."""
    procs = RUN.run.state('runtime.gomaxprocs', lambda: [NumCPU()])
    prev = procs[0]
    if n > 0:
        procs[0] = n
    return prev


def Goexit():
    from ..runtime.panic import GoPanic
    raise GoPanic(None, goexit=True)


def Stack(buf, all):
    from ..runtime.traceback import stack_text
    text = stack_text(all).encode('utf-8', 'surrogateescape')
    n = min(len(text), buf.len)
    buf.a[buf.off:buf.off + n] = list(text[:n])
    return n


def Caller(skip):
    """The call site `skip` frames up: skip 0 is where runtime.Caller was called."""
    from ..runtime.callers import call_sites, pc_for
    sites = call_sites()
    if skip < 0 or skip >= len(sites):
        return 0, b'', 0, False
    path, line, func = sites[skip]
    return pc_for(func), path.encode('utf-8', 'surrogateescape'), line, True


def funcName(pc):
    from ..runtime.callers import func_name
    name = func_name(pc)
    return (name.encode(), True) if name is not None else (b'', False)


# ------------------------------------------------------------------ the collector

_FIN_KEY = 'runtime.finalizers'
_MEM_KEY = 'runtime.memstats'


def _fin_state():
    return RUN.run.state(_FIN_KEY, dict)


def _mem_state():
    return RUN.run.state(_MEM_KEY, lambda: {'gcs': 0, 'forced': 0, 'last_gc': 0,
                                             'total': 0, 'last': 0, 'base': None})


def SetFinalizer(obj, finalizer):
    """Remember finalizer for the object obj points to; runtime.GC runs it once
    nothing else refers to that object (CPython's reference counts tell)."""
    from ..runtime import rtypes as R
    from ..runtime.panic import GoFatal
    from ..runtime.values import Ref
    if obj is None:
        raise GoFatal('runtime.SetFinalizer: first argument is nil')
    rt, p = obj
    if rt.kind != R.POINTER:
        raise GoFatal(f'runtime.SetFinalizer: first argument is {rt.name}, not pointer')
    if p is None:
        raise GoFatal('runtime.SetFinalizer: pointer not in allocated block')
    target, k = (p.c, p.k) if isinstance(p, Ref) else (p, None)
    reg = _fin_state()
    if finalizer is None:
        reg.pop(id(target), None)
        return
    frt, fn = finalizer
    if frt.kind != R.FUNC:
        raise GoFatal(f'runtime.SetFinalizer: second argument is {frt.name}, not a function')
    elem = getattr(rt, 'elem', None)
    if elem is not None and not elem.has_ptr and elem.size < 16:
        # gc's tiny allocator packs such objects into shared blocks: their
        # finalizers need not run (and with go1.27 do not, in practice)
        return
    params = frt.sig.params.vars
    from .. import types as T
    boxed = bool(params) and T.is_interface(params[0].type)
    reg[id(target)] = [target, k, rt, fn, boxed]


def _unreachable():
    """Entries of objects only the registry still refers to, newest first."""
    import gc
    import sys
    reg = _fin_state()
    if not reg:
        return []
    gc.collect()
    probe = [[], None]
    base = sys.getrefcount(probe[0])
    dead = []
    for key, entry in list(reg.items()):
        if sys.getrefcount(entry[0]) <= base:
            dead.append(entry)
            del reg[key]
    dead.reverse()
    return dead


def GC():
    import time as _time
    st = _mem_state()
    st['gcs'] += 1
    st['forced'] += 1
    st['last_gc'] = _time.time_ns()
    dead = _unreachable()
    if not dead:
        return
    from ..runtime.values import Ref

    def run_finalizers():
        for target, k, rt, fn, boxed in dead:
            p = target if k is None else Ref(target, k)
            fn((rt, p) if boxed else p)

    run = RUN.run
    run.sched.spawn(run_finalizers, (), ('runtime', 0, 'runtime.createfing'))
    run.sched.yield_now()   # gc's finalizer goroutine runs while GC finishes


def _pause(j):
    """The stop-the-world pause of collection j, in ns."""
    return 21000 + (j * 7919) % 23000


_mallinfo = []


def _heap_in_use():
    """Bytes malloc has handed out and not taken back (glibc mallinfo2), or
    the resident set size where that is not available."""
    if not _mallinfo:
        fn = None
        try:
            import ctypes

            class _MallInfo2(ctypes.Structure):
                _fields_ = [(n, ctypes.c_size_t) for n in (
                    'arena', 'ordblks', 'smblks', 'hblks', 'hblkhd', 'usmblks', 'fsmblks',
                    'uordblks', 'fordblks', 'keepcost')]
            fn = ctypes.CDLL(None).mallinfo2
            fn.restype = _MallInfo2
            fn.argtypes = []
        except (OSError, AttributeError, ImportError):
            fn = None
        _mallinfo.append(fn)
    fn = _mallinfo[0]
    if fn is None:
        return _rss()
    mi = fn()
    return mi.uordblks + mi.hblkhd


def _rss():
    try:
        with open('/proc/self/statm') as f:
            return int(f.read().split()[1]) * 4096
    except (OSError, ValueError, IndexError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def ReadMemStats(m):
    """Plausible figures with Go's invariants (Sys is the sum of the *Sys
    fields, HeapObjects = Mallocs - Frees, ...), growing with the process's
    memory since the run's first look."""
    import sys
    from ..runtime.sizeclasses import SizeClassToSize
    st = _mem_state()
    rss, blocks = _heap_in_use(), sys.getallocatedblocks()
    if st['base'] is None:
        st['base'] = (rss, blocks)
    rss0, blocks0 = st['base']
    alloc = 150 * 1024 + max(0, rss - rss0) + 64 * max(0, blocks - blocks0)
    if st['total'] == 0:
        st['total'] = alloc + 40 * 1024
    else:
        st['total'] += max(0, alloc - st['last']) + 256
    st['last'] = alloc
    total = st['total']
    auto = total // (4 << 20)
    num_gc = st['gcs'] + auto
    if auto and not st['last_gc']:
        import time as _time
        st['last_gc'] = _time.time_ns()
    mallocs = total // 48 + 200
    objects = min(mallocs, alloc // 48)
    inuse = (alloc + 8191) // 8192 * 8192 + 4 * 8192
    heap_sys = max(inuse + (1 << 20), (inuse + (4 << 20) - 1) // (4 << 20) * (4 << 20))
    idle = heap_sys - inuse
    stack = max(1, len(RUN.run.sched.gs) if RUN.run.sched is not None else 1) * 8192 + 32768
    fields = {
        'Alloc': alloc, 'TotalAlloc': total, 'Lookups': 0, 'Mallocs': mallocs,
        'Frees': mallocs - objects, 'HeapAlloc': alloc, 'HeapSys': heap_sys, 'HeapIdle': idle,
        'HeapInuse': inuse, 'HeapReleased': idle - idle // 8 // 8192 * 8192,
        'HeapObjects': objects, 'StackInuse': stack, 'StackSys': stack,
        'MSpanInuse': 48960 + inuse // 8192 * 160, 'MSpanSys': 65280 + inuse // 8192 * 160,
        'MCacheInuse': 14496, 'MCacheSys': 15704, 'BuckHashSys': 3990, 'GCSys': 1722192 + heap_sys // 64,
        'OtherSys': 833946, 'NextGC': max(4 << 20, 2 * alloc), 'LastGC': st['last_gc'],
        'PauseTotalNs': sum(_pause(j) for j in range(num_gc)), 'NumGC': num_gc,
        'NumForcedGC': st['forced'], 'GCCPUFraction': 1.5e-05 if num_gc else 0.0,
        'EnableGC': True, 'DebugGC': False,
    }
    fields['Sys'] = sum(v for k, v in fields.items() if k.endswith('Sys') and k != 'Sys')
    names = [f for f in _MEMSTATS_FIELDS]
    for i, name in enumerate(names):
        if name in fields:
            m[i] = fields[name]
    pause_ns, pause_end = m[names.index('PauseNs')], m[names.index('PauseEnd')]
    for j in range(max(0, num_gc - 256), num_gc):
        pause_ns[j % 256] = _pause(j)
        pause_end[j % 256] = st['last_gc'] - (num_gc - 1 - j) * 1_000_000
    by_size = m[names.index('BySize')]
    left = mallocs
    for i, cls in enumerate(by_size):
        cls[0] = SizeClassToSize[i]
        if i:
            share = left // 2 if i < 60 else left
            freed = share - share * objects // max(mallocs, 1)
            cls[1], cls[2] = share, freed
            left -= share


_MEMSTATS_FIELDS = ['Alloc', 'TotalAlloc', 'Sys', 'Lookups', 'Mallocs', 'Frees', 'HeapAlloc',
                    'HeapSys', 'HeapIdle', 'HeapInuse', 'HeapReleased', 'HeapObjects', 'StackInuse',
                    'StackSys', 'MSpanInuse', 'MSpanSys', 'MCacheInuse', 'MCacheSys', 'BuckHashSys',
                    'GCSys', 'OtherSys', 'NextGC', 'LastGC', 'PauseTotalNs', 'PauseNs', 'PauseEnd',
                    'NumGC', 'NumForcedGC', 'GCCPUFraction', 'EnableGC', 'DebugGC', 'BySize']


def Breakpoint():
    """A Go binary executes INT3 and dies of the SIGTRAP: its report, exit status 2."""
    from ..runtime.callers import call_sites
    from ..runtime.output import flush_stdout, write_stderr
    from ..runtime.panic import GoExit
    from ..runtime.traceback import frame_text
    g = RUN.run.sched.current
    gid = g.id if g is not None else 1
    out = ['SIGTRAP: trace trap\nPC=0x47c941 m=0 sigcode=128\n\n',
           f'goroutine {gid} gp=0xc000002380 m=0 mp=0x575220 [running]:\n',
           'runtime.breakpoint()\n\t/usr/local/go/src/runtime/asm_amd64.s:379 +0x1\n',
           'runtime.Breakpoint(...)\n\t/usr/local/go/src/runtime/proc.go:5641\n']
    for path, line, func in call_sites():
        out.append(frame_text(func, path, line))
    flush_stdout()
    write_stderr(''.join(out).encode('utf-8', 'surrogateescape'))
    raise GoExit(2)
