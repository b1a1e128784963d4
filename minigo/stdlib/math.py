"""Package math, bit-for-bit as Go computes it on linux/amd64.

Go's results are not libm's: most functions are Go's own (Cephes/FreeBSD
derived) algorithms, and on amd64 Exp, Log and Hypot are assembly routines
(Exp takes its FMA path on CPUs with FMA, as this machine and virtually every
current x86-64 one has). Python floats are IEEE doubles with the same
rounding, so each algorithm is re-expressed here operation by operation (no
reassociation) and gives the same bits; fused multiply-adds are computed
exactly with integer arithmetic. Exact functions (Sqrt, Floor, Mod, Ldexp,
Frexp...) use Python's correctly rounded ones with Go's special cases.
Go's compile-time constant expressions (4/Pi, 1/Ln10...) are evaluated
exactly and rounded once, as the Go compiler does.
"""
from __future__ import annotations

import math as _m
import struct as _st
from fractions import Fraction as _Fr

GO_DECLS = '''
package math

const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009
	Log2E  = 1 / Ln2
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790
	Log10E = 1 / Ln10
)

const (
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

const (
	intSize = 32 << (^uint(0) >> 63)

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -1 << (intSize - 1)
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Acos(x float64) float64
func Acosh(x float64) float64
func Asin(x float64) float64
func Asinh(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Atanh(x float64) float64
func Cbrt(x float64) float64
func Ceil(x float64) float64
func Copysign(f, sign float64) float64
func Cos(x float64) float64
func Cosh(x float64) float64
func Dim(x, y float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func FMA(x, y, z float64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Floor(x float64) float64
func Frexp(f float64) (frac float64, exp int)
func Gamma(x float64) float64
func Hypot(p, q float64) float64
func Ilogb(x float64) int
func Inf(sign int) float64
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func Ldexp(frac float64, exp int) float64
func Log(x float64) float64
func Log10(x float64) float64
func Log1p(x float64) float64
func Log2(x float64) float64
func Logb(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Mod(x, y float64) float64
func Modf(f float64) (int float64, frac float64)
func NaN() float64
func Nextafter(x, y float64) (r float64)
func Nextafter32(x, y float32) (r float32)
func Pow(x, y float64) float64
func Pow10(n int) float64
func Remainder(x, y float64) float64
func Round(x float64) float64
func RoundToEven(x float64) float64
func Signbit(x float64) bool
func Sin(x float64) float64
func Sincos(x float64) (sin, cos float64)
func Sinh(x float64) float64
func Sqrt(x float64) float64
func Tan(x float64) float64
func Tanh(x float64) float64
func Trunc(x float64) float64
'''

_pack_d = _st.Struct('<d').pack
_unpack_d = _st.Struct('<d').unpack
_pack_q = _st.Struct('<Q').pack
_unpack_q = _st.Struct('<Q').unpack


def _bits(x):
    return _unpack_q(_pack_d(x))[0]


def _from(b):
    return _unpack_d(_pack_q(b & 0xFFFFFFFFFFFFFFFF))[0]


_INF = _m.inf
_NAN = _from(0x7FF8000000000001)        # Go's NaN()
_HWNAN = _from(0xFFF8000000000000)      # what SSE produces (Sqrt(-1), 0/0)
_isnan = _m.isnan
_isinf = _m.isinf
_isfinite = _m.isfinite
_copysign = _m.copysign

_PI = _Fr('3.14159265358979323846264338327950288419716939937510582097494459')
_LN2 = _Fr('0.693147180559945309417232121458176568075500134360255254120680009')
_LN10 = _Fr('2.30258509299404568401799145468436420760110148862877297603332790')
PI = float(_PI)
PI_2 = float(_PI / 2)
PI_4 = float(_PI / 4)
PI3_4 = float(3 * _PI / 4)
FOUR_OVER_PI = float(4 / _PI)
INV_LN10 = float(1 / _LN10)
INV_LN2 = float(1 / _LN2)
LN2 = float(_LN2)
SMALLEST_NORMAL = 2.2250738585072014e-308
MAXF64 = _m.ldexp(2 - 2.0 ** -52, 1023)


def _fma(a, b, c):
    """a*b+c with one rounding (finite operands)."""
    an, ad = a.as_integer_ratio()
    bn, bd = b.as_integer_ratio()
    cn, cd = c.as_integer_ratio()
    den = ad * bd
    if cd >= den:
        num = an * bn * (cd // den) + cn
        d = cd
    else:
        num = an * bn + cn * (den // cd)
        d = den
    if num == 0:
        return a * b + c
    return num / d


def FMA(x, y, z):
    if x == 0 or y == 0 or z == 0 or not (_isfinite(x) and _isfinite(y)):
        return x * y + z
    if not _isfinite(z):
        return z
    try:
        return _fma(x, y, z)
    except OverflowError:
        return _INF if (x > 0) == (y > 0) else -_INF


# ------------------------------------------------------------------ bits, basics

def Float64bits(f):
    return _unpack_q(_pack_d(f))[0]


def Float64frombits(b):
    return _unpack_d(_pack_q(b))[0]


def Float32bits(f):
    try:
        return _st.unpack('<I', _st.pack('<f', f))[0]
    except OverflowError:
        return 0x7F800000 if f > 0 else 0xFF800000


def Float32frombits(b):
    return _st.unpack('<f', _st.pack('<I', b))[0]


def Abs(x):
    return _from(_bits(x) & 0x7FFFFFFFFFFFFFFF)


def Copysign(f, sign):
    return _from((_bits(f) & 0x7FFFFFFFFFFFFFFF) | (_bits(sign) & 0x8000000000000000))


def Signbit(x):
    return _bits(x) >> 63 == 1


def Inf(sign):
    return _INF if sign >= 0 else -_INF


def NaN():
    return _NAN


def IsNaN(f):
    return f != f


def IsInf(f, sign):
    if sign == 0:
        return f == _INF or f == -_INF
    if sign > 0:
        return f == _INF
    return f == -_INF


def Sqrt(x):
    if x >= 0 or x != x:
        return _m.sqrt(x) if x != _INF else x
    return _HWNAN


def Floor(x):
    if x == 0 or not _isfinite(x):
        return x
    return float(_m.floor(x))


def Ceil(x):
    if x == 0 or not _isfinite(x):
        return x
    return _copysign(float(_m.ceil(x)), x)


def Trunc(x):
    if x == 0 or not _isfinite(x):
        return x
    return _copysign(float(_m.trunc(x)), x)


def Modf(f):
    i = Trunc(f)
    return i, Copysign(f - i, f)


def Round(x):
    b = _bits(x)
    e = (b >> 52) & 0x7FF
    if e < 1023:
        b &= 1 << 63
        if e == 1022:
            b |= 0x3FF0000000000000
    elif e < 1023 + 52:
        e -= 1023
        b += (1 << 51) >> e
        b &= ~(((1 << 52) - 1) >> e)
    return _from(b)


def RoundToEven(x):
    b = _bits(x)
    e = (b >> 52) & 0x7FF
    if e >= 1023:
        e -= 1023
        if e < 52:
            b += (((1 << 51) - 1) + ((b >> (52 - e)) & 1)) >> e
            b &= ~(((1 << 52) - 1) >> e)
    elif e == 1022 and b & ((1 << 52) - 1):
        b = (b & (1 << 63)) | 0x3FF0000000000000
    else:
        b &= 1 << 63
    return _from(b)


def Frexp(f):
    return _m.frexp(f)


def Ldexp(frac, exp):
    if frac == 0 or not _isfinite(frac):
        return frac
    try:
        return _m.ldexp(frac, exp)
    except OverflowError:
        return _copysign(_INF, frac)


def _normalize(x):
    if abs(x) < SMALLEST_NORMAL:
        return x * 4503599627370496.0, -52
    return x, 0


def Logb(x):
    if x == 0:
        return -_INF
    if _isinf(x):
        return _INF
    if x != x:
        return x
    x, e = _normalize(x)
    return float(((_bits(x) >> 52) & 0x7FF) - 1023 + e)


def Ilogb(x):
    if x == 0:
        return -2147483648
    if x != x:
        return 2147483647
    if _isinf(x):
        return 2147483647
    x, e = _normalize(x)
    return ((_bits(x) >> 52) & 0x7FF) - 1023 + e


def Max(x, y):
    if x == _INF or y == _INF:
        return _INF
    if x != x or y != y:
        return _NAN
    if x == 0 and y == 0:
        return y if _bits(x) == 1 << 63 else x
    return x if x > y else y


def Min(x, y):
    if x == -_INF or y == -_INF:
        return -_INF
    if x != x or y != y:
        return _NAN
    if x == 0 and y == 0:
        return x if _bits(x) == 1 << 63 else y
    return x if x < y else y


def Dim(x, y):
    v = x - y
    if v <= 0:
        return 0.0
    return v


def Mod(x, y):
    if y == 0 or _isinf(x) or x != x or y != y:
        return _NAN
    if _isinf(y):
        return x
    return _m.fmod(x, y)


def Remainder(x, y):
    if x != x or y != y or _isinf(x) or y == 0:
        return _NAN
    if _isinf(y):
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if y < 0:
        y = -y
    if x == y:
        return -0.0 if sign else 0.0
    if y <= MAXF64 / 2:
        x = Mod(x, y + y)
    if y < 4.45014771701440276618e-308:
        if x + x > y:
            x -= y
            if x + x >= y:
                x -= y
    else:
        yhalf = 0.5 * y
        if x > yhalf:
            x -= y
            if x >= yhalf:
                x -= y
    return -x if sign else x


def Nextafter(x, y):
    if x != x or y != y:
        return _NAN
    if x == y:
        return x
    if x == 0:
        return Copysign(_from(1), y)
    if (y > x) == (x > 0):
        return _from(_bits(x) + 1)
    return _from(_bits(x) - 1)


def Nextafter32(x, y):
    if x != x or y != y:
        return _NAN
    if x == y:
        return x
    if x == 0:
        return _copysign(Float32frombits(1), y)
    b = Float32bits(x)
    if (y > x) == (x > 0):
        b += 1
    else:
        b -= 1
    return Float32frombits(b)


_P10 = [float('1e%d' % i) for i in range(32)]
_P10POS = [float('1e%d' % (32 * i)) for i in range(10)]
_P10NEG = [float('1e-%d' % (32 * i)) for i in range(11)]


def Pow10(n):
    if 0 <= n <= 308:
        return _P10POS[n // 32] * _P10[n % 32]
    if -323 <= n < 0:
        return _P10NEG[-n // 32] / _P10[-n % 32]
    return _INF if n > 0 else 0.0


# ------------------------------------------------------------------ exp / log (amd64 assembly)

_LOG2E_A = float('1.4426950408889634073599246810018920')
_LN2U = float('0.69314718055966295651160180568695068359375')
_LN2L = float('0.28235290563031577122588448175013436025525412068e-12')
_EXP_OVERFLOW = float('7.09782712893384e+02')
_EC = [float(s) for s in ('2.4801587301587301587e-5', '1.9841269841269841270e-4',
                          '1.3888888888888888889e-3', '8.3333333333333333333e-3',
                          '4.1666666666666666667e-2', '1.6666666666666666667e-1')]


def Exp(x):
    if not _isfinite(x):
        if x == -_INF:
            return 0.0
        return x
    if x > _EXP_OVERFLOW:
        return _INF
    t = _LOG2E_A * x
    if abs(t) < 2147483648.0:
        k = round(t)
        if not -2147483648 <= k <= 2147483647:
            k = -2147483648
    else:
        k = -2147483648
    if k + 0x3FF < -52:
        return 0.0
    kf = float(k)
    fma = _fma
    x0 = fma(-kf, _LN2U, x)
    x0 = fma(-kf, _LN2L, x0)
    x0 *= 0.0625
    x1 = _EC[0]
    for c in _EC[1:]:
        x1 = fma(x1, x0, c)
    x1 = fma(x1, x0, 0.5)
    x1 = fma(x1, x0, 1.0)
    x0 = x0 * x1
    x1 = x0 + 2.0
    x0 = x0 * x1
    x1 = x0 + 2.0
    x0 = x0 * x1
    x1 = x0 + 2.0
    x0 = x0 * x1
    x1 = x0 + 2.0
    x0 = fma(x0, x1, 1.0)
    bx = k + 0x3FF
    if bx <= 0:
        if bx < -52:
            return 0.0
        x0 = x0 * _from((bx + 0x3FE) << 52)
        return x0 * _from(1 << 52)
    if bx >= 0x7FF:
        return _INF
    return x0 * _from(bx << 52)


_HSQRT2 = float('7.07106781186547524401e-01')
_LN2HI = float('6.93147180369123816490e-01')
_LN2LO = float('1.90821492927058770002e-10')
_L1 = float('6.666666666666735130e-01')
_L2 = float('3.999999999940941908e-01')
_L3 = float('2.857142874366239149e-01')
_L4 = float('2.222219843214978396e-01')
_L5 = float('1.818357216161805012e-01')
_L6 = float('1.531383769920937332e-01')
_L7 = float('1.479819860511658591e-01')


def Log(x):
    b = _bits(x)
    if b & 0x7FFFFFFFFFFFFFFF == 0:
        return -_INF
    if b >> 63:
        return _NAN
    if b >= 0x7FF0000000000000:
        return x
    f1 = _from((b & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000)
    k = float(((b >> 52) & 0x7FF) - 0x3FE)
    if f1 < _HSQRT2:
        k -= 1.0
        f1 *= 2.0
    f = f1 - 1.0
    s = f / (2.0 + f)
    s2 = s * s
    s4 = s2 * s2
    t1 = s2 * (_L1 + s4 * (_L3 + s4 * (_L5 + s4 * _L7)))
    t2 = s4 * (_L2 + s4 * (_L4 + s4 * _L6))
    R = t1 + t2
    hfsq = 0.5 * f * f
    return k * _LN2HI - ((hfsq - (s * (hfsq + R) + k * _LN2LO)) - f)


def Log10(x):
    return Log(x) * INV_LN10


def Log2(x):
    frac, exp = Frexp(x)
    if frac == 0.5:
        return float(exp - 1)
    return Log(frac) * INV_LN2 + float(exp)


_LP = [float(s) for s in ('6.666666666666735130e-01', '3.999999999940941908e-01',
                          '2.857142874366239149e-01', '2.222219843214978396e-01',
                          '1.818357216161805012e-01', '1.531383769920937332e-01',
                          '1.479819860511658591e-01')]


def Log1p(x):
    Lp1, Lp2, Lp3, Lp4, Lp5, Lp6, Lp7 = _LP
    if x < -1 or x != x:
        return _NAN
    if x == -1:
        return -_INF
    if x == _INF:
        return _INF
    absx = abs(x)
    f = 0.0
    iu = 0
    k = 1
    if absx < 4.142135623730950488017e-01:
        if absx < 1.0 / (1 << 29):
            if absx < 1.0 / (1 << 54):
                return x
            return x - x * x * 0.5
        if x > -2.928932188134524755992e-01:
            k = 0
            f = x
            iu = 1
    c = 0.0
    if k != 0:
        if absx < 9007199254740992.0:
            u = 1.0 + x
            iu = _bits(u)
            k = (iu >> 52) - 1023
            if k > 0:
                c = 1.0 - (u - x)
            else:
                c = x - (u - 1.0)
            c /= u
        else:
            u = x
            iu = _bits(u)
            k = (iu >> 52) - 1023
            c = 0.0
        iu &= 0x000fffffffffffff
        if iu < 0x0006a09e667f3bcd:
            u = _from(iu | 0x3ff0000000000000)
        else:
            k += 1
            u = _from(iu | 0x3fe0000000000000)
            iu = (0x0010000000000000 - iu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    fk = float(k)
    if iu == 0:
        if f == 0:
            if k == 0:
                return 0.0
            c += fk * _LN2LO
            return fk * _LN2HI + c
        R = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - R
        return fk * _LN2HI - ((R - (fk * _LN2LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + R))
    return fk * _LN2HI - ((hfsq - (s * (hfsq + R) + (fk * _LN2LO + c))) - f)


_P1 = float('1.66666666666666657415e-01')
_P2 = float('-2.77777777770155933842e-03')
_P3 = float('6.61375632143793436117e-05')
_P4 = float('-1.65339022054652515390e-06')
_P5 = float('4.13813679705723846039e-08')


def _expmulti(hi, lo, k):
    r = hi - lo
    t = r * r
    c = r - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    y = 1 - ((lo - (r * c) / (2 - c)) - hi)
    return Ldexp(y, k)


def Exp2(x):
    if x != x:
        return x
    if x > 1.0239999999999999e+03:
        return _INF
    if x < -1.0740e+03:
        return 0.0
    k = 0
    if x > 0:
        k = int(x + 0.5)
    elif x < 0:
        k = int(x - 0.5)
    t = x - float(k)
    hi = t * _LN2HI
    lo = -t * _LN2LO
    return _expmulti(hi, lo, k)


_Q1 = float('-3.33333333333331316428e-02')
_Q2 = float('1.58730158725481460165e-03')
_Q3 = float('-7.93650757867487942473e-05')
_Q4 = float('4.00821782732936239552e-06')
_Q5 = float('-2.01099218183624371326e-07')


def Expm1(x):
    if x == _INF or x != x:
        return x
    if x == -_INF:
        return -1.0
    absx = x
    sign = False
    if x < 0:
        absx = -absx
        sign = True
    if absx >= 3.88162421113569373274e+01:
        if sign:
            return -1.0
        if absx >= 7.09782712893383973096e+02:
            return _INF
    c = 0.0
    k = 0
    if absx > 3.46573590279972654709e-01:
        if absx < 1.03972077083991796413e+00:
            if not sign:
                hi = x - _LN2HI
                lo = _LN2LO
                k = 1
            else:
                hi = x + _LN2HI
                lo = -_LN2LO
                k = -1
        else:
            if not sign:
                k = int(1.44269504088896338700e+00 * x + 0.5)
            else:
                k = int(1.44269504088896338700e+00 * x - 0.5)
            t = float(k)
            hi = x - t * _LN2HI
            lo = t * _LN2LO
        x = hi - lo
        c = (hi - x) - lo
    elif absx < 1.0 / (1 << 54):
        return x
    else:
        k = 0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1 + hxs * (_Q1 + hxs * (_Q2 + hxs * (_Q3 + hxs * (_Q4 + hxs * _Q5))))
    t = 3 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = (x * (e - c) - c)
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2 * (e - (x + 0.5))
        return 1 + 2 * (x - e)
    if k <= -2 or k > 56:
        y = 1 - (e - x)
        y = _from(_bits(y) + (k << 52))
        return y - 1
    if k < 20:
        t = _from(0x3ff0000000000000 - (0x20000000000000 >> k))
        y = t - (e - x)
        return _from(_bits(y) + (k << 52))
    t = _from((0x3ff - k) << 52)
    y = x - (e + t)
    y += 1
    return _from(_bits(y) + (k << 52))


def _is_odd_int(x):
    if abs(x) >= 9007199254740992.0:
        return False
    xi, xf = Modf(x)
    return xf == 0 and int(xi) & 1 == 1


def Pow(x, y):
    if y == 0 or x == 1:
        return 1.0
    if y == 1:
        return x
    if x != x or y != y:
        return _NAN
    if x == 0:
        if y < 0:
            if Signbit(x) and _is_odd_int(y):
                return -_INF
            return _INF
        if y > 0:
            if Signbit(x) and _is_odd_int(y):
                return x
            return 0.0
    if _isinf(y):
        if x == -1:
            return 1.0
        if (abs(x) < 1) == (y == _INF):
            return 0.0
        return _INF
    if _isinf(x):
        if x == -_INF:
            return Pow(1 / x, -y)
        if y < 0:
            return 0.0
        if y > 0:
            return _INF
    if y == 0.5:
        return Sqrt(x)
    if y == -0.5:
        return 1 / Sqrt(x)
    yi, yf = Modf(abs(y))
    if yf != 0 and x < 0:
        return _NAN
    if yi >= 9223372036854775808.0:
        if x == -1:
            return 1.0
        if (abs(x) < 1) == (y > 0):
            return 0.0
        return _INF
    a1 = 1.0
    ae = 0
    if yf != 0:
        if yf > 0.5:
            yf -= 1
            yi += 1
        a1 = Exp(yf * Log(x))
    x1, xe = _m.frexp(x)
    i = int(yi)
    while i != 0:
        if xe < -4096 or 4096 < xe:
            ae += xe
            break
        if i & 1 == 1:
            a1 *= x1
            ae += xe
        x1 *= x1
        xe <<= 1
        if x1 < .5:
            x1 += x1
            xe -= 1
        i >>= 1
    if y < 0:
        a1 = 1 / a1
        ae = -ae
    return Ldexp(a1, ae)


def Hypot(p, q):
    p = abs(p)
    q = abs(q)
    if not (_isfinite(p) and _isfinite(q)):
        if p == _INF or q == _INF:
            return _INF
        return _NAN
    if p == 0 and q == 0:
        return 0.0
    if p < q:
        p, q = q, p
    q = q / p
    return p * _m.sqrt(q * q + 1.0)


def Cbrt(x):
    if x == 0 or not _isfinite(x):
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    t = _from(_bits(x) // 3 + (715094163 << 32))
    if x < SMALLEST_NORMAL:
        t = float(1 << 54)
        t *= x
        t = _from(_bits(t) // 3 + (696219795 << 32))
    r = t * t / x
    s = 5.42857142857142815906e-01 + r * t
    t *= 3.57142857142857150787e-01 + 1.60714285714285720630e+00 / (
        s + 1.41428571428571436819e+00 + -7.05306122448979611050e-01 / s)
    t = _from((_bits(t) & (0xFFFFFFFFC << 28)) + (1 << 30))
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    t = t + t * r
    return -t if sign else t


# ------------------------------------------------------------------ trigonometry

_SIN = [1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
        -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1]
_COS = [-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
        2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2]
_PI4A = 7.85398125648498535156e-1
_PI4B = 3.77489470793079817668e-8
_PI4C = 2.69515142907905952645e-15
_REDUCE = float(1 << 29)
_MPI4 = [
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
]
_M64 = (1 << 64) - 1


def _trig_reduce(x):
    """Payne-Hanek reduction of x >= 2**29: (octant j, remainder z)."""
    if x < PI_4:
        return 0, x
    ix = _bits(x)
    exp = ((ix >> 52) & 0x7FF) - 1023 - 52
    ix &= (1 << 52) - 1
    ix |= 1 << 52
    digit, bitshift = (exp + 61) // 64, (exp + 61) % 64
    M = _MPI4

    def word(i):
        if bitshift == 0:
            return M[i]
        return ((M[i] << bitshift) | (M[i + 1] >> (64 - bitshift))) & _M64
    z0 = word(digit)
    z1 = word(digit + 1)
    z2 = word(digit + 2)
    z2hi = (z2 * ix) >> 64
    p1 = z1 * ix
    z1hi, z1lo = p1 >> 64, p1 & _M64
    z0lo = (z0 * ix) & _M64
    s = z1lo + z2hi
    lo, c = s & _M64, s >> 64
    hi = (z0lo + z1hi + c) & _M64
    j = hi >> 61
    hi = ((hi << 3) | (lo >> 61)) & _M64
    lz = 64 - hi.bit_length()
    e = 1023 - (lz + 1)
    hi = ((hi << (lz + 1)) & _M64) | (lo >> (64 - (lz + 1)))
    hi >>= 64 - 52
    hi |= e << 52
    z = _from(hi)
    if j & 1 == 1:
        j += 1
        j &= 7
        z -= 1
    return j, z * PI_4


def _reduce(x):
    if x >= _REDUCE:
        return _trig_reduce(x)
    j = int(x * FOUR_OVER_PI)
    y = float(j)
    if j & 1 == 1:
        j += 1
        y += 1
    j &= 7
    z = ((x - y * _PI4A) - y * _PI4B) - y * _PI4C
    return j, z


def _sinpoly(z, zz):
    s = _SIN
    return z + z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5])


def _cospoly(zz):
    c = _COS
    return 1.0 - 0.5 * zz + zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5])


def Cos(x):
    if x != x or _isinf(x):
        return _NAN
    sign = False
    x = abs(x)
    j, z = _reduce(x)
    if j > 3:
        j -= 4
        sign = not sign
    if j > 1:
        sign = not sign
    zz = z * z
    if j == 1 or j == 2:
        y = _sinpoly(z, zz)
    else:
        y = _cospoly(zz)
    return -y if sign else y


def Sin(x):
    if x == 0 or x != x:
        return x
    if _isinf(x):
        return _NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    j, z = _reduce(x)
    if j > 3:
        sign = not sign
        j -= 4
    zz = z * z
    if j == 1 or j == 2:
        y = _cospoly(zz)
    else:
        y = _sinpoly(z, zz)
    return -y if sign else y


def Sincos(x):
    if x == 0:
        return x, 1.0
    if x != x or _isinf(x):
        return _NAN, _NAN
    sin_sign = cos_sign = False
    if x < 0:
        x = -x
        sin_sign = True
    j, z = _reduce(x)
    if j > 3:
        j -= 4
        sin_sign = not sin_sign
        cos_sign = not cos_sign
    if j > 1:
        cos_sign = not cos_sign
    zz = z * z
    c = _cospoly(zz)
    s = _sinpoly(z, zz)
    if j == 1 or j == 2:
        s, c = c, s
    if cos_sign:
        c = -c
    if sin_sign:
        s = -s
    return s, c


_TANP = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7]
_TANQ = [1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
         -5.38695755929454629881e7]


def Tan(x):
    if x == 0 or x != x:
        return x
    if _isinf(x):
        return _NAN
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x >= _REDUCE:
        j, z = _trig_reduce(x)
    else:
        j = int(x * FOUR_OVER_PI)
        y = float(j)
        if j & 1 == 1:
            j += 1
            y += 1
        z = ((x - y * _PI4A) - y * _PI4B) - y * _PI4C
    zz = z * z
    P, Q = _TANP, _TANQ
    if zz > 1e-14:
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                     ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
    else:
        y = z
    if j & 2 == 2:
        y = -1 / y
    return -y if sign else y


_AP = [-8.750608600031904122785e-01, -1.615753718733365076637e+01, -7.500855792314704667340e+01,
       -1.228866684490136173410e+02, -6.485021904942025371773e+01]
_AQ = [2.485846490142306297962e+01, 1.650270098316988542046e+02, 4.328810604912902668951e+02,
       4.853903996359136964868e+02, 1.945506571482613964425e+02]
_MOREBITS = 6.123233995736765886130e-17
_HALF_MOREBITS = float(_Fr('0.5') * _Fr('6.123233995736765886130e-17'))
_TAN3PIO8 = 2.41421356237309504880


def _xatan(x):
    P, Q = _AP, _AQ
    z = x * x
    z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4]) / (
        ((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4])
    return x * z + x


def _satan(x):
    if x <= 0.66:
        return _xatan(x)
    if x > _TAN3PIO8:
        return PI_2 - _xatan(1 / x) + _MOREBITS
    return PI_4 + _xatan((x - 1) / (x + 1)) + _HALF_MOREBITS


def Atan(x):
    if x == 0:
        return x
    if x > 0:
        return _satan(x)
    return -_satan(-x)


def Asin(x):
    if x == 0:
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 1:
        return _NAN
    temp = _m.sqrt(1 - x * x)
    if x > 0.7:
        temp = PI_2 - _satan(temp / x)
    else:
        temp = _satan(x / temp)
    return -temp if sign else temp


def Acos(x):
    return PI_2 - Asin(x)


def Atan2(y, x):
    if y != y or x != x:
        return _NAN
    if y == 0:
        if x >= 0 and not Signbit(x):
            return Copysign(0.0, y)
        return Copysign(PI, y)
    if x == 0:
        return Copysign(PI_2, y)
    if _isinf(x):
        if x == _INF:
            if _isinf(y):
                return Copysign(PI_4, y)
            return Copysign(0.0, y)
        if _isinf(y):
            return Copysign(PI3_4, y)
        return Copysign(PI, y)
    if _isinf(y):
        return Copysign(PI_2, y)
    q = Atan(y / x)
    if x < 0:
        if q <= 0:
            return q + PI
        return q - PI
    return q


# ------------------------------------------------------------------ hyperbolic

_SHP = [-0.6307673640497716991184787251e+6, -0.8991272022039509355398013511e+5,
        -0.2894211355989563807284660366e+4, -0.2630563213397497062819489e+2]
_SHQ = [-0.6307673640497716991212077277e+6, 0.1521517378790019070696485176e+5,
        -0.173678953558233699533450911e+3]


def Sinh(x):
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 21:
        temp = Exp(x) * 0.5
    elif x > 0.5:
        ex = Exp(x)
        temp = (ex - 1 / ex) * 0.5
    else:
        P, Q = _SHP, _SHQ
        sq = x * x
        temp = (((P[3] * sq + P[2]) * sq + P[1]) * sq + P[0]) * x
        temp = temp / (((sq + Q[2]) * sq + Q[1]) * sq + Q[0])
    return -temp if sign else temp


def Cosh(x):
    x = abs(x)
    if x > 21:
        return Exp(x) * 0.5
    ex = Exp(x)
    return (ex + 1 / ex) * 0.5


_THP = [-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3]
_THQ = [1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3]
_HALF_MAXLOG = float(_Fr('0.5') * _Fr('8.8029691931113054295988e+01'))


def Tanh(x):
    z = abs(x)
    if z > _HALF_MAXLOG:
        return -1.0 if x < 0 else 1.0
    if z >= 0.625:
        s = Exp(2 * z)
        z = 1 - 2 / (s + 1)
        if x < 0:
            z = -z
        return z
    if x == 0:
        return x
    P, Q = _THP, _THQ
    s = x * x
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2])


def Asinh(x):
    if x != x or _isinf(x):
        return x
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x > 268435456.0:
        temp = Log(x) + 6.93147180559945286227e-01
    elif x > 2:
        temp = Log(2 * x + 1 / (_m.sqrt(x * x + 1) + x))
    elif x < 1.0 / (1 << 28):
        temp = x
    else:
        temp = Log1p(x + x * x / (1 + _m.sqrt(1 + x * x)))
    return -temp if sign else temp


def Acosh(x):
    if x < 1 or x != x:
        return _NAN
    if x == 1:
        return 0.0
    if x >= 268435456.0:
        return Log(x) + LN2
    if x > 2:
        return Log(2 * x - 1 / (x + _m.sqrt(x * x - 1)))
    t = x - 1
    return Log1p(t + _m.sqrt(2 * t + t * t))


def Atanh(x):
    if x < -1 or x > 1 or x != x:
        return _NAN
    if x == 1:
        return _INF
    if x == -1:
        return -_INF
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 1.0 / (1 << 28):
        temp = x
    elif x < 0.5:
        temp = x + x
        temp = 0.5 * Log1p(temp + temp * x / (1 - x))
    else:
        temp = 0.5 * Log1p((x + x) / (1 - x))
    return -temp if sign else temp


# ------------------------------------------------------------------ gamma, erf

_GAMP = [1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
         4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
         9.99999999999999996796e-01]
_GAMQ = [-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
         1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
         7.14304917030273074085e-02, 1.00000000000000000320e+00]
_GAMS = [7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
         3.47222221605458667310e-03, 8.33333333333482257126e-02]
_EULER = 0.57721566490153286060651209008240243104215933593992


def _stirling(x):
    if x > 200:
        return _INF, 1.0
    S = _GAMS
    w = 1 / x
    w = 1 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4])
    y1 = Exp(x)
    y2 = 1.0
    if x > 143.01608:
        v = Pow(x, 0.5 * x - 0.25)
        y1, y2 = v, v / y1
    else:
        y1 = Pow(x, x - 0.5) / y1
    return y1, 2.506628274631000502417 * w * y2


def _is_neg_int(x):
    if x < 0:
        _, xf = Modf(x)
        return xf == 0
    return False


def Gamma(x):
    if _is_neg_int(x) or x == -_INF or x != x:
        return _NAN
    if x == _INF:
        return _INF
    if x == 0:
        return -_INF if Signbit(x) else _INF
    q = abs(x)
    p = Floor(q)
    if q > 33:
        if x >= 0:
            y1, y2 = _stirling(x)
            return y1 * y2
        signgam = 1
        if int(p) & 1 == 0:
            signgam = -1
        z = q - p
        if z > 0.5:
            p = p + 1
            z = q - p
        z = q * Sin(PI * z)
        if z == 0:
            return Inf(signgam)
        sq1, sq2 = _stirling(q)
        absz = abs(z)
        d = absz * sq1 * sq2
        if _isinf(d):
            z = PI / absz / sq1 / sq2
        else:
            z = PI / d
        return float(signgam) * z
    z = 1.0
    while x >= 3:
        x = x - 1
        z = z * x
    small = False
    while x < 0:
        if x > -1e-09:
            small = True
            break
        z = z / x
        x = x + 1
    if not small:
        while x < 2:
            if x < 1e-09:
                small = True
                break
            z = z / x
            x = x + 1
    if small:
        if x == 0:
            return _INF
        return z / ((1 + _EULER * x) * x)
    if x == 2:
        return z
    x = x - 2
    P, Q = _GAMP, _GAMQ
    p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6]
    q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7]
    return z * p / q


_ERX = 8.45062911510467529297e-01
_EFX = 1.28379167095512586316e-01
_EFX8 = 1.02703333676410069053e+00
_PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
       -5.77027029648944159157e-03, -2.37630166566501626084e-05]
_QQ = [0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
       1.32494738004321644526e-04, -3.96022827877536812320e-06]
_PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
       3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
       -2.16637559486879084300e-03]
_QA = [0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
       1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02]
_RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
       -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
       -8.12874355063065934246e+01, -9.81432934416914548592e+00]
_SA = [0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
       6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
       6.57024977031928170135e+00, -6.04244152148580987438e-02]
_RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
       -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
       -4.83519191608651397019e+02]
_SB = [0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
       3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
       -2.24409524465858183362e+01]
_ONE_OVER_035 = float(1 / _Fr('0.35'))


def _erf_small(z):
    pp, qq = _PP, _QQ
    r = pp[0] + z * (pp[1] + z * (pp[2] + z * (pp[3] + z * pp[4])))
    s = 1 + z * (qq[1] + z * (qq[2] + z * (qq[3] + z * (qq[4] + z * qq[5]))))
    return r / s


def _erf_pq(s):
    pa, qa = _PA, _QA
    P = pa[0] + s * (pa[1] + s * (pa[2] + s * (pa[3] + s * (pa[4] + s * (pa[5] + s * pa[6])))))
    Q = 1 + s * (qa[1] + s * (qa[2] + s * (qa[3] + s * (qa[4] + s * (qa[5] + s * qa[6])))))
    return P, Q


def _erf_ra(s):
    ra, sa = _RA, _SA
    R = ra[0] + s * (ra[1] + s * (ra[2] + s * (ra[3] + s * (ra[4] + s * (ra[5] + s * (ra[6] + s * ra[7]))))))
    S = 1 + s * (sa[1] + s * (sa[2] + s * (sa[3] + s * (sa[4] + s * (sa[5] + s * (sa[6] + s * (sa[7] + s * sa[8])))))))
    return R, S


def _erf_rb(s):
    rb, sb = _RB, _SB
    R = rb[0] + s * (rb[1] + s * (rb[2] + s * (rb[3] + s * (rb[4] + s * (rb[5] + s * rb[6])))))
    S = 1 + s * (sb[1] + s * (sb[2] + s * (sb[3] + s * (sb[4] + s * (sb[5] + s * (sb[6] + s * sb[7]))))))
    return R, S


def Erf(x):
    if x != x:
        return _NAN
    if x == _INF:
        return 1.0
    if x == -_INF:
        return -1.0
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 0.84375:
        if x < 1.0 / (1 << 28):
            if x < 2.848094538889218e-306:
                temp = 0.125 * (8.0 * x + _EFX8 * x)
            else:
                temp = x + _EFX * x
        else:
            y = _erf_small(x * x)
            temp = x + x * y
        return -temp if sign else temp
    if x < 1.25:
        P, Q = _erf_pq(x - 1)
        if sign:
            return -_ERX - P / Q
        return _ERX + P / Q
    if x >= 6:
        return -1.0 if sign else 1.0
    s = 1 / (x * x)
    if x < _ONE_OVER_035:
        R, S = _erf_ra(s)
    else:
        R, S = _erf_rb(s)
    z = _from(_bits(x) & 0xffffffff00000000)
    r = Exp(-z * z - 0.5625) * Exp((z - x) * (z + x) + R / S)
    if sign:
        return r / x - 1
    return 1 - r / x


def Erfc(x):
    if x != x:
        return _NAN
    if x == _INF:
        return 0.0
    if x == -_INF:
        return 2.0
    sign = False
    if x < 0:
        x = -x
        sign = True
    if x < 0.84375:
        if x < 1.0 / (1 << 56):
            temp = x
        else:
            y = _erf_small(x * x)
            if x < 0.25:
                temp = x + x * y
            else:
                temp = 0.5 + (x * y + (x - 0.5))
        if sign:
            return 1 + temp
        return 1 - temp
    if x < 1.25:
        P, Q = _erf_pq(x - 1)
        if sign:
            return 1 + _ERX + P / Q
        return 1 - _ERX - P / Q
    if x < 28:
        s = 1 / (x * x)
        if x < _ONE_OVER_035:
            R, S = _erf_ra(s)
        else:
            if sign and x > 6:
                return 2.0
            R, S = _erf_rb(s)
        z = _from(_bits(x) & 0xffffffff00000000)
        r = Exp(-z * z - 0.5625) * Exp((z - x) * (z + x) + R / S)
        if sign:
            return 2 - r / x
        return r / x
    return 2.0 if sign else 0.0
