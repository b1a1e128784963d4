"""Regexp.LiteralPrefix, computed on re_parse's tree as Go computes it on
its compiled program.

Go takes the literal runes every match starts with from the program's first
instructions: through captures and empty matches, case-sensitive runes
only (not U+FFFD), stopping at the first branch, class or assertion; the
prefix is complete when the program's Match follows. A pattern that starts
with \\A (^ without (?m)) is different: if Go can run it as a "one-pass"
program, the prefix is read after the \\A (captures now stop it) and is
complete when only \\z follows; if it cannot, the prefix is empty. Whether a
program is one-pass is decided here by an LL(1)-style check on the tree
(alternatives and loop exits must start with different runes), which is
what Go's analysis of its instructions amounts to; alternations are first
factored by their common literal prefix, as Go's parser does.
"""
from __future__ import annotations

from . import re_classes as C

RUNE_ERROR = 0xFFFD


def literal_prefix(tree):
    seq = list(tree.subs) if tree.kind == 'concat' else [tree]
    if seq and seq[0].kind == 'assert' and seq[0].what == 'bot':
        if _one_pass(tree, seq):
            return _one_pass_prefix(seq[1:])
        return b'', False
    toks = []
    full = _walk(tree, toks)
    runes = []
    for t in toks:
        if t[0] == 'rune':
            runes.append(t[1])
        elif t[0] not in ('nop', 'cap'):
            return _utf8(runes), False
    return _utf8(runes), full


def _utf8(runes):
    return ''.join(map(chr, runes)).encode('utf-8', 'surrogatepass')


# ------------------------------------------------------------------ the instruction path

def _plain(node):
    """The rune of a literal a prefix can hold, or None."""
    if node.kind == 'lit' and not node.fold and node.rune != RUNE_ERROR:
        return node.rune
    return None


def _is_empty(node):
    """Whether node is, or Go simplifies it to, a single empty match: x{0},
    (?:), an alternation of only (?:) (the parser merges them), and a
    star, plus or quest of one of those."""
    k = node.kind
    if k == 'empty':
        return True
    if k == 'alt':
        return all(s.kind == 'empty' for s in node.subs)
    if k == 'repeat':
        if node.op == 'repeat':
            return node.max == 0
        return _is_empty(node.subs[0])
    return False


def _walk(node, out):
    """Append to out the straight-line instructions Go compiles node's start
    to: ('rune', r), ('nop',), ('cap',), or a final ('stop', what) at the
    first branch, class, folded rune or assertion. True when node ends
    without a stop (what follows it continues the line)."""
    k = node.kind
    if _is_empty(node):
        out.append(('nop',))
        return True
    if k == 'lit':
        r = _plain(node)
        out.append(('rune', r) if r is not None else ('stop', 'rune'))
        return r is not None
    if k == 'cap':
        out.append(('cap',))
        if not _walk(node.subs[0], out):
            return False
        out.append(('cap',))
        return True
    if k == 'concat':
        return all(_walk(sub, out) for sub in node.subs)
    if k == 'alt':
        common, rests_empty = _common_prefix(node.subs)
        out.extend(('rune', r) for r in common)
        if common and rests_empty:
            return True
        out.append(('stop', 'alt'))
        return False
    if k == 'repeat':
        # as Go simplifies it: x{n,} is n-1 copies then x+, x{n,m} n copies
        # then nested x?; a loop or option of an empty match is that match
        sub = node.subs[0]
        lo, hi = (node.min, node.max) if node.op == 'repeat' else {
            'star': (0, -1), 'plus': (1, -1), 'quest': (0, 1)}[node.op]
        loops = _is_empty(sub)
        for _ in range(lo if hi >= 0 else lo - 1):
            if not _walk(sub, out):
                return False
        if hi < 0:
            if loops:
                out.append(('nop',))
                return True
            if lo >= 1 and not _walk(sub, out):
                return False
            out.append(('stop', 'alt'))
            return False
        if hi > lo:
            if loops:
                out.append(('nop',))
                return True
            out.append(('stop', 'alt'))
            return False
        return True
    out.append(('stop', node.what if k == 'assert' else k))
    return False


def _leading(node):
    """The alternative's leading literal string (Go's leadingString) and
    whether it is all of the alternative."""
    if node.kind == 'lit':
        r = _plain(node)
        return ([r], True) if r is not None else ([], False)
    if node.kind == 'concat':
        out = []
        for sub in node.subs:
            r = _plain(sub)
            if r is None:
                return out, False
            out.append(r)
        return out, True
    return [], node.kind == 'empty'


def _common_prefix(alts):
    """Go factors the literal prefix shared by all alternatives out of the
    alternation; (that prefix, whether nothing is left after it)."""
    leads = [_leading(a) for a in alts]
    common = leads[0][0]
    for runes, _ in leads[1:]:
        n = 0
        while n < len(common) and n < len(runes) and common[n] == runes[n]:
            n += 1
        common = common[:n]
    rests_empty = all(full and len(runes) == len(common) for runes, full in leads)
    return list(common), rests_empty


# ------------------------------------------------------------------ one-pass programs

def _one_pass_prefix(seq):
    """After the \\A: runes through empty matches (a capture stops them);
    complete when the final \\z comes right after them."""
    toks = []
    stopped_at = len(seq)
    for i, node in enumerate(seq):
        if not _walk(node, toks):
            stopped_at = i
            break
    runes = []
    for t in toks:
        if t[0] == 'rune':
            runes.append(t[1])
        elif t[0] == 'nop' and not runes:
            continue
        else:
            break
    else:
        # the line ran to Match
        return _utf8(runes), not runes
    if not runes:
        return b'', False
    last = toks[len([t for t in toks if t[0] == 'rune']) + _leading_nops(toks):]
    complete = (stopped_at == len(seq) - 1 and seq[-1].kind == 'assert'
                and last and last[0] == ('stop', 'eot') and len(last) == 1)
    return _utf8(runes), complete


def _leading_nops(toks):
    n = 0
    for t in toks:
        if t[0] != 'nop':
            break
        n += 1
    return n


def _has_branch(node):
    if _is_empty(node) or (node.kind == 'repeat' and _is_empty(node.subs[0])):
        return False
    if node.kind == 'alt':
        return True
    if node.kind == 'repeat' and (node.op != 'repeat' or node.min != node.max):
        return True
    return any(_has_branch(s) for s in node.subs)


def _ends(node, what):
    """Whether every path through node ends with the assertion what
    ('eot'), or (what=None) with some assertion other than \\z."""
    k = node.kind
    if k == 'assert':
        return node.what == 'eot' if what == 'eot' else node.what != 'eot'
    if k == 'cap':
        return _ends(node.subs[0], what)
    if k == 'concat':
        return _ends(node.subs[-1], what)
    if k == 'alt':
        return all(_ends(s, what) for s in node.subs) if what == 'eot' else any(
            _ends(s, what) for s in node.subs)
    return False


def _one_pass(tree, seq):
    if _ends(tree, None):
        return False            # an assertion other than \z right before Match
    if _has_branch(tree) and not _ends(tree, 'eot'):
        return False
    return _unambiguous(tree, [])


# rune sets for the check: normalized range lists

def _union(a, b):
    if not a:
        return b
    if not b:
        return a
    return C.normalize(list(a) + list(b))


def _overlap(a, b):
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i][1] < b[j][0]:
            i += 1
        elif b[j][1] < a[i][0]:
            j += 1
        else:
            return True
    return False


_ALL = [(0, C.MAX_RUNE)]
_NOT_NL = [(0, 9), (11, C.MAX_RUNE)]


def _first(node):
    """(runes node can start with, whether it can match empty)."""
    k = node.kind
    if _is_empty(node):
        return [], True
    if k == 'lit':
        return ([(r, r) for r in C.orbit(node.rune)] if node.fold else [(node.rune, node.rune)]), False
    if k == 'class':
        return node.ranges, False
    if k == 'any':
        return (_ALL if node.nl else _NOT_NL), False
    if k in ('assert', 'empty'):
        return [], True
    if k == 'cap':
        return _first(node.subs[0])
    if k == 'concat':
        out = []
        for sub in node.subs:
            f, nullable = _first(sub)
            out = _union(out, f)
            if not nullable:
                return out, False
        return out, True
    if k == 'alt':
        out = []
        nullable = False
        for sub in node.subs:
            f, n = _first(sub)
            out = _union(out, f)
            nullable = nullable or n
        return out, nullable
    f, n = _first(node.subs[0])
    if node.op in ('star', 'quest') or (node.op == 'repeat' and node.min == 0):
        return f, True
    return f, n


def _factored(alts):
    """The alternatives as Go's parser leaves them: a literal prefix shared by
    consecutive alternatives is factored out, then a shared first piece that
    is a class (or a fixed repeat of one), then runs of single-rune
    alternatives become one class, and runs of empty ones one empty."""
    from .re_parse import Node, _concat, _alt
    out = []
    i = 0
    while i < len(alts):
        lead = _leading(alts[i])[0]
        j = i + 1
        common = lead
        while j < len(alts) and lead:
            nxt = _leading(alts[j])[0]
            n = 0
            while n < len(common) and n < len(nxt) and common[n] == nxt[n]:
                n += 1
            if n == 0:
                break
            common = common[:n]
            j += 1
        if j - i > 1:
            rests = [_drop(a, len(common)) for a in alts[i:j]]
            lits = [Node('lit', rune=r, fold=False) for r in common]
            out.append(_concat(lits + [_alt(_factored(rests))]))
        else:
            out.append(alts[i])
        i = j
    # shared first class piece
    merged = []
    for a in out:
        first = _head(a)
        if merged and first is not None and _same(first, _head(merged[-1][-1])):
            merged[-1].append(a)
        else:
            merged.append([a])
    out = []
    for group in merged:
        if len(group) == 1:
            out.append(group[0])
        else:
            head = _head(group[0])
            rests = [_drop_head(a) for a in group]
            out.append(_concat([head, _alt(_factored(rests))]))
    # single runes and classes: one class
    final = []
    for a in out:
        rs = _as_class(a)
        if rs is not None and final and _as_class(final[-1]) is not None:
            final[-1] = Node('class', ranges=_union(_as_class(final[-1]), rs))
        elif a.kind == 'empty' and final and final[-1].kind == 'empty':
            continue          # runs of empty alternatives collapse into one
        else:
            final.append(a)
    return final


def _drop(node, n):
    from .re_parse import Node, _concat
    if n == 0:
        return node
    if node.kind == 'lit':
        return Node('empty')
    return _concat(list(node.subs[n:]))


def _head(node):
    """The first piece of an alternative when it is a class-like piece Go's
    round 2 factors (a class, any char, or a fixed repeat of one)."""
    first = node.subs[0] if node.kind == 'concat' else node
    if _as_class(first) is not None and first.kind != 'lit':
        return first
    if (first.kind == 'repeat' and first.op == 'repeat' and first.min == first.max
            and _as_class(first.subs[0]) is not None):
        return first
    return None


def _same(a, b):
    if a is None or b is None or a.kind != b.kind:
        return False
    if a.kind == 'repeat':
        return a.min == b.min and a.greedy == b.greedy and _same(a.subs[0], b.subs[0]) or (
            a.min == b.min and _as_class(a.subs[0]) == _as_class(b.subs[0]))
    return _as_class(a) == _as_class(b)


def _drop_head(node):
    from .re_parse import Node, _concat
    if node.kind == 'concat':
        return _concat(list(node.subs[1:]))
    return Node('empty')


def _as_class(node):
    if node.kind == 'lit':
        return [(r, r) for r in C.orbit(node.rune)] if node.fold else [(node.rune, node.rune)]
    if node.kind == 'class':
        return node.ranges
    if node.kind == 'any':
        return _ALL if node.nl else _NOT_NL
    return None


def _unambiguous(node, follow):
    """No branch in node has two ways to go on the same next rune, given
    the runes that can follow node."""
    k = node.kind
    if k in ('lit', 'class', 'any', 'assert', 'empty') or _is_empty(node):
        return True
    if k == 'repeat' and _is_empty(node.subs[0]):
        return True
    if k == 'cap':
        return _unambiguous(node.subs[0], follow)
    if k == 'concat':
        subs = node.subs
        for i, sub in enumerate(subs):
            nxt = []
            nullable = True
            for later in subs[i + 1:]:
                f, n = _first(later)
                nxt = _union(nxt, f)
                if not n:
                    nullable = False
                    break
            if nullable:
                nxt = _union(nxt, follow)
            if not _unambiguous(sub, nxt):
                return False
        return True
    if k == 'alt':
        alts = _factored(node.subs)
        seen = []
        nullables = 0
        for a in alts:
            f, n = _first(a)
            if n:
                nullables += 1
                f = _union(f, follow)
            if _overlap(seen, f):
                return False
            seen = _union(seen, f)
        if nullables > 1:
            return False
        return all(_unambiguous(a, follow) for a in alts)
    # repetition
    sub = node.subs[0]
    body, nullable = _first(sub)
    if node.op == 'repeat' and node.min == node.max:
        return _unambiguous(sub, _union(body, follow) if node.min > 1 else follow)
    if nullable or _overlap(body, follow):
        return False
    once = node.op == 'quest' or (node.op == 'repeat' and node.min == 0 and node.max == 1)
    return _unambiguous(sub, follow if once else _union(body, follow))
