"""Package runtime: the scheduler's view (Gosched, NumGoroutine, GOMAXPROCS,
Goexit, Stack) and constants describing the platform Go would run on."""
import os as _os

from ..runtime.context import RUN

GO_DECLS = '''
package runtime

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

type MemStats struct {
	Alloc, TotalAlloc, Sys, Mallocs, Frees, HeapAlloc, HeapSys, HeapObjects uint64
	NumGC                                                                  uint32
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
func GC()                          {}
func KeepAlive(x any)              {}
func ReadMemStats(m *MemStats)     {}
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
func SetFinalizer(obj any, finalizer any) {}
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
    g = RUN.run.sched.current
    text = f'goroutine {g.id} [running]:\nmain.main()\n'.encode()
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
