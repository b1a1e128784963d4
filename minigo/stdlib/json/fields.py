"""Which struct fields encoding/json sees, under what names, with which options.

A struct's JSON fields are its exported fields and those promoted from
embedded structs (also through pointers, also from unexported embedded
struct types), named by their `json:"name,opts"` tag or their Go name. When
several fields share a name, the shallowest wins, a tagged one beats untagged
ones at its depth, and two equally good ones cancel each other out (no
error). Go 1.27 finds them as encoding/json/v2 does (breadth first; a struct
type met again is not looked into again), keeping v1's behaviour where the
two differ only in the errors v1 does not report. Cached per run (the
fields' RTypes belong to the run).
"""
from __future__ import annotations

from ...runtime import rtypes as R
from ...runtime.context import current
from ..reflect import tag_get
from ..unicode import SimpleFold, is_digit, is_letter

QUOTABLE = frozenset(R.INTEGER_KINDS | R.FLOAT_KINDS | {R.BOOL, R.STRING})
_RESERVED = frozenset(',\\\'"`')


class Field:
    """One JSON field of a struct type."""
    __slots__ = ('name', 'bname', 'folded', 'tagged', 'index', 'rt', 'omit_empty', 'omit_zero', 'quoted',
                 'id')

    def __init__(self, name, tagged, index, rt, opts):
        self.name = name              # str
        self.bname = name.encode('utf-8', 'surrogateescape')
        self.folded = fold_name(self.bname)
        self.tagged = tagged
        self.index = index            # path of field indexes from the struct
        self.rt = rt                  # the field's type
        self.omit_empty = 'omitempty' in opts
        self.omit_zero = 'omitzero' in opts
        self.quoted = 'string' in opts
        self.id = 0                   # order of discovery (breadth first)


def struct_fields(rt):
    """The JSON fields of struct type rt, in index order (cached per run)."""
    cache = current().state('json.fields', dict)
    fs = cache.get(rt)
    if fs is None:
        fs = cache[rt] = _type_fields(rt)
    return fs


def fields_by_name(rt):
    """(exact name -> Field, folded name -> Fields with it in discovery order)."""
    cache = current().state('json.fields_by_name', dict)
    hit = cache.get(rt)
    if hit is None:
        exact = {}
        folded = {}
        for f in struct_fields(rt):
            exact[f.bname] = f
            folded.setdefault(f.folded, []).append(f)
        for fs in folded.values():
            fs.sort(key=lambda f: f.id)
        hit = cache[rt] = (exact, folded)
    return hit


def lookup_field(rt, name):
    """The field a JSON member name sets: the exact name, else the first
    (in discovery order) whose name equals it ignoring case."""
    exact, folded = fields_by_name(rt)
    f = exact.get(name)
    if f is not None:
        return f
    for f in folded.get(fold_name(name), ()):
        return f
    return None


def fold_name(b):
    """The key names are matched by ignoring case: letters mapped to the
    smallest rune of their case-folding orbit (ASCII: upper case)."""
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


def _parse_tag(go_name, tag):
    """(name, tagged, options) from a json tag."""
    name, tagged = go_name, False
    if tag and not tag.startswith(','):
        n = 0
        while n < len(tag) and tag[n] not in _RESERVED:
            n += 1
        if n == len(tag) or tag[n] == ',':
            name, tagged = tag[:n], True
        else:
            n = tag.find(',')        # a malformed name: the Go name stays
            n = len(tag) if n < 0 else n
        tag = tag[n:]
    opts = set()
    for opt in tag.split(',')[1:]:
        k = 0
        while k < len(opt) and (opt[k] == '_' or is_letter(ord(opt[k])) or is_digit(ord(opt[k]))):
            k += 1
        opts.add(opt[:k])
    return name, tagged, opts


def _indirect(rt):
    return rt.elem if rt.kind == R.POINTER and not rt.named else rt


def _type_fields(root):
    found = []
    queue = [(root, [], True)]
    seen = {root}
    qi = 0
    while qi < len(queue):
        st, path, visit = queue[qi]
        qi += 1
        for i, frt in enumerate(st.fields):
            tag = tag_get(st.tags[i], b'json').decode('utf-8', 'surrogateescape')
            if tag == '-':
                continue
            exported = st.exported_fields[i]
            embedded = st.embedded[i]
            if not exported and not embedded:
                continue
            name, tagged, opts = _parse_tag(st.field_names[i], tag)
            index = path + [i]
            ft = _indirect(frt)
            if embedded and not tagged and ft.kind == R.STRUCT:
                if visit:
                    queue.append((ft, index, ft not in seen))
                seen.add(ft)
                continue
            if not exported and not (embedded and ft.kind == R.STRUCT):
                continue
            f = Field(name, tagged, index, frt, opts)
            f.id = len(found)
            found.append(f)
    order = sorted(found, key=lambda f: (f.bname, len(f.index), not f.tagged))
    kept = []
    i = 0
    while i < len(order):
        j = i + 1
        while j < len(order) and order[j].bname == order[i].bname:
            j += 1
        a = order[i]
        if j - i == 1 or len(a.index) != len(order[i + 1].index) or a.tagged != order[i + 1].tagged:
            kept.append(a)
        i = j
    kept.sort(key=lambda f: f.id)
    for k, f in enumerate(kept):
        f.id = k
    kept.sort(key=lambda f: f.index)
    return kept
