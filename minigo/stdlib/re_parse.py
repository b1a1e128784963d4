"""Go's regular expression syntax, parsed as regexp/syntax parses it, and
translated for RE2 (package regexp matches with google-re2).

The parser follows Go's left-to-right scan, so a bad pattern fails with the
error Go reports first, in Go's words, with Go's offending text (the RE2
library's own messages and checks differ). Every flag is resolved here: the
tree holds explicit rune sets for classes and case-folded literals, and
anchors and dots in their final form, so the RE2 pattern made from it
carries no flags and its meaning does not depend on RE2's Unicode tables.

parse(expr, posix) -> Parsed (the RE2 pattern, capture count and names,
and the tree for LiteralPrefix), or raises SyntaxErr(code, expr text).
"""
from __future__ import annotations

from ..text.gostr import RUNE_ERROR, decode_rune
from . import re_classes as C

# flags, as regexp/syntax.Flags
FOLD, LITERAL, CLASS_NL, DOT_NL, ONE_LINE, NON_GREEDY, PERL_X, UNICODE_GROUPS = (1 << i for i in range(8))
PERL = CLASS_NL | ONE_LINE | PERL_X | UNICODE_GROUPS
POSIX = 0

MAX_HEIGHT = 1000
MAX_REPEAT = 1000

ERR = {
    'paren': 'missing closing )',
    'unexpected_paren': 'unexpected )',
    'bracket': 'missing closing ]',
    'escape': 'invalid escape sequence',
    'range': 'invalid character class range',
    'named': 'invalid named capture',
    'perl': 'invalid or unsupported Perl syntax',
    'repeat_op': 'invalid nested repetition operator',
    'repeat_size': 'invalid repeat count',
    'repeat_arg': 'missing argument to repetition operator',
    'backslash': 'trailing backslash at end of expression',
    'utf8': 'invalid UTF-8',
    'depth': 'expression nests too deeply',
    'large': 'expression too large',
}


class SyntaxErr(Exception):
    def __init__(self, code, expr):
        super().__init__(code)
        self.code = ERR[code]
        self.expr = expr        # bytes


# ------------------------------------------------------------------ the tree

class Node:
    """kind: 'lit' (rune, fold), 'class' (ranges), 'any' (nl), 'assert' (what),
    'empty', 'cap' (index, sub), 'concat' / 'alt' (subs), 'repeat' (op, min,
    max, greedy, sub). height is Go's parse-tree height (for its nesting
    limit); reps are the counted repetitions inside, for Go's limit on their
    product."""
    __slots__ = ('kind', 'rune', 'fold', 'ranges', 'nl', 'what', 'index', 'subs', 'op', 'min', 'max',
                 'greedy', 'height', 'reps')

    def __init__(self, kind, **kw):
        self.kind = kind
        self.subs = ()
        self.height = 1
        self.reps = ()
        for k, v in kw.items():
            setattr(self, k, v)


def _lit(r, fold):
    if fold:
        orb = C.orbit(r)
        if len(orb) > 1:
            return Node('lit', rune=orb[0], fold=True)
    return Node('lit', rune=r, fold=False)


def _class(ranges):
    """A class node, or the literal Go's push turns a one-rune (or
    one-case-pair) class into."""
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return Node('lit', rune=ranges[0][0], fold=False)
    pair = None
    if len(ranges) == 2 and ranges[0][0] == ranges[0][1] and ranges[1][0] == ranges[1][1]:
        pair = (ranges[0][0], ranges[1][0])
    elif len(ranges) == 1 and ranges[0][1] == ranges[0][0] + 1:
        pair = ranges[0]
    if pair is not None and C.orbit(pair[0]) == [pair[0], pair[1]]:
        return Node('lit', rune=pair[0], fold=True)
    return Node('class', ranges=ranges)


def _flatten(items, kind):
    out = []
    for n in items:
        if n.kind == kind:
            out.extend(n.subs)
        else:
            out.append(n)
    return out


def _concat(items):
    if not items:
        return Node('empty')
    if len(items) == 1:
        return items[0]
    items = _flatten(items, 'concat')     # Go's collapse splices nested concatenations
    # Go keeps a run of literals (same case folding) as one string node
    elems = 0
    prev = None
    for n in items:
        key = ('lit', n.fold) if n.kind == 'lit' else None
        if key is None or key != prev:
            elems += 1
        prev = key
    h = max(n.height for n in items) + (1 if elems > 1 else 0)
    return Node('concat', subs=tuple(items), height=h, reps=_reps(items))


def _alt(alts):
    if len(alts) == 1:
        return alts[0]
    alts = _flatten(alts, 'alt')
    return Node('alt', subs=tuple(alts), height=1 + max(n.height for n in alts), reps=_reps(alts))


def _reps(nodes):
    out = []
    for n in nodes:
        out.extend(n.reps)
    return tuple(out)


def _reps_valid(reps, n):
    """Go's repeatIsValid over the counted repetitions (count, inner reps)."""
    for m, inner in reps:
        if m == 0:
            continue
        if m > n:
            return False
        if not _reps_valid(inner, n // m):
            return False
    return True


# ------------------------------------------------------------------ the parser

class Parsed:
    __slots__ = ('pattern', 'ncap', 'names', 'tree', 'flags')


class _Frame:
    """An open group: its alternatives so far, the flags to restore at its
    ')', and its capture index (0 for a non-capturing group)."""
    __slots__ = ('alts', 'items', 'flags', 'cap')

    def __init__(self, flags, cap):
        self.alts = []
        self.items = []
        self.flags = flags
        self.cap = cap


class _Parser:
    def __init__(self, s, flags):
        self.s = s
        self.flags = flags
        self.ncap = 0
        self.names = [b'']
        self.frames = [_Frame(flags, 0)]

    # ---------------------------------------------------------- helpers

    def next_rune(self, i):
        r, size = decode_rune(self.s, i)
        if r == RUNE_ERROR and size == 1:
            raise SyntaxErr('utf8', self.s[i:])
        return r, i + size

    def check_utf8(self, a, b):
        """Go's checkUTF8(s[a:b]): the error names the text from the bad byte
        to b."""
        s = self.s
        i = a
        while i < b:
            r, size = decode_rune(s, i)
            if r == RUNE_ERROR and size == 1:
                raise SyntaxErr('utf8', s[i:b])
            i += size

    def push(self, node):
        if node.height > MAX_HEIGHT:
            raise SyntaxErr('depth', self.s)
        self.frames[-1].items.append(node)

    # ---------------------------------------------------------- main loop

    def parse(self):
        s = self.s
        n = len(s)
        i = 0
        last_repeat = None       # start offset of the repetition just parsed
        while i < n:
            repeat = None
            c = s[i]
            if c == 0x28:                                   # (
                if self.flags & PERL_X and i + 1 < n and s[i + 1] == 0x3f:
                    i = self.perl_flags(i)
                else:
                    self.ncap += 1
                    self.names.append(b'')
                    self.frames.append(_Frame(self.flags, self.ncap))
                    i += 1
            elif c == 0x7c:                                 # |
                f = self.frames[-1]
                f.alts.append(_concat(f.items))
                f.items = []
                i += 1
            elif c == 0x29:                                 # )
                self.right_paren()
                i += 1
            elif c == 0x5e:                                 # ^
                self.push(Node('assert', what='bot' if self.flags & ONE_LINE else 'bol'))
                i += 1
            elif c == 0x24:                                 # $
                self.push(Node('assert', what='eot' if self.flags & ONE_LINE else 'eol'))
                i += 1
            elif c == 0x2e:                                 # .
                self.push(Node('any', nl=bool(self.flags & DOT_NL)))
                i += 1
            elif c == 0x5b:                                 # [
                i = self.parse_class(i)
            elif c in (0x2a, 0x2b, 0x3f):                   # * + ?
                op = {0x2a: 'star', 0x2b: 'plus', 0x3f: 'quest'}[c]
                repeat = i
                i = self.repeat(op, 0, 0, i, i + 1, last_repeat)
            elif c == 0x7b:                                 # {
                got = self.parse_repeat(i)
                if got is None:
                    self.literal(0x7b)
                    i += 1
                else:
                    lo, hi, after = got
                    if lo < 0 or lo > MAX_REPEAT or hi > MAX_REPEAT or (hi >= 0 and lo > hi):
                        raise SyntaxErr('repeat_size', s[i:after])
                    repeat = i
                    i = self.repeat('repeat', lo, hi, i, after, last_repeat)
            elif c == 0x5c:                                 # backslash
                i = self.escape(i)
            else:
                r, i = self.next_rune(i)
                self.literal(r)
            last_repeat = repeat
        # end of input: close the top-level alternation
        if len(self.frames) != 1:
            raise SyntaxErr('paren', s)
        f = self.frames[0]
        f.alts.append(_concat(f.items))
        tree = _alt(f.alts)
        if tree.height > MAX_HEIGHT:
            raise SyntaxErr('depth', s)
        return tree

    def literal(self, r):
        self.push(_lit(r, bool(self.flags & FOLD)))

    # ---------------------------------------------------------- groups

    def right_paren(self):
        if len(self.frames) < 2:
            raise SyntaxErr('unexpected_paren', self.s)
        f = self.frames.pop()
        f.alts.append(_concat(f.items))
        inner = _alt(f.alts)
        self.flags = f.flags
        if f.cap:
            node = Node('cap', index=f.cap, subs=(inner,), height=inner.height + 1, reps=inner.reps)
        else:
            node = inner
        self.push(node)

    def perl_flags(self, start):
        """After '(?': a named capture, a flag change, or a non-capturing group."""
        s = self.s
        n = len(s)
        rest = n - start
        named_p = rest > 4 and s[start + 2] == 0x50 and s[start + 3] == 0x3c      # (?P<
        named = rest > 3 and s[start + 2] == 0x3c                                 # (?<
        if named_p or named:
            name_at = start + (4 if named_p else 3)
            end = s.find(b'>', start)
            if end < 0:
                self.check_utf8(start, n)
                raise SyntaxErr('named', s[start:])
            self.check_utf8(name_at, end)
            name = s[name_at:end]
            if not name or any(not (c == 0x5f or 0x30 <= c <= 0x39 or 0x41 <= c <= 0x5a or
                                    0x61 <= c <= 0x7a) for c in name):
                raise SyntaxErr('named', s[start:end + 1])
            self.ncap += 1
            self.names.append(name)
            self.frames.append(_Frame(self.flags, self.ncap))
            return end + 1
        i = start + 2
        flags = self.flags
        negated = False
        saw_flag = False
        while i < n:
            c, i = self.next_rune(i)
            if c == 0x69:            # i
                flags = flags & ~FOLD if negated else flags | FOLD
            elif c == 0x6d:          # m: ^ and $ at line boundaries
                flags = flags | ONE_LINE if negated else flags & ~ONE_LINE
            elif c == 0x73:          # s
                flags = flags & ~DOT_NL if negated else flags | DOT_NL
            elif c == 0x55:          # U
                flags = flags & ~NON_GREEDY if negated else flags | NON_GREEDY
            elif c == 0x2d:          # -
                if negated:
                    break
                negated = True
                saw_flag = False
                continue
            elif c in (0x3a, 0x29):  # : )
                if negated and not saw_flag:
                    break
                if c == 0x3a:
                    self.frames.append(_Frame(self.flags, 0))
                self.flags = flags
                return i
            else:
                break
            saw_flag = True
        raise SyntaxErr('perl', s[start:i])

    # ---------------------------------------------------------- repetition

    def parse_repeat(self, i):
        """{n} {n,} {n,m} at i: (min, max, end) with -1 for a number that is
        too big (min) or absent (max); None when it is not a repetition."""
        s = self.s
        n = len(s)
        i += 1
        lo, i = self.parse_int(i)
        if lo is None or i >= n:
            return None
        if s[i] != 0x2c:
            hi = lo
        else:
            i += 1
            if i >= n:
                return None
            if s[i] == 0x7d:
                hi = -1
            else:
                hi, i = self.parse_int(i)
                if hi is None:
                    return None
                if hi < 0:
                    lo = -1
        if i >= n or s[i] != 0x7d:
            return None
        return lo, hi, i + 1

    def parse_int(self, i):
        s = self.s
        n = len(s)
        if i >= n or not 0x30 <= s[i] <= 0x39:
            return None, i
        if s[i] == 0x30 and i + 1 < n and 0x30 <= s[i + 1] <= 0x39:
            return None, i           # no leading zeros
        j = i
        while j < n and 0x30 <= s[j] <= 0x39:
            j += 1
        v = 0
        for c in s[i:j]:
            if v >= 100000000:
                v = -1
                break
            v = v * 10 + c - 0x30
        return v, j

    def repeat(self, op, lo, hi, before, after, last_repeat):
        s = self.s
        flags = self.flags
        greedy = not (flags & NON_GREEDY)
        if flags & PERL_X:
            if after < len(s) and s[after] == 0x3f:
                after += 1
                greedy = not greedy
            if last_repeat is not None:
                raise SyntaxErr('repeat_op', s[last_repeat:after])
        items = self.frames[-1].items
        if not items:
            raise SyntaxErr('repeat_arg', s[before:after])
        sub = items[-1]
        if op == 'repeat':
            m = hi if hi >= 0 else lo
            reps = ((m, sub.reps),)
        else:
            reps = sub.reps
        node = Node('repeat', op=op, min=lo, max=hi, greedy=greedy, subs=(sub,),
                    height=sub.height + 1, reps=reps)
        items[-1] = node
        if node.height > MAX_HEIGHT:
            raise SyntaxErr('depth', s)
        if op == 'repeat' and (lo >= 2 or hi >= 2) and not _reps_valid(reps, MAX_REPEAT):
            raise SyntaxErr('repeat_size', s[before:after])
        return after

    # ---------------------------------------------------------- escapes

    def escape(self, i):
        """A backslash outside a class."""
        s = self.s
        n = len(s)
        if self.flags & PERL_X and i + 1 < n:
            c = s[i + 1]
            simple = {0x41: 'bot', 0x62: 'wb', 0x42: 'nwb', 0x7a: 'eot'}    # \A \b \B \z
            if c in simple:
                self.push(Node('assert', what=simple[c]))
                return i + 2
            if c == 0x43:                                                    # \C
                raise SyntaxErr('escape', s[i:i + 2])
            if c == 0x51:                                                    # \Q ... \E
                end = s.find(b'\\E', i + 2)
                lit_end = n if end < 0 else end
                j = i + 2
                while j < lit_end:        # (a rune cannot straddle the \\E)
                    r, size = decode_rune(s, j)
                    if r == RUNE_ERROR and size == 1:
                        raise SyntaxErr('utf8', s[j:lit_end])
                    self.literal(r)
                    j += size
                return n if end < 0 else end + 2
        if i + 1 < n and s[i + 1] in (0x70, 0x50):                          # \p \P
            got = self.unicode_class(i)
            if got is not None:
                ranges, j = got
                self.push(_class(ranges))
                return j
        got = self.perl_class(i)
        if got is not None:
            self.push(_class(got))
            return i + 2
        r, j = self.parse_escape(i)
        self.literal(r)
        return j

    def perl_class(self, i):
        s = self.s
        if not self.flags & PERL_X or i + 1 >= len(s):
            return None
        c = s[i + 1]
        if c not in b'dDsSwW':
            return None
        return C.perl_group(chr(c), bool(self.flags & FOLD))

    def parse_escape(self, i):
        """A single-character escape at s[i] == '\\': (rune, end)."""
        s = self.s
        n = len(s)
        if i + 1 >= n:
            raise SyntaxErr('backslash', b'')
        c, t = self.next_rune(i + 1)
        if c < 0x80 and not (0x30 <= c <= 0x39 or 0x41 <= c <= 0x5a or 0x61 <= c <= 0x7a):
            return c, t                      # escaped punctuation is itself
        if 0x31 <= c <= 0x37 and (t >= n or not 0x30 <= s[t] <= 0x37):
            raise SyntaxErr('escape', s[i:t])           # \1..\7 alone: a backreference
        if 0x30 <= c <= 0x37:                           # octal: up to three digits
            r = c - 0x30
            for _ in range(2):
                if t >= n or not 0x30 <= s[t] <= 0x37:
                    break
                r = r * 8 + s[t] - 0x30
                t += 1
            return r, t
        if c == 0x78:                                   # \x
            return self.hex_escape(i, t)
        simple = {0x61: 7, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11}   # \a \f \n \r \t \v
        if c in simple:
            return simple[c], t
        raise SyntaxErr('escape', s[i:t])

    def hex_escape(self, i, t):
        s = self.s
        n = len(s)
        if t >= n:
            raise SyntaxErr('escape', s[i:t])
        c, t = self.next_rune(t)
        if c == 0x7b:                                   # \x{...}
            digits = 0
            r = 0
            while True:
                if t >= n:
                    raise SyntaxErr('escape', s[i:t])
                c, t = self.next_rune(t)
                if c == 0x7d:
                    break
                v = _unhex(c)
                if v < 0:
                    raise SyntaxErr('escape', s[i:t])
                r = r * 16 + v
                if r > C.MAX_RUNE:
                    raise SyntaxErr('escape', s[i:t])
                digits += 1
            if digits == 0:
                raise SyntaxErr('escape', s[i:t])
            return r, t
        x = _unhex(c)
        if t < n:
            c, t = self.next_rune(t)
        else:
            c = RUNE_ERROR
        y = _unhex(c)
        if x < 0 or y < 0:
            raise SyntaxErr('escape', s[i:t])
        return x * 16 + y, t

    def unicode_class(self, i):
        """\\p / \\P at i: (ranges, end), None when Unicode groups are off."""
        if not self.flags & UNICODE_GROUPS:
            return None
        s = self.s
        n = len(s)
        negated = s[i + 1] == 0x50
        if i + 2 >= n:
            # Go's nextRune on "" gives RuneError: an unknown one-letter name
            raise SyntaxErr('range', s[i:i + 2])
        c, t = self.next_rune(i + 2)
        if c != 0x7b:
            seq_end = t
            name = s[i + 2:t]
        else:
            end = s.find(b'}', i)
            if end < 0:
                self.check_utf8(i, n)
                raise SyntaxErr('range', s[i:])
            seq_end = end + 1
            name = s[i + 3:end]
            self.check_utf8(i + 3, end)
        if name.startswith(b'^'):
            negated = not negated
            name = name[1:]
        ranges = C.unicode_class(name.decode('utf-8'), negated, bool(self.flags & FOLD))
        if ranges is None:
            raise SyntaxErr('range', s[i:seq_end])
        return ranges, seq_end

    # ---------------------------------------------------------- classes

    def parse_class(self, start):
        s = self.s
        n = len(s)
        fold = bool(self.flags & FOLD)
        i = start + 1
        negated = False
        ranges = []
        if i < n and s[i] == 0x5e:
            negated = True
            i += 1
            if not self.flags & CLASS_NL:
                ranges.append((10, 10))     # so that negation leaves out \n
        first = True
        while i >= n or s[i] != 0x5d or first:
            # POSIX: '-' only first or last
            if (i < n and s[i] == 0x2d and not self.flags & PERL_X and not first
                    and (i + 1 == n or s[i + 1] != 0x5d)):
                size = decode_rune(s, i + 1)[1] if i + 1 < n else 0
                raise SyntaxErr('range', s[i:i + 1 + size])
            first = False
            if n - i > 2 and s[i] == 0x5b and s[i + 1] == 0x3a:        # [:name:]
                close = s.find(b':]', i + 2)
                if close >= 0:
                    name = s[i:close + 2]
                    got = C.posix_group(name.decode('latin-1'), fold)
                    if got is None:
                        raise SyntaxErr('range', name)
                    ranges.extend(got)
                    i = close + 2
                    continue
            if i + 1 < n and s[i] == 0x5c and s[i + 1] in (0x70, 0x50):
                got = self.unicode_class(i)
                if got is not None:
                    ranges.extend(got[0])
                    i = got[1]
                    continue
            if i < n and s[i] == 0x5c:
                got = self.perl_class(i)
                if got is not None:
                    ranges.extend(got)
                    i += 2
                    continue
            rng = i
            lo, i = self.class_char(i, start)
            hi = lo
            if n - i >= 2 and s[i] == 0x2d and s[i + 1] != 0x5d:       # a range
                hi, i = self.class_char(i + 1, start)
                if hi < lo:
                    raise SyntaxErr('range', s[rng:i])
            if fold:
                ranges.extend(C.fold_closure([(lo, hi)]))
            else:
                ranges.append((lo, hi))
        ranges = C.normalize(ranges)
        if negated:
            ranges = C.negate(ranges)
        self.push(_class(ranges))
        return i + 1

    def class_char(self, i, start):
        if i >= len(self.s):
            raise SyntaxErr('bracket', self.s[start:])
        if self.s[i] == 0x5c:
            return self.parse_escape(i)
        return self.next_rune(i)


def _unhex(c):
    if 0x30 <= c <= 0x39:
        return c - 0x30
    if 0x61 <= c <= 0x66:
        return c - 0x61 + 10
    if 0x41 <= c <= 0x46:
        return c - 0x41 + 10
    return -1


# ------------------------------------------------------------------ RE2 text

def _rune_text(r):
    if 0x30 <= r <= 0x39 or 0x41 <= r <= 0x5a or 0x61 <= r <= 0x7a:
        return chr(r)
    return '\\x{%x}' % r


def _class_text(ranges):
    if not ranges:
        return '[^\\x00-\\x{10ffff}]'        # matches nothing
    if ranges == [(0, C.MAX_RUNE)]:
        return '(?s:.)'
    parts = []
    for lo, hi in ranges:
        parts.append(_rune_text(lo) if lo == hi else _rune_text(lo) + '-' + _rune_text(hi))
    return '[' + ''.join(parts) + ']'


_ASSERT = {'bol': '(?m:^)', 'eol': '(?m:$)', 'bot': '\\A', 'eot': '\\z', 'wb': '\\b', 'nwb': '\\B'}
_OPS = {'star': '*', 'plus': '+', 'quest': '?'}


def to_re2(node, out):
    """Append RE2 syntax for node to the list out."""
    k = node.kind
    if k == 'lit':
        if node.fold:
            out.append(_class_text([(r, r) for r in C.orbit(node.rune)]))
        else:
            out.append(_rune_text(node.rune))
    elif k == 'class':
        out.append(_class_text(node.ranges))
    elif k == 'any':
        out.append('(?s:.)' if node.nl else '.')
    elif k == 'assert':
        out.append(_ASSERT[node.what])
    elif k == 'empty':
        out.append('(?:)')
    elif k == 'cap':
        out.append('(')
        to_re2(node.subs[0], out)
        out.append(')')
    elif k == 'concat':
        for sub in node.subs:
            if sub.kind == 'alt':
                out.append('(?:')
                to_re2(sub, out)
                out.append(')')
            else:
                to_re2(sub, out)
    elif k == 'alt':
        for j, sub in enumerate(node.subs):
            if j:
                out.append('|')
            to_re2(sub, out)
    elif k == 'repeat':
        out.append('(?:')
        to_re2(node.subs[0], out)
        out.append(')')
        if node.op == 'repeat':
            if node.max == node.min:
                out.append('{%d}' % node.min)
            elif node.max < 0:
                out.append('{%d,}' % node.min)
            else:
                out.append('{%d,%d}' % (node.min, node.max))
        else:
            out.append(_OPS[node.op])
        if not node.greedy:
            out.append('?')


def parse(expr, posix):
    """Parse a Go regexp (Compile's syntax, or CompilePOSIX's when posix)."""
    p = _Parser(expr, POSIX if posix else PERL)
    tree = p.parse()
    out = []
    to_re2(tree, out)
    res = Parsed()
    res.pattern = ''.join(out)
    res.ncap = p.ncap
    res.names = p.names
    res.tree = tree
    res.flags = p.flags
    return res
