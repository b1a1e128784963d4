"""strconv.FormatFloat: Go's float formatting ('e', 'E', 'f', 'g', 'G', 'b', 'x').

Digits come from Python's correctly rounded conversions (repr for the shortest
float64 form, '%.Ne' / '%.Nf' for fixed precision, both round-half-even on the
exact binary value as Go's decimal code does); laying them out follows Go's
fmtEFG, whose %e/%f choice for 'g' differs from C's in the shortest case.
"""
import math
import struct


def _f32(x):
    try:
        return struct.unpack('<f', struct.pack('<f', x))[0]
    except OverflowError:   # rounds to the largest float32 below halfway to 2**128
        m = 3.4028234663852886e38 if abs(x) < 3.4028235677973366e38 else math.inf
        return m if x > 0 else -m


def _parse_e(s):
    """'d.ddde±x' -> (digits without trailing zeros, decimal point position)."""
    mant, _, exp = s.partition('e')
    digits = mant.replace('.', '').lstrip('-')
    dp = int(exp) + 1
    digits = digits.rstrip('0')
    if not digits:
        return '', 0
    return digits, dp


def _shortest(x, bits):
    if x == 0:
        return '', 0
    if bits == 32:
        f = _f32(x)
        for p in range(1, 10):
            s = '%.*e' % (p - 1, f)
            if _f32(float(s)) == f:
                return _parse_e(s)
        return _parse_e('%.8e' % f)
    return _parse_e(_repr_e(x))


def _repr_e(x):
    r = repr(abs(x))
    if 'e' in r:
        m, _, e = r.partition('e')
        if '.' not in m:
            m += '.0'
        return f'{m}e{int(e)}'
    ip, _, fp = r.partition('.')
    fp = fp.rstrip('0')
    if ip != '0':
        digits = (ip + fp).lstrip('0')
        dp = len(ip)
    else:
        stripped = fp.lstrip('0')
        digits = stripped
        dp = -(len(fp) - len(stripped))
    digits = digits.rstrip('0') or '0'
    return f'{digits[0]}.{digits[1:] or "0"}e{dp - 1}'


def _fixed_sig(x, n):
    """x rounded to n significant digits."""
    if x == 0:
        return '', 0
    return _parse_e('%.*e' % (max(n, 1) - 1, abs(x)))


def _fixed_frac(x, prec):
    """x rounded to prec digits after the point: (digits, dp)."""
    s = '%.*f' % (prec, abs(x))
    ip, _, fp = s.partition('.')
    all_digits = ip + fp
    dp = len(ip)
    stripped = all_digits.lstrip('0')
    dp -= len(all_digits) - len(stripped)
    stripped = stripped.rstrip('0')
    if not stripped:
        return '', 0
    return stripped, dp


def format_float(x, fmt='g', prec=-1, bits=64):
    if math.isnan(x):
        return 'NaN'
    if math.isinf(x):
        return '+Inf' if x > 0 else '-Inf'
    if bits == 32:
        x = _f32(x)
    if fmt == 'b':
        return _fmt_b(x, bits)
    if fmt in 'xX':
        return _fmt_x(x, prec, fmt, bits)
    neg = math.copysign(1.0, x) < 0
    shortest = prec < 0
    if shortest:
        digits, dp = _shortest(x, bits)
        nd = len(digits)
        if fmt in 'eE':
            prec = max(nd - 1, 0)
        elif fmt == 'f':
            prec = max(nd - dp, 0)
        else:
            prec = nd
    else:
        if fmt in 'eE':
            digits, dp = _fixed_sig(x, prec + 1)
        elif fmt == 'f':
            digits, dp = _fixed_frac(x, prec)
        else:
            if prec == 0:
                prec = 1
            digits, dp = _fixed_sig(x, prec)
    return _fmt_efg(neg, digits, dp, prec, fmt, shortest)


def _fmt_efg(neg, s, dp, prec, fmt, shortest):
    nd = len(s)
    if fmt in 'gG':
        eprec = prec
        if eprec > nd and nd >= dp:
            eprec = nd
        if shortest:
            eprec = 6
        exp = dp - 1
        if exp < -4 or exp >= eprec:
            if prec > nd:
                prec = nd
            prec -= 1
            fmt = 'e' if fmt == 'g' else 'E'
        else:
            if prec > dp:
                prec = nd
            prec = max(prec - dp, 0)
            fmt = 'f'
    out = ['-'] if neg else []
    if fmt in 'eE':
        out.append(s[0] if nd else '0')
        if prec > 0:
            out.append('.')
            frac = s[1:min(nd, prec + 1)]
            out.append(frac)
            out.append('0' * (prec - len(frac)))
        exp = dp - 1 if nd else 0
        out.append(fmt)
        out.append('-' if exp < 0 else '+')
        exp = abs(exp)
        out.append('%02d' % exp)
        return ''.join(out)
    # 'f'
    if dp > 0:
        m = min(nd, dp)
        out.append(s[:m])
        out.append('0' * (dp - m))
    else:
        out.append('0')
    if prec > 0:
        out.append('.')
        lz = min(prec, max(0, -dp))
        off = dp + lz
        m = min(prec - lz, max(0, nd - off))
        out.append('0' * lz)
        out.append(s[off:off + m])
        out.append('0' * max(0, prec - lz - m))
    return ''.join(out)


def _bits(x, bits):
    if bits == 32:
        b = struct.unpack('<I', struct.pack('<f', x))[0]
        return b, 8, 23, -127
    b = struct.unpack('<Q', struct.pack('<d', x))[0]
    return b, 11, 52, -1023


def _decompose(x, bits):
    b, eb, mb, bias = _bits(x, bits)
    neg = b >> (eb + mb) != 0
    exp = (b >> mb) & ((1 << eb) - 1)
    mant = b & ((1 << mb) - 1)
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << mb
    exp += bias
    return neg, mant, exp, mb


def _fmt_b(x, bits):
    neg, mant, exp, mb = _decompose(x, bits)
    e = exp - mb
    return f"{'-' if neg else ''}{mant}p{'+' if e >= 0 else '-'}{abs(e)}"


def _fmt_x(x, prec, fmt, bits):
    neg, mant, exp, mb = _decompose(x, bits)
    if mant == 0:
        exp = 0
    # Shift digits so that the leading 1 is at bit 60 (Go's layout).
    mant <<= 60 - mb
    while mant != 0 and mant & (1 << 60) == 0:
        mant <<= 1
        exp -= 1
    if 0 <= prec < 15:
        shift = prec * 4
        extra = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        if extra | (mant & 1) > (1 << 59):
            mant += 1
        mant <<= 60 - shift
        if mant & (1 << 61):
            mant >>= 1
            exp += 1
    hexd = '0123456789abcdef' if fmt == 'x' else '0123456789ABCDEF'
    out = ['-'] if neg else []
    out.append('0')
    out.append(fmt)
    out.append('1' if mant >> 60 else '0')
    mant = (mant << 4) & ((1 << 64) - 1)
    if prec < 0 and mant != 0:
        out.append('.')
        while mant != 0:
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    elif prec > 0:
        out.append('.')
        for _ in range(prec):
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    out.append('p' if fmt == 'x' else 'P')
    if exp < 0:
        out.append('-')
        exp = -exp
    else:
        out.append('+')
    out.append('%02d' % exp if exp < 100 else str(exp))
    return ''.join(out)


def format_g(x, prec=-1, bits=64):
    return format_float(x, 'g', prec, bits)
