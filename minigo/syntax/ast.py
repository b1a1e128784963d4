"""The Go syntax tree: small node classes named after the spec's productions.

Shaped after golang/go src/go/ast: types are expressions (an `Ident` may name a
type or a value, an `IndexExpr` may be a generic instantiation, a `StarExpr` a
pointer type or a dereference), and the checker decides which. Every node has a
`pos` (line, column) where column counts characters; `errors.Source` turns it
into Go's byte column when a message is printed. Nodes carry no type or runtime
fields: the checker keeps its results in side tables keyed by node.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Optional

Pos = tuple  # (line, column), both 1-based; column in characters


class Node:
    __slots__ = ()

    def children(self):
        names = _CHILD_FIELDS.get(type(self))
        if names is None:      # once per class: dataclasses.fields is slow in tree walks
            names = _CHILD_FIELDS[type(self)] = tuple(
                f.name for f in fields(self) if f.name != 'pos' and not f.name.endswith('_pos'))
        for name in names:
            yield name, getattr(self, name)


_CHILD_FIELDS = {}     # node class -> the names of its fields that hold children


def node(cls):
    return dataclass(eq=False, repr=False, slots=True)(cls)


# ------------------------------------------------------------------ expressions

class Expr(Node):
    __slots__ = ()


@node
class BadExpr(Expr):
    pos: Pos


@node
class Ident(Expr):
    pos: Pos
    name: str


@node
class BasicLit(Expr):
    pos: Pos
    kind: str          # 'INT', 'FLOAT', 'IMAG', 'CHAR', 'STRING'
    value: str         # source text
    # The decoded value: int, float/Fraction, complex, int (rune), bytes.
    val: Any = None


@node
class Ellipsis(Expr):
    """`...T` in a variadic parameter list, or `[...]` as an array length (elt None).
    misplaced: the parser has reported a `...T` where it may not stand."""
    pos: Pos
    elt: Optional[Expr] = None
    misplaced: bool = False


@node
class FuncLit(Expr):
    pos: Pos
    type: 'FuncType'
    body: 'BlockStmt'


@node
class CompositeLit(Expr):
    pos: Pos
    type: Optional[Expr]       # None for an elided inner literal
    elts: list
    lbrace: Pos
    rbrace: Pos


@node
class ParenExpr(Expr):
    pos: Pos
    x: Expr


@node
class SelectorExpr(Expr):
    pos: Pos
    x: Expr
    sel: Ident


@node
class IndexExpr(Expr):
    """x[i], or x[T1, T2] (a generic instantiation; several indices)."""
    pos: Pos
    x: Expr
    indices: list
    lbrack: Pos


@node
class SliceExpr(Expr):
    pos: Pos
    x: Expr
    low: Optional[Expr]
    high: Optional[Expr]
    max: Optional[Expr]
    slice3: bool
    lbrack: Pos


@node
class TypeAssertExpr(Expr):
    """x.(T); type is None for x.(type) in a type switch."""
    pos: Pos
    x: Expr
    type: Optional[Expr]
    lparen: Pos


@node
class CallExpr(Expr):
    pos: Pos
    fun: Expr
    args: list
    ellipsis: Optional[Pos]    # position of `...` in f(s...)
    lparen: Pos
    rparen: Pos


@node
class StarExpr(Expr):
    pos: Pos
    x: Expr


@node
class UnaryExpr(Expr):
    pos: Pos
    op: str
    x: Expr


@node
class BinaryExpr(Expr):
    pos: Pos           # position of the left operand
    op: str
    x: Expr
    y: Expr
    op_pos: Pos


@node
class KeyValueExpr(Expr):
    pos: Pos
    key: Expr
    value: Expr
    colon: Pos


# ------------------------------------------------------------------ types

@node
class ArrayType(Expr):
    """[N]T, [...]T (len is Ellipsis) or []T (len None)."""
    pos: Pos
    len: Optional[Expr]
    elt: Expr


@node
class Field(Node):
    pos: Pos
    names: list                # of Ident; empty for anonymous/embedded
    type: Expr
    tag: Optional[BasicLit] = None


@node
class StructType(Expr):
    pos: Pos
    fields: list               # of Field


@node
class FuncType(Expr):
    pos: Pos
    type_params: Optional[list]    # of Field
    params: list                   # of Field
    results: list                  # of Field


@node
class InterfaceType(Expr):
    """methods: Field with one name and a FuncType; embeds: type expressions
    (a constraint union is a BinaryExpr with op '|', `~T` a UnaryExpr with op '~')."""
    pos: Pos
    methods: list
    embeds: list


@node
class MapType(Expr):
    pos: Pos
    key: Expr
    value: Expr


SEND, RECV, BOTH = 1, 2, 3


@node
class ChanType(Expr):
    pos: Pos
    dir: int                   # SEND, RECV or BOTH
    value: Expr
    arrow: Optional[Pos] = None


# ------------------------------------------------------------------ statements

class Stmt(Node):
    __slots__ = ()


@node
class BadStmt(Stmt):
    pos: Pos


@node
class DeclStmt(Stmt):
    pos: Pos
    decl: 'GenDecl'


@node
class EmptyStmt(Stmt):
    pos: Pos


@node
class LabeledStmt(Stmt):
    pos: Pos
    label: Ident
    stmt: Stmt


@node
class ExprStmt(Stmt):
    pos: Pos
    x: Expr


@node
class SendStmt(Stmt):
    pos: Pos
    chan: Expr
    value: Expr
    arrow: Pos


@node
class IncDecStmt(Stmt):
    pos: Pos
    x: Expr
    tok: str                   # '++' or '--'
    tok_pos: Pos


@node
class AssignStmt(Stmt):
    pos: Pos
    lhs: list
    tok: str                   # '=', ':=', '+=', ...
    rhs: list
    tok_pos: Pos


@node
class GoStmt(Stmt):
    pos: Pos
    call: Expr


@node
class DeferStmt(Stmt):
    pos: Pos
    call: Expr


@node
class ReturnStmt(Stmt):
    pos: Pos
    results: list


@node
class BranchStmt(Stmt):
    pos: Pos
    tok: str                   # break, continue, goto, fallthrough
    label: Optional[Ident]


@node
class BlockStmt(Stmt):
    pos: Pos
    stmts: list
    rbrace: Pos


@node
class IfStmt(Stmt):
    pos: Pos
    init: Optional[Stmt]
    cond: Expr
    body: BlockStmt
    else_: Optional[Stmt]


@node
class CaseClause(Stmt):
    pos: Pos
    list: Optional[list]       # None for default
    body: list
    colon: Pos


@node
class SwitchStmt(Stmt):
    pos: Pos
    init: Optional[Stmt]
    tag: Optional[Expr]
    body: list                 # of CaseClause
    lbrace: Pos
    rbrace: Pos


@node
class TypeSwitchStmt(Stmt):
    pos: Pos
    init: Optional[Stmt]
    assign: Stmt               # ExprStmt(x.(type)) or AssignStmt(v := x.(type))
    body: list                 # of CaseClause
    lbrace: Pos
    rbrace: Pos


@node
class CommClause(Stmt):
    pos: Pos
    comm: Optional[Stmt]       # SendStmt, ExprStmt(<-c) or AssignStmt(v[, ok] = / := <-c); None: default
    body: list
    colon: Pos


@node
class SelectStmt(Stmt):
    pos: Pos
    body: list                 # of CommClause
    rbrace: Pos


@node
class ForStmt(Stmt):
    pos: Pos
    init: Optional[Stmt]
    cond: Optional[Expr]
    post: Optional[Stmt]
    body: BlockStmt


@node
class RangeStmt(Stmt):
    pos: Pos
    key: Optional[Expr]
    value: Optional[Expr]
    tok: Optional[str]         # ':=' or '=' or None
    x: Expr
    body: BlockStmt
    range_pos: Pos


# ------------------------------------------------------------------ declarations

@node
class ImportSpec(Node):
    pos: Pos
    name: Optional[Ident]
    path: BasicLit


@node
class ValueSpec(Node):
    pos: Pos
    names: list
    type: Optional[Expr]
    values: list
    iota: int = 0
    # For const specs that repeat the previous spec's expressions implicitly.
    implicit: bool = False


@node
class TypeSpec(Node):
    pos: Pos
    name: Ident
    type_params: Optional[list]    # of Field
    assign: bool                   # alias declaration
    type: Expr


@node
class GenDecl(Node):
    pos: Pos
    tok: str                   # 'import', 'const', 'type', 'var'
    specs: list
    lparen: Optional[Pos] = None


@node
class FuncDecl(Node):
    pos: Pos
    recv: Optional[list]       # of Field
    name: Ident
    type: FuncType
    body: Optional[BlockStmt]


@node
class File(Node):
    pos: Pos
    package: Ident
    imports: list              # of ImportSpec
    decls: list                # of GenDecl / FuncDecl
    # Scanner errors that do not stop gc before type checking (a malformed
    # literal, an invalid character): an ErrorList the checker continues, or None.
    errors: Any = None


def dump(n, indent=0, out=None):
    """Render a tree as indented text (`minigo parse`). An explicit work stack
    rather than recursion, so a tree of any depth prints."""
    lines = [] if out is None else out
    work = [(n, indent)]          # items still to print, the next one last;
    while work:                   # a str is a line ready to go out
        n, indent = work.pop()
        if isinstance(n, str) and indent is None:
            lines.append(n)
            continue
        pad = '  ' * indent
        if isinstance(n, Node):
            head = f'{pad}{type(n).__name__}'
            extra = []
            kids = list(n.children())
            for name, v in kids:
                if isinstance(v, (str, int, bool)) or v is None:
                    if name not in ('val',) and v is not None and v is not False:
                        extra.append(f'{name}={v!r}')
            pos = getattr(n, 'pos', None)
            head += f' @{pos[0]}:{pos[1]}' if pos else ''
            if extra:
                head += ' ' + ' '.join(extra)
            lines.append(head)
            todo = []
            for name, v in kids:
                if isinstance(v, Node):
                    todo.append((f'{pad}  .{name}:', None))
                    todo.append((v, indent + 2))
                elif isinstance(v, list) and v:
                    todo.append((f'{pad}  .{name}: [{len(v)}]', None))
                    todo.extend((item, indent + 2) for item in v)
            work.extend(reversed(todo))
        elif isinstance(n, list):
            work.extend((item, indent) for item in reversed(n))
        else:
            lines.append(f'{pad}{n!r}')
    return lines


def clone(n):
    """A deep copy of a node, a list of nodes, or None: new nodes and lists,
    leaves (positions, names, constant values) shared. Iterative, so any depth
    is fine; a node reached twice is copied once, as copy.deepcopy would."""
    memo = {}
    root = [n]
    work = [(root, 0, n)]         # (container, key, original): set container[key] to the copy
    while work:
        box, key, v = work.pop()
        if isinstance(v, Node):
            c = memo.get(id(v))
            if c is None:
                cls = type(v)
                c = cls.__new__(cls)
                memo[id(v)] = c
                for f in _field_names(cls):
                    x = getattr(v, f)
                    setattr(c, f, x)
                    if isinstance(x, (Node, list)):
                        work.append((c, f, x))
        elif isinstance(v, list):
            c = memo.get(id(v))
            if c is None:
                c = list(v)
                memo[id(v)] = c
                for i, x in enumerate(v):
                    if isinstance(x, (Node, list)):
                        work.append((c, i, x))
        else:
            continue
        if isinstance(box, list):
            box[key] = c
        else:
            setattr(box, key, c)
    return root[0]


_FIELDS = {}


def _field_names(cls):
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


_POS_FIELDS = {}


def _pos_fields(cls):
    names = _POS_FIELDS.get(cls)
    if names is None:
        names = _POS_FIELDS[cls] = tuple(f.name for f in fields(cls) if 'Pos' in str(f.type))
    return names


def shift_lines(tree, base):
    """Add base to the line of every position in tree (and in the scanner
    errors it carries): how a file joins a FileSet (errors.FileSet). An
    explicit stack, as in clone: any depth is fine."""
    if not base:
        return tree
    work = [tree]
    seen = set()          # a node reached twice (an ImportSpec: File.imports and its GenDecl) moves once
    while work:
        v = work.pop()
        if isinstance(v, Node):
            if id(v) in seen:
                continue
            seen.add(id(v))
            cls = type(v)
            for f in _pos_fields(cls):
                p = getattr(v, f)
                if p is not None:
                    setattr(v, f, (p[0] + base, p[1]))
            for f in _field_names(cls):
                x = getattr(v, f)
                if isinstance(x, (Node, list)):
                    work.append(x)
                elif f == 'val' and getattr(x, 'pos', None) is not None and hasattr(x, 'msg'):
                    x.pos = (x.pos[0] + base, x.pos[1])     # a malformed literal's literals.Bad
        elif isinstance(v, list):
            work.extend(x for x in v if isinstance(x, (Node, list)))
    errs = getattr(tree, 'errors', None)
    if errs:
        for e in errs.errors:
            if e.pos is not None:
                e.pos = (e.pos[0] + base, e.pos[1])
    return tree


def child_nodes(n):
    """The nodes directly below n, those in list fields included."""
    for _, child in n.children():
        if isinstance(child, Node):
            yield child
        elif isinstance(child, list):
            for c in child:
                if isinstance(c, Node):
                    yield c


def unparen(e):
    """e without the parentheses around it."""
    while isinstance(e, ParenExpr):
        e = e.x
    return e
