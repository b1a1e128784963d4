"""The standard library: one Python module per Go package, in one registry.

Each module declares its package's API as Go source (`GO_DECLS`), which the
type checker checks like any package: functions written there without a body
are implemented in Python by the module's function of the same name (methods:
`Type_Method`); functions with a body are ordinary Go, compiled like user code.
A package is built on first import and cached.
"""
from __future__ import annotations

import importlib
import threading

from .. import types as T
from ..runtime import gofmt


def _call_formatter(printer, arg, verb):
    from .fmt import call_formatter
    call_formatter(printer, arg, verb)


def _reflect_printable(v):
    from .reflect import printable
    return printable(v)


gofmt.formatter_caller = _call_formatter   # the runtime's formatter calls Format through fmt
gofmt.reflect_printable = _reflect_printable   # and looks into a reflect.Value through reflect

# Go import path -> module (relative to minigo.stdlib)
PACKAGES = {
    'fmt': 'fmt',
    'errors': 'errors',
    'os': 'os',
    'strings': 'strings',
    'strconv': 'strconv',
    'math': 'math',
    'sort': 'sort',
    'slices': 'slices',
    'maps': 'maps',
    'unicode': 'unicode',
    'unicode/utf8': 'utf8',
    'unicode/utf16': 'utf16',
    'bufio': 'bufio',
    'bytes': 'bytes',
    'io': 'io',
    'cmp': 'cmp',
    'iter': 'iter',
    'time': 'time',
    'sync': 'sync',
    'sync/atomic': 'atomic',
    'context': 'context',
    'runtime': 'runtime_pkg',
    'math/rand': 'rand',
    'math/rand/v2': 'randv2',
    'log': 'log',
    'math/bits': 'bits',
    'math/cmplx': 'cmplx',
    'regexp': 'regexp',
    'regexp/syntax': 'regexp_syntax',
    'container/list': 'container_list',
    'io/fs': 'fs',
    'syscall': 'syscall',
    'path': 'path',
    'path/filepath': 'filepath',
    'flag': 'flag',
    'container/heap': 'container_heap',
    'crypto/md5': 'crypto_md5',
    'crypto/sha1': 'crypto_sha1',
    'crypto/sha256': 'crypto_sha256',
    'crypto/sha512': 'crypto_sha512',
    'crypto/rand': 'crypto_rand',
    'encoding/base64': 'base64',
    'encoding/binary': 'binary',
    'encoding/hex': 'hex',
    'hash': 'hash',
    'html': 'html',
    'hash/fnv': 'hash_fnv',
    'hash/crc32': 'hash_crc32',
    'hash/adler32': 'hash_adler32',
    'container/ring': 'container_ring',
    'reflect': 'reflect',
    'encoding': 'encoding',
    'encoding/json': 'json',
    'encoding/json/jsontext': 'jsontext',
    'image': 'image',
    'image/color': 'image_color',
    'text/tabwriter': 'tabwriter',
    'encoding/csv': 'csv',
    'compress/flate': 'compress_flate',
    'compress/gzip': 'compress_gzip',
    'compress/zlib': 'compress_zlib',
    'math/big': 'math_big',
    'text/template': 'tmpl.text',
    'html/template': 'tmpl.html',
    'encoding/xml': 'encxml',
    'testing': 'testing',
    'testing/synctest': 'synctest',
}

_cache = {}           # checked packages: pure functions of the sources, shared by all runs
_lock = threading.RLock()   # two runs on two threads build a package once (RLock: imports nest)


class PackageError(Exception):
    pass


def import_package(path):
    pkg = _cache.get(path)
    if pkg is not None:
        return pkg
    with _lock:
        return _import_locked(path)


def _import_locked(path):
    pkg = _cache.get(path)
    if pkg is not None:
        return pkg
    modname = PACKAGES.get(path)
    if modname is None:
        return None
    try:
        mod = importlib.import_module(f'{__name__}.{modname}')
    except ModuleNotFoundError as e:
        if e.name and e.name.endswith(modname):
            return None
        raise
    pkg = build_package(path, mod)
    _cache[path] = pkg
    return pkg


def build_package(path, mod):
    from ..errors import ErrorList, Source
    from ..typecheck.checker import Checker
    from .astcache import parse
    name = path.rsplit('/', 1)[-1]
    if name == 'v2':
        name = 'rand'
    src = Source(f'$GOROOT/src/{path}/{name}.go', mod.GO_DECLS, display=f'{path}.go')
    tree = parse(path, src)
    pkg = T.Package(path, tree.package.name)
    chk = Checker(src, pkg, import_package)
    chk.is_stdlib = True
    chk.lazy_bodies = {}     # function bodies are checked when first compiled
    try:
        info = chk.check_file(tree)
    except ErrorList as el:
        raise _internal_error(path, el)
    info.check_body = lambda fobj: _check_body(path, chk, fobj)
    pkg.impl = mod
    pkg.info = info
    pkg.tree = tree
    pkg.src = src
    pkg.declared_at = _goroot_positions(path, pkg)
    return pkg


def _internal_error(path, el):
    return PackageError(f'minigo internal error in package {path}:\n' + '\n'.join(el.lines()))


def _check_body(path, chk, fobj):
    """The body of one of package path's functions, checked before it is
    compiled the first time (under the lock: runs on other threads may
    compile its functions too)."""
    from ..errors import ErrorList
    if fobj not in chk.lazy_bodies:
        return
    with _lock:
        try:
            chk.check_body(fobj)
        except ErrorList as el:
            raise _internal_error(path, el) from None


def check_all_bodies(pkg):
    """Check every function body of a standard package now (the tests do, so
    that an error in one is found without a program that calls it)."""
    for fobj, _ in pkg.info.funcs:
        pkg.info.check_body(fobj)


def _goroot_positions(path, pkg):
    """{type parameter's TypeName: where GOROOT/src declares it}, for gc's
    `cannot infer T (declared at $GOROOT/src/...)`."""
    from .goroot_positions import POSITIONS
    table = POSITIONS.get(path)
    if not table:
        return {}
    out = {}
    for name, obj in pkg.scope.elems.items():
        typ = obj.type
        tparams = getattr(typ, 'tparams', None) or ()
        for tp in tparams:
            where = table.get((name, tp.obj.name))
            if where is not None:
                out[tp.obj] = '$GOROOT/src/' + where
    return out
