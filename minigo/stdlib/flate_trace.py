"""How far Go's decompressor gets in a DEFLATE stream that fails.

zlib decodes the good streams (compress_flate.py). When a stream is corrupt
or its input ends early, what Go's decompressor has produced by then, and
the offset it names, depend on how it reads bits: a byte at a time, only when
needed, but before each literal/length symbol at least as many bits as the
block's shortest code, or its end-of-block code if that is longer (so it
never reads past the end of a stream). This decoder, in pure Python and
used only on those failing streams, reads its input the same way, so it
stops where Go stops: after the same output, at the same byte.
"""
from __future__ import annotations

WINDOW = 1 << 15
END_OF_BLOCK = 256
MAX_LIT = 286
MAX_DIST = 30
CODE_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)
# length symbols 257..285: (base length, extra bits)
LENGTHS = []
_base = 3
for _sym in range(257, 285):
    _extra = 0 if _sym < 265 else (_sym - 261) // 4
    LENGTHS.append((_base, _extra))
    _base += 1 << _extra
LENGTHS.append((258, 0))


class Corrupt(Exception):
    """Go's CorruptInputError at the current offset."""


class Stopped(Exception):
    """The input failed (err) before the stream ended."""

    def __init__(self, err):
        super().__init__()
        self.err = err


class Huffman:
    """A canonical code as Go looks codes up: by the next `width` bits
    (zeros past the ones read), giving (symbol, length) or None."""

    def __init__(self, lengths):
        used = [n for n in lengths if n]
        self.ok = True
        if not used:                         # an empty code: any use fails
            self.min, self.width, self.table = 0, 0, [None]
            return
        mn, mx = min(used), max(used)
        count = [0] * (mx + 1)
        for n in used:
            count[n] += 1
        code, first = 0, [0] * (mx + 1)
        for n in range(mn, mx + 1):
            code <<= 1
            first[n] = code
            code += count[n]
        if code != 1 << mx and not (code == 1 and mx == 1):
            self.ok = False                  # over-subscribed or incomplete
            return
        self.min, self.width = mn, mx
        table = [None] * (1 << mx)
        for sym, n in enumerate(lengths):
            if not n:
                continue
            c = first[n]
            first[n] += 1
            rev = int(format(c, f'0{n}b')[::-1], 2)
            for hi in range(0, 1 << mx, 1 << n):
                table[rev | hi] = (sym, n)
        self.table = table


FIXED_LIT = Huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)


class Decoder:
    """Decode data (then whatever more() supplies) as Go would."""

    def __init__(self, data, more, dict_):
        self.data = bytearray(data)
        self.more = more            # () -> (bytes, err)
        self.pos = 0                # bytes taken: Go's offset
        self.b = 0
        self.nb = 0
        hist = dict_[-WINDOW:] if dict_ else b''
        self.out = bytearray(hist)
        self.start = len(hist)

    def byte(self):
        while self.pos >= len(self.data):
            chunk, err = self.more()
            if err is not None:
                raise Stopped(err)
            self.data += chunk
        c = self.data[self.pos]
        self.pos += 1
        return c

    def need(self, n):
        while self.nb < n:
            self.b |= self.byte() << self.nb
            self.nb += 8

    def take(self, n):
        self.need(n)
        v = self.b & ((1 << n) - 1)
        self.b >>= n
        self.nb -= n
        return v

    def sym(self, h, min_bits=None):
        n = h.min if min_bits is None else min_bits
        while True:
            self.need(n)
            e = h.table[self.b & ((1 << h.width) - 1)]
            if e is None:
                raise Corrupt
            s, n = e
            if n <= self.nb:
                self.b >>= n
                self.nb -= n
                return s

    def run(self):
        """(output, bytes taken, error): error is None when the stream
        ended, Corrupt, or Stopped."""
        try:
            while True:
                final = self.take(1)
                kind = self.take(2)
                if kind == 0:
                    self.stored()
                elif kind == 1:
                    self.codes(FIXED_LIT, None, 7)
                elif kind == 2:
                    self.codes(*self.dynamic_tables())
                else:
                    raise Corrupt
                if final:
                    return bytes(self.out[self.start:]), self.pos, None
        except (Corrupt, Stopped) as e:
            return bytes(self.out[self.start:]), self.pos, e

    def stored(self):
        self.b = self.nb = 0
        head = bytes(self.byte() for _ in range(4))
        n = head[0] | head[1] << 8
        if head[2] | head[3] << 8 != n ^ 0xffff:
            raise Corrupt
        for _ in range(n):
            self.out.append(self.byte())

    def dynamic_tables(self):
        self.need(14)
        nlit = (self.b & 0x1f) + 257
        if nlit > MAX_LIT:
            raise Corrupt
        ndist = (self.b >> 5 & 0x1f) + 1
        if ndist > MAX_DIST:
            raise Corrupt
        nclen = (self.b >> 10 & 0xf) + 4
        self.b >>= 14
        self.nb -= 14
        clens = [0] * 19
        for i in range(nclen):
            clens[CODE_ORDER[i]] = self.take(3)
        h = Huffman(clens)
        if not h.ok:
            raise Corrupt
        lens = []
        total = nlit + ndist
        while len(lens) < total:
            x = self.sym(h)
            if x < 16:
                lens.append(x)
                continue
            if x == 16:
                if not lens:
                    raise Corrupt
                rep, value = 3 + self.take(2), lens[-1]
            elif x == 17:
                rep, value = 3 + self.take(3), 0
            else:
                rep, value = 11 + self.take(7), 0
            if len(lens) + rep > total:
                raise Corrupt
            lens += [value] * rep
        lit, dist = Huffman(lens[:nlit]), Huffman(lens[nlit:])
        if not (lit.ok and dist.ok):
            raise Corrupt
        # Go reads at least the end-of-block code's length before each symbol.
        return lit, dist, max(lit.min, lens[END_OF_BLOCK])

    def codes(self, lit, dist, min_bits):
        out = self.out
        while True:
            v = self.sym(lit, min_bits)
            if v < 256:
                out.append(v)
                continue
            if v == END_OF_BLOCK:
                return
            if v >= MAX_LIT:
                raise Corrupt
            base, extra = LENGTHS[v - 257]
            length = base + (self.take(extra) if extra else 0)
            if dist is None:
                d = int(format(self.take(5), '05b')[::-1], 2)
            else:
                d = self.sym(dist)
            if d < 4:
                d += 1
            elif d < MAX_DIST:
                nb = (d - 2) >> 1
                d = (1 << (nb + 1)) + 1 + ((d & 1) << nb | self.take(nb))
            else:
                raise Corrupt
            if d > min(len(out), WINDOW):
                raise Corrupt
            start = len(out) - d
            for k in range(length):
                out.append(out[start + k])
