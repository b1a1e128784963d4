"""Which struct fields encoding/json sees, under what names, with which options.

A struct's JSON fields are its exported fields and those promoted from
embedded structs (also through pointers, also from unexported embedded
struct types), named by their `json:"name,opts"` tag or their Go name. When
several fields share a name, Go's rules for embedding decide, amended by
JSON's: the shallowest wins, a tagged one beats untagged ones at its depth,
and two equally good ones cancel each other out (no error). The result is
cached per run (the field types' RTypes belong to the run).
"""
from __future__ import annotations

from ...runtime import rtypes as R
from ...runtime.context import current
from ..reflect import tag_get
from ..unicode import SimpleFold, is_digit, is_letter

QUOTABLE = frozenset(R.INTEGER_KINDS | R.FLOAT_KINDS | {R.BOOL, R.STRING})
_TAG_PUNCT = frozenset('!#$%&()*+-./:;<=>?@[]^_{|}~ ')


class Field:
    """One JSON field of a struct type."""
    __slots__ = ('name', 'tagged', 'index', 'rt', 'named_rt', 'omit_empty', 'omit_zero', 'quoted',
                 'bname', 'folded', 'encode', 'is_zero')

    def __init__(self, name, tagged, index, rt, named_rt, opts, quoted):
        self.name = name              # str
        self.bname = name.encode('utf-8', 'surrogateescape')
        self.folded = fold_name(self.bname)
        self.tagged = tagged
        self.index = index            # path of field indexes from the struct
        self.rt = rt                  # the field's type
        self.named_rt = named_rt      # ... through one unnamed pointer (what ,string and naming look at)
        self.omit_empty = 'omitempty' in opts
        self.omit_zero = 'omitzero' in opts
        self.quoted = quoted
        self.encode = None            # filled in by the encoder
        self.is_zero = None


def struct_fields(rt):
    """The JSON fields of struct type rt, in index order (cached per run)."""
    cache = current().state('json.fields', dict)
    fs = cache.get(rt)
    if fs is None:
        fs = cache[rt] = _type_fields(rt)
    return fs


def fields_by_name(rt):
    """(exact name -> Field, folded name -> first Field with it) of struct rt."""
    cache = current().state('json.fields_by_name', dict)
    hit = cache.get(rt)
    if hit is None:
        exact = {}
        folded = {}
        for f in struct_fields(rt):
            exact[f.bname] = f
            folded.setdefault(f.folded, f)
        hit = cache[rt] = (exact, folded)
    return hit


def valid_tag_name(s):
    return bool(s) and all(c in _TAG_PUNCT or is_letter(ord(c)) or is_digit(ord(c)) for c in s)


def fold_name(b):
    """The key JSON matches names by, ignoring case: ASCII letters upper-cased,
    other runes mapped to the smallest rune of their case-folding orbit."""
    if b.isascii():
        return b.upper()
    from ...text import gostr
    out = []
    for _, r in gostr.runes(b):
        while True:
            r2 = SimpleFold(r)
            if r2 <= r:
                r = r2
                break
            r = r2
        out.append(r)
    return gostr.from_runes(out)


def _type_fields(rt):
    found = []
    level = [(rt, [])]
    visited = set()
    count = {}
    while level:
        next_level = []
        next_count = {}
        for st, path in level:
            if st in visited:
                continue
            visited.add(st)
            for i, frt in enumerate(st.fields):
                embedded = st.embedded[i]
                exported = st.exported_fields[i]
                if embedded:
                    t = frt.elem if frt.kind == R.POINTER else frt
                    if not exported and t.kind != R.STRUCT:
                        continue
                elif not exported:
                    continue
                tag = tag_get(st.tags[i], b'json').decode('utf-8', 'surrogateescape')
                if tag == '-':
                    continue
                name, _, opts = tag.partition(',')
                opts = set(opts.split(',')) if opts else ()
                if not valid_tag_name(name):
                    name = ''
                index = path + [i]
                ft = frt.elem if not frt.named and frt.kind == R.POINTER else frt
                quoted = 'string' in opts and ft.kind in QUOTABLE
                if name or not embedded or ft.kind != R.STRUCT:
                    f = Field(name or st.field_names[i], bool(name), index, frt, ft, opts, quoted)
                    found.append(f)
                    if count.get(st, 0) > 1:
                        found.append(f)   # the type came twice at this depth: a duplicate cancels it
                    continue
                next_count[ft] = next_count.get(ft, 0) + 1
                if next_count[ft] == 1:
                    next_level.append((ft, index))
        level = next_level
        count = next_count
    found.sort(key=lambda f: (f.bname, len(f.index), not f.tagged, f.index))
    kept = []
    i = 0
    while i < len(found):
        j = i + 1
        while j < len(found) and found[j].bname == found[i].bname:
            j += 1
        group = found[i:j]
        if len(group) == 1 or len(group[0].index) != len(group[1].index) or group[0].tagged != group[1].tagged:
            kept.append(group[0])
        i = j
    kept.sort(key=lambda f: f.index)
    return kept
