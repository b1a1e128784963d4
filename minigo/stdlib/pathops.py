"""Slash-separated path operations shared by packages path and path/filepath
(on Unix, filepath's separator is '/' and its functions are path's): Clean,
Split, Join, Base, Dir, Ext, Match, Rel. Paths are bytes, as Go's strings.
"""
from __future__ import annotations


def clean(p):
    """The shortest path equivalent to p: no doubled slashes, no '.'
    elements, no 'x/..' pairs, no '..' just below the root; "" is "."."""
    rooted = p.startswith(b'/')
    out = []
    for elem in p.split(b'/'):
        if elem in (b'', b'.'):
            continue
        if elem == b'..':
            if out and out[-1] != b'..':
                out.pop()
            elif not rooted:
                out.append(elem)
            continue
        out.append(elem)
    s = b'/'.join(out)
    if rooted:
        return b'/' + s
    return s or b'.'


def split(p):
    i = p.rfind(b'/')
    return p[:i + 1], p[i + 1:]


def join_slash(elems):
    """Join the non-empty elements with '/' and Clean; "" if all are empty."""
    parts = [e for e in elems if e]
    return clean(b'/'.join(parts)) if parts else b''


def base(p):
    if not p:
        return b'.'
    p = p.rstrip(b'/')
    if not p:
        return b'/'
    return p[p.rfind(b'/') + 1:]


def dir_(p):
    return clean(split(p)[0])


def ext(p):
    for i in range(len(p) - 1, -1, -1):
        c = p[i]
        if c == 0x2F:
            break
        if c == 0x2E:
            return p[i:]
    return b''


# ---------------------------------------------------------------- Match

class BadPattern(Exception):
    pass


def _rune(b, i):
    """(rune, width) at b[i] as utf8.DecodeRune: an invalid byte is U+FFFD, width 1."""
    from ..text import gostr
    r, n = gostr.decode_rune(b[i:i + 4])
    return r, n


def _class_char(pat, i):
    """A character of a class, possibly escaped -> (rune, next index). A
    class must go on after it (a ']' at least)."""
    if i >= len(pat) or pat[i] in b'-]':
        raise BadPattern
    if pat[i] == 0x5C:      # backslash
        i += 1
        if i >= len(pat):
            raise BadPattern
    r, n = _rune(pat, i)
    if r == 0xFFFD and n == 1:
        raise BadPattern
    if i + n >= len(pat):
        raise BadPattern
    return r, i + n


def _parse(pat):
    """The pattern as chunks [(star, [item])], each item ('lit', byte) |
    ('any',) | ('class', negated, [(lo, hi)]); BadPattern if malformed."""
    chunks = []
    i = 0
    n = len(pat)
    while i < n or not chunks:
        star = False
        while i < n and pat[i] == 0x2A:
            star = True
            i += 1
        items = []
        while i < n and pat[i] != 0x2A:
            c = pat[i]
            if c == 0x5B:            # [
                i += 1
                negated = i < n and pat[i] == 0x5E
                if negated:
                    i += 1
                ranges = []
                while True:
                    if i < n and pat[i] == 0x5D and ranges:
                        i += 1
                        break
                    lo, i = _class_char(pat, i)
                    hi = lo
                    if pat[i] == 0x2D:
                        hi, i = _class_char(pat, i + 1)
                    ranges.append((lo, hi))
                items.append(('class', negated, ranges))
            elif c == 0x3F:          # ?
                items.append(('any',))
                i += 1
            else:
                if c == 0x5C:
                    i += 1
                    if i >= n:
                        raise BadPattern
                items.append(('lit', pat[i]))
                i += 1
        chunks.append((star, items))
        if i >= n:
            break
    return chunks


def _match_chunk(items, s, i):
    """The index in s after items matched at s[i:], or -1."""
    for it in items:
        if i >= len(s):
            return -1
        kind = it[0]
        if kind == 'lit':
            if s[i] != it[1]:
                return -1
            i += 1
        elif kind == 'any':
            if s[i] == 0x2F:
                return -1
            i += _rune(s, i)[1]
        else:
            r, w = _rune(s, i)
            inside = any(lo <= r <= hi for lo, hi in it[2])
            if inside == it[1]:
                return -1
            i += w
    return i


def match(pattern, name):
    """Whether name matches the shell pattern; BadPattern if it is malformed
    (all of it is checked, whatever the name). A '*' takes the fewest bytes
    (never a '/') that let its chunk match, the last chunk must end the name."""
    chunks = _parse(pattern)
    i = 0
    for k, (star, items) in enumerate(chunks):
        last = k == len(chunks) - 1
        if star and not items:           # a trailing star: the rest, without a '/'
            return b'/' not in name[i:]
        j = i
        while True:
            end = _match_chunk(items, name, j)
            if end >= 0 and (not last or end == len(name)):
                i = end
                break
            if not star or j >= len(name) or name[j] == 0x2F:
                return False
            j += 1
    return i == len(name)


def has_meta(p):
    return any(c in p for c in (b'*', b'?', b'[', b'\\'))


# ---------------------------------------------------------------- Rel

def rel(basepath, targpath):
    """targpath relative to basepath, or None when it cannot be made so."""
    b, t = clean(basepath), clean(targpath)
    if b == t:
        return b'.'
    if b == b'.':
        b = b''
    if b.startswith(b'/') != t.startswith(b'/'):
        return None
    be = _elems(b)
    te = _elems(t)
    k = 0
    while k < len(be) and k < len(te) and be[k] == te[k]:
        k += 1
    if k < len(be) and be[k] == b'..':
        return None
    if k == len(be):
        return b'/'.join(te[k:])
    return clean(b'/'.join([b'..'] * (len(be) - k) + te[k:]))


def _elems(p):
    p = p.lstrip(b'/')
    return p.split(b'/') if p else []


def is_local(p):
    if p.startswith(b'/') or not p:
        return False
    if any(e in (b'.', b'..') for e in p.split(b'/')):
        p = clean(p)
    return not (p == b'..' or p.startswith(b'../'))
