#!/usr/bin/env python3
"""Generate minigo/runtime/randtables.py: the constant tables behind math/rand.

rngCooked (607 int64s XORed into every math/rand Source's state on Seed) is
*computed*, the way GOROOT/src/math/rand/gen_cooked.go describes it: seed the
additive lagged Fibonacci generator x[n] = x[n-273] + x[n-607] (mod 2^64) with
srand(1) (Park-Miller "seedrand" steps), run it 7.8e12 steps and take the
feedback register. 7.8e12 steps cannot be iterated, so we jump ahead: the
sequence is linear over Z/2^64 with characteristic polynomial
P(x) = x^607 - x^334 - 1, so z[base+N+i] = sum_j c_j z[base+j] where
x^(N+i) mod P = sum_j c_j x^j. Polynomial products use Kronecker substitution
(one big-int multiplication). When GOROOT is available, the result is checked
against the table in GOROOT/src/math/rand/rng.go.

The ziggurat tables of NormFloat64/ExpFloat64 (kn, wn, fn, ke, we, fe) are
read from GOROOT/src/math/rand/{normal,exp}.go (they were computed with
Marsaglia & Tsang's setup code once and frozen; Go's output depends on their
exact float32 values).
"""
import os
import re
import struct
import subprocess
import sys

LEN = 607
TAP = 273
M64 = (1 << 64) - 1
STEPS = 7_800_000_000_000


def seedrand(x):
    # x[n+1] = 48271 * x[n] mod (2^31 - 1), Schrage's method as in Go (int32 arithmetic)
    hi, lo = divmod(x, 44488)   # x > 0 always
    x = 48271 * lo - 3399 * hi
    if x < 0:
        x += (1 << 31) - 1
    return x


def srand1():
    """gen_cooked.go's srand(1): the initial feedback register."""
    vec = [0] * LEN
    x = 1
    for i in range(-20, LEN):
        x = seedrand(x)
        if i >= 0:
            u = x << 20
            x = seedrand(x)
            u ^= x << 10
            x = seedrand(x)
            u ^= x
            vec[i] = u
    return vec


SLOT = 18  # bytes per coefficient in the Kronecker packing (products < 607 * 2^128 < 2^144)


def _pack(p):
    return int.from_bytes(b''.join(c.to_bytes(SLOT, 'little') for c in p), 'little')


def _unpack(n, count):
    b = n.to_bytes(count * SLOT, 'little')
    return [int.from_bytes(b[i * SLOT:(i + 1) * SLOT], 'little') for i in range(count)]


def _reduce(a):
    """a (coefficients, low degree first) mod P(x) = x^607 - x^334 - 1, mod 2^64."""
    a = list(a)
    for d in range(len(a) - 1, LEN - 1, -1):
        c = a[d]
        if c:
            a[d - TAP] += c        # x^d = x^(d-273) + x^(d-607)
            a[d - LEN] += c
            a[d] = 0
    return [c & M64 for c in a[:LEN]]


def _mulmod(p, q):
    return _reduce(_unpack(_pack(p) * _pack(q), 2 * LEN))


def _xpow(n):
    result = [1] + [0] * (LEN - 1)
    base = [0, 1] + [0] * (LEN - 2)
    while n:
        if n & 1:
            result = _mulmod(result, base)
        base = _mulmod(base, base)
        n >>= 1
    return result


def _times_x(p):
    return _reduce([0] + p)


def cooked():
    vec0 = srand1()
    # The value written at step t is z[t] = z[t-273] + z[t-607]; before any step,
    # slot s holds z[t] for the t in [-606, 0] with (334 - t) = s (mod 607).
    # After N steps slot (334 - t) mod 607 holds z[t] for t in (N-607, N].
    z0 = [vec0[(LEN - TAP - t) % LEN] for t in range(-(LEN - 1), 1)]   # z[-606..0]
    out = [0] * LEN
    c = _xpow(STEPS)                 # x^(N) : gives z[-606 + N]
    for i in range(LEN):
        t = STEPS - (LEN - 1) + i
        out[(LEN - TAP - t) % LEN] = sum(ci * zi for ci, zi in zip(c, z0)) & M64
        c = _times_x(c)
    return [v - (1 << 64) if v >> 63 else v for v in out]


def goroot():
    root = os.environ.get('GOROOT')
    if not root:
        try:
            root = subprocess.check_output(['go', 'env', 'GOROOT'], text=True).strip()
        except (OSError, subprocess.CalledProcessError):
            return None
    return root


def go_table(src, name, conv):
    m = re.search(r'(?m)^\s*(?:var\s+)?' + name + r'\b[^=\n]*= \[[^\]]*\]\w+\{([^}]*)\}', src)
    if not m:
        sys.exit(f'table {name} not found')
    return [conv(x.strip()) for x in m.group(1).split(',') if x.strip()]


def f32(s):
    return struct.unpack('<f', struct.pack('<f', float(s)))[0]


def main():
    root = goroot()
    rc = cooked()
    if root:
        with open(os.path.join(root, 'src/math/rand/rng.go')) as f:
            want = go_table(f.read(), 'rngCooked', int)
        if want != rc:
            sys.exit('computed rngCooked differs from GOROOT/src/math/rand/rng.go')
        print('rngCooked: computed table matches GOROOT')
    else:
        sys.exit('GOROOT not found (needed for the ziggurat tables)')
    with open(os.path.join(root, 'src/math/rand/normal.go')) as f:
        normal = f.read()
    with open(os.path.join(root, 'src/math/rand/exp.go')) as f:
        exp = f.read()
    tables = [
        ('KN', go_table(normal, 'kn', lambda s: int(s, 0))), ('WN', go_table(normal, 'wn', f32)),
        ('FN', go_table(normal, 'fn', f32)), ('KE', go_table(exp, 'ke', lambda s: int(s, 0))),
        ('WE', go_table(exp, 'we', f32)), ('FE', go_table(exp, 'fe', f32)),
    ]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'minigo', 'runtime', 'randtables.py')
    with open(out, 'w') as f:
        f.write('"""Constant tables of math/rand and math/rand/v2.\n\n'
                'RNG_COOKED: computed by jumping the seedrand-seeded lagged Fibonacci generator\n'
                '7.8e12 steps ahead (as GOROOT/src/math/rand/gen_cooked.go describes), checked\n'
                'against GOROOT/src/math/rand/rng.go. KN/WN/FN (NormFloat64) and KE/WE/FE\n'
                '(ExpFloat64): the ziggurat tables of GOROOT/src/math/rand/{normal,exp}.go\n'
                '(floats are float32 values).\n\n'
                'Code generated by scripts/gen_randtables.py; DO NOT EDIT.\n"""\n\n')
        f.write(f'RNG_COOKED = {tuple(rc)!r}\n\n')
        for name, vals in tables:
            f.write(f'{name} = {tuple(vals)!r}\n\n')
    print('wrote', os.path.normpath(out))


if __name__ == '__main__':
    main()
