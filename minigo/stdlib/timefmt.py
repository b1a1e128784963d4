"""Go's reference-time layouts (Mon Jan 2 15:04:05 MST 2006): formatting,
parsing, and duration parsing, after the rules of time/format.go."""
from __future__ import annotations

import re

_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December']
_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

# Layout elements, longest first where prefixes overlap.
_TOKENS = [
    'January', 'Jan', 'Monday', 'Mon', 'MST',
    '2006', '002', '__2', '_2', '01', '02', '03', '04', '05', '06', '15',
    'Z07:00:00', 'Z070000', 'Z07:00', 'Z0700', 'Z07',
    '-07:00:00', '-070000', '-07:00', '-0700', '-07',
    'PM', 'pm', '1', '2', '3', '4', '5',
]


def _next_chunk(layout, i):
    """(prefix end, token, token end) of the next layout element from i."""
    n = len(layout)
    j = i
    while j < n:
        c = layout[j]
        if c in '.,' and j + 1 < n and layout[j + 1] in '09':
            k = j + 1
            d = layout[k]
            while k < n and layout[k] == d:
                k += 1
            if not (k < n and layout[k].isdigit()):
                return j, layout[j:k], k
        for tok in _TOKENS:
            if layout.startswith(tok, j):
                if tok == 'Jan' and layout.startswith('January', j):
                    tok = 'January'
                if tok == 'Mon' and layout.startswith('Monday', j):
                    tok = 'Monday'
                if tok in ('01', '02', '03', '04', '05', '06', '002') or tok in ('1', '2', '3', '4', '5'):
                    pass
                if tok == 'Mon' and j + 3 < n and layout[j + 3].islower() and not layout.startswith('Monday', j):
                    continue
                if tok == 'Jan' and j + 3 < n and layout[j + 3].islower() and not layout.startswith('January', j):
                    continue
                if tok == '2' and layout.startswith('2006', j):
                    tok = '2006'
                return j, tok, j + len(tok)
        j += 1
    return n, '', n


def format_time(layout, year, month, day, hour, minute, sec, nsec, weekday, yday, offset, zone):
    lay = layout.decode('utf-8', 'replace')
    out = []
    i = 0
    while i < len(lay):
        pre, tok, end = _next_chunk(lay, i)
        out.append(lay[i:pre])
        if not tok:
            break
        i = end
        if tok == '2006':
            out.append(str(year).rjust(4, '0') if year >= 0 else '-' + str(-year).rjust(4, '0'))
        elif tok == '06':
            out.append('%02d' % (year % 100))
        elif tok == 'January':
            out.append(_MONTHS[month - 1])
        elif tok == 'Jan':
            out.append(_MONTHS[month - 1][:3])
        elif tok == '01':
            out.append('%02d' % month)
        elif tok == '1':
            out.append(str(month))
        elif tok == 'Monday':
            out.append(_DAYS[weekday])
        elif tok == 'Mon':
            out.append(_DAYS[weekday][:3])
        elif tok == '02':
            out.append('%02d' % day)
        elif tok == '_2':
            out.append('%2d' % day)
        elif tok == '2':
            out.append(str(day))
        elif tok == '__2':
            out.append('%3d' % yday)
        elif tok == '002':
            out.append('%03d' % yday)
        elif tok == '15':
            out.append('%02d' % hour)
        elif tok in ('3', '03'):
            h = hour % 12
            if h == 0:
                h = 12
            out.append(str(h) if tok == '3' else '%02d' % h)
        elif tok == '04':
            out.append('%02d' % minute)
        elif tok == '4':
            out.append(str(minute))
        elif tok == '05':
            out.append('%02d' % sec)
        elif tok == '5':
            out.append(str(sec))
        elif tok == 'PM':
            out.append('PM' if hour >= 12 else 'AM')
        elif tok == 'pm':
            out.append('pm' if hour >= 12 else 'am')
        elif tok == 'MST':
            out.append(zone if zone else _numeric_zone(offset))
        elif tok[0] in 'Z-' and tok[1:3] == '07':
            if tok[0] == 'Z' and offset == 0:
                out.append('Z')
            else:
                out.append(_zone(offset, tok))
        elif tok[0] in '.,':
            digits = len(tok) - 1
            frac = '%09d' % nsec
            if tok[1] == '9':
                frac = frac[:digits].rstrip('0')
                if frac:
                    out.append(tok[0] + frac)
            else:
                out.append(tok[0] + frac[:digits])
    return ''.join(out).encode()


def _numeric_zone(offset):
    """MST's stand-in for a zone without a name: -0700."""
    sign = '+' if offset >= 0 else '-'
    o = abs(offset) // 60
    return f'{sign}{o // 60:02d}{o % 60:02d}'


def _zone(offset, tok):
    sign = '+' if offset >= 0 else '-'
    o = abs(offset)
    h, m, s = o // 3600, (o // 60) % 60, o % 60
    body = tok[1:]
    if body == '07:00:00':
        return f'{sign}{h:02d}:{m:02d}:{s:02d}'
    if body == '070000':
        return f'{sign}{h:02d}{m:02d}{s:02d}'
    if body == '07:00':
        return f'{sign}{h:02d}:{m:02d}'
    if body == '0700':
        return f'{sign}{h:02d}{m:02d}'
    return f'{sign}{h:02d}'


def parse_time(layout, value, utc_loc):
    """(Time, layout elem, value elem, message, error flag) -- error flag b'' on success."""
    from .time import Date
    lay = layout.decode('utf-8', 'replace')
    val = value.decode('utf-8', 'replace')
    year, month, day, hour, minute, sec, nsec = 0, 1, 1, 0, 0, 0, 0   # Go: year 0 unless given
    pm = None
    offset = None          # a numeric zone offset in seconds
    zone_name = ''         # a zone abbreviation (MST in the layout)
    zone_utc = False       # Z or UTC: the UTC location itself
    range_err = ''
    i = 0
    v = 0

    def fail(tok, rest):
        return [0, 0, None, 0], tok.encode(), rest.encode(), b'', b'error'

    while i < len(lay):
        pre, tok, end = _next_chunk(lay, i)
        lit = lay[i:pre]
        if not val.startswith(lit, v):
            return [0, 0, None, 0], lit.encode(), val[v:].encode(), b'', b'error'
        v += len(lit)
        if not tok:
            break
        i = end
        rest = val[v:]
        try:
            if tok == '2006':
                year = int(rest[:4])
                v += 4
            elif tok == '06':
                yy = int(rest[:2])
                year = yy + (1900 if yy >= 69 else 2000)
                v += 2
            elif tok in ('01', '02', '15', '04', '05', '03'):
                n = int(rest[:2])
                if not rest[:2].isdigit():
                    raise ValueError
                v += 2
                if tok == '01':
                    month = n
                elif tok == '02':
                    day = n
                elif tok in ('15', '03'):
                    hour = n
                elif tok == '04':
                    minute = n
                else:
                    sec = n
                    v, nsec = _fraction_after_seconds(lay, end, val, v, nsec)
            elif tok in ('1', '2', '3', '4', '5', '_2'):
                r = rest.lstrip(' ') if tok == '_2' else rest
                skip = len(rest) - len(r)
                k = 0
                while k < len(r) and k < 2 and r[k].isdigit():
                    k += 1
                if k == 0:
                    raise ValueError
                n = int(r[:k])
                v += skip + k
                if tok == '1':
                    month = n
                elif tok in ('2', '_2'):
                    day = n
                elif tok == '3':
                    hour = n
                elif tok == '4':
                    minute = n
                else:
                    sec = n
                    v, nsec = _fraction_after_seconds(lay, end, val, v, nsec)
            elif tok in ('January', 'Jan'):
                for mi, name in enumerate(_MONTHS):
                    nm = name if tok == 'January' else name[:3]
                    if rest.lower().startswith(nm.lower()):
                        month = mi + 1
                        v += len(nm)
                        break
                else:
                    raise ValueError
            elif tok in ('Monday', 'Mon'):
                for name in _DAYS:
                    nm = name if tok == 'Monday' else name[:3]
                    if rest.lower().startswith(nm.lower()):
                        v += len(nm)
                        break
                else:
                    raise ValueError
            elif tok in ('PM', 'pm'):
                ap = rest[:2].upper()
                if ap not in ('AM', 'PM'):
                    raise ValueError
                pm = ap == 'PM'
                v += 2
            elif tok == 'MST':
                if rest[:3] == 'UTC':
                    zone_utc = True
                    v += 3
                else:
                    n = _zone_name_len(rest)
                    if not n:
                        raise ValueError
                    zone_name = rest[:n]
                    v += n
            elif tok[0] in 'Z-' and tok[1:3] == '07':
                if tok[0] == 'Z' and rest[:1] == 'Z':
                    zone_utc = True
                    v += 1
                else:
                    off, n, bad = _parse_offset(tok[1:], rest)
                    offset = off
                    range_err = range_err or bad
                    v += n
            elif tok[0] in '.,':
                k = 1
                while k < len(rest) and rest[k].isdigit():
                    k += 1
                frac = rest[1:k]
                nsec = int((frac + '000000000')[:9]) if frac else 0
                v += k
        except (ValueError, IndexError):
            return fail(tok, rest)
    # fractional seconds directly after seconds even if not in the layout
    if v < len(val) and val[v] in '.,' and val[v + 1:v + 2].isdigit():
        k = v + 1
        while k < len(val) and val[k].isdigit():
            k += 1
        nsec = int((val[v + 1:k] + '000000000')[:9])
        v = k
    if v < len(val):
        return [0, 0, None, 0], b'', b'', (': extra text: ' + time_quote(val[v:])).encode(), b'error'
    if pm is not None:
        if pm and hour < 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    if not 1 <= month <= 12:
        return [0, 0, None, 0], b'', b'', b': month out of range', b'error'
    if range_err:
        return [0, 0, None, 0], b'', b'', f': {range_err} out of range'.encode(), b'error'
    if day < 1 or day > _days_in(month, year):
        return [0, 0, None, 0], b'', b'', b': day out of range', b'error'
    t = _located(Date(year, month, day, hour, minute, sec, nsec, utc_loc), zone_utc, offset, zone_name)
    return t, b'', b'', b'', b''


# numeric zone layouts (after the sign): (hours, minutes, seconds) as slices
# of the value after its sign, the separators required, the length taken
_OFFSET_FORMS = {
    '07:00:00': ((1, 3), (4, 6), (7, 9), (3, 6), 9),
    '070000': ((1, 3), (3, 5), (5, 7), (), 7),
    '07:00': ((1, 3), (4, 6), None, (3,), 6),
    '0700': ((1, 3), (3, 5), None, (), 5),
    '07': ((1, 3), None, None, (), 3),
}


def _parse_offset(form, rest):
    """A numeric zone offset as layout form (-07:00 without its sign) reads
    it at the start of rest: (offset in seconds, length, range error or '').
    Raises ValueError where Go's Parse fails; hours up to 24 and minutes
    and seconds up to 60 pass (some write offsets of 24 hours)."""
    h, m, s, colons, n = _OFFSET_FORMS[form]
    if len(rest) < n or any(rest[i] != ':' for i in colons):
        raise ValueError
    hr, mm, ss = (_two_digits(rest[f[0]:f[1]]) if f else 0 for f in (h, m, s))
    err = ('time zone offset second' if ss > 60 else 'time zone offset minute' if mm > 60
           else 'time zone offset hour' if hr > 24 else '')
    off = (hr * 60 + mm) * 60 + ss
    if rest[0] == '-':
        off = -off
    elif rest[0] != '+':
        raise ValueError
    return off, n, err


def _two_digits(s):
    if len(s) != 2 or not s.isdigit() or not s.isascii():
        raise ValueError
    return int(s)


def _zone_name_len(s):
    """How much of s is a time zone abbreviation as Go's Parse takes one:
    ChST/MeST, GMT with an optional hour offset, +hh/-hh, or three to five
    upper-case letters (four and five ending in T, or WITA); 0 if none."""
    if len(s) < 3:
        return 0
    if s[:4] in ('ChST', 'MeST'):
        return 4
    if s[:3] == 'GMT':
        return 3 + _signed_hours_len(s[3:])
    if s[0] in '+-':
        return _signed_hours_len(s)
    n = 0
    while n < 6 and n < len(s) and 'A' <= s[n] <= 'Z':
        n += 1
    if n == 3 or (n == 4 and (s[3] == 'T' or s[:4] == 'WITA')) or (n == 5 and s[4] == 'T'):
        return n
    return 0


def _signed_hours_len(s):
    """Length of a sign and an hour count up to 23 at the start of s (0 if none)."""
    if not s or s[0] not in '+-':
        return 0
    k = 1
    while k < len(s) and '0' <= s[k] <= '9':
        k += 1
    if k == 1 or int(s[1:k]) > 23:
        return 0
    return k


def _located(t, zone_utc, offset, zone_name):
    """Parse's result t (read as UTC) placed in its zone, as Go does: Z or
    UTC stay UTC; an offset or a zone name the local zone has at that time
    gives Local; any other a fixed zone with that name (maybe "") and offset."""
    from .time import _loc, _local_offset, _UNIX_TO_INTERNAL, fixed_zone
    if zone_utc:
        return t
    if offset is not None:
        t[0] -= offset
        local_off, local_name = _local_offset(t[0] - _UNIX_TO_INTERNAL)
        if local_off == offset and (not zone_name or zone_name == local_name):
            t[2] = _loc('Local')
        else:
            t[2] = fixed_zone(zone_name.encode(), offset)
        return t
    if zone_name:
        local_off = _local_zone_offset(zone_name, t[0] - _UNIX_TO_INTERNAL)
        if local_off is not None:
            t[0] -= local_off
            t[2] = _loc('Local')
            return t
        off = int(zone_name[3:]) * 3600 if len(zone_name) > 3 and zone_name[:3] == 'GMT' else 0
        t[2] = fixed_zone(zone_name.encode(), off)
    return t


def _local_zone_offset(name, unix):
    """The offset of the local zone's abbreviation name (its standard or
    daylight-saving one), preferring the one in effect at that time; None
    if the local zone has no such abbreviation."""
    import time as _time
    from .time import _local_offset
    candidates = [(n, -off) for n, off in zip(_time.tzname, (_time.timezone, _time.altzone)) if n == name]
    for _, off in candidates:
        in_effect, nm = _local_offset(unix - off)
        if nm == name:
            return in_effect
    return candidates[0][1] if candidates else None


def _fraction_after_seconds(lay, end, val, v, nsec):
    """Go's Parse takes a fractional second right after the seconds even
    when the layout has none there (unless the layout's next element is
    one): (new position in val, nanoseconds)."""
    if v + 1 < len(val) and val[v] in '.,' and val[v + 1].isdigit():
        _, nxt, _ = _next_chunk(lay, end)
        if nxt and nxt[0] in '.,':
            return v, nsec
        k = v + 1
        while k < len(val) and val[k].isdigit():
            k += 1
        return k, int((val[v + 1:k] + '000000000')[:9])
    return v, nsec


def _days_in(month, year):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def time_quote(s):
    """package time's own quoting: like strconv.Quote for printable ASCII,
    but every other byte (control, non-ASCII) as \\xNN."""
    b = s if isinstance(s, bytes) else s.encode('utf-8', 'surrogateescape')
    out = ['"']
    for c in b:
        if c < 0x20 or c >= 0x80:
            out.append(f'\\x{c:02x}')
        else:
            out.append('\\' + chr(c) if c in (0x22, 0x5c) else chr(c))
    out.append('"')
    return ''.join(out)


_UNIT = {b'ns': 1, b'us': 1000, 'µs'.encode(): 1000, 'μs'.encode(): 1000, b'ms': 1000000,
         b's': 10**9, b'm': 60 * 10**9, b'h': 3600 * 10**9}
_DIGITS = re.compile(rb'([0-9]*)(?:\.([0-9]*))?')
_UNIT_TEXT = re.compile(rb'[^.0-9]*')
_LIMIT = 1 << 63


def _fraction(digits):
    """(numerator, denominator) of .digits, keeping the digits that fit in an
    int64 numerator (Go drops the rest: they are below a nanosecond's reach)."""
    f, den = 0, 1
    for d in digits:
        if f > (_LIMIT - 1 - 9) // 10:
            break
        f, den = f * 10 + (d - 48), den * 10
    return f, float(den)


def parse_duration(s):
    """time.ParseDuration: (Duration, error message or b''). A sequence of
    decimal numbers, each with an optional fraction and a unit; integer
    parts are exact (up to 2^63), fractions go through a float64 as Go's do."""
    orig = s
    invalid = f'time: invalid duration {time_quote(orig)}'.encode()
    neg = s[:1] == b'-'
    if s[:1] in (b'-', b'+'):
        s = s[1:]
    if s == b'0':
        return 0, b''
    if not s:
        return 0, invalid
    total = 0
    i = 0
    while i < len(s):
        m = _DIGITS.match(s, i)
        whole, frac = m.group(1), m.group(2)
        if not whole and not frac:                 # no digits at all (".s", "x")
            return 0, invalid
        v = int(whole) if whole else 0
        if v > _LIMIT:
            return 0, invalid
        u = _UNIT_TEXT.match(s, m.end())
        unit = u.group()
        if not unit:
            return 0, f'time: missing unit in duration {time_quote(orig)}'.encode()
        scale = _UNIT.get(unit)
        if scale is None:
            return 0, f'time: unknown unit {time_quote(unit)} in duration {time_quote(orig)}'.encode()
        if v > _LIMIT // scale:
            return 0, invalid
        v *= scale
        if frac:
            f, den = _fraction(frac)
            if f:
                v += int(float(f) * (float(scale) / den))
                if v > _LIMIT:
                    return 0, invalid
        total += v
        if total > _LIMIT:
            return 0, invalid
        i = u.end()
    if neg:
        return -total, b''
    if total > _LIMIT - 1:
        return 0, invalid
    return total, b''
