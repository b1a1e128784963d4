"""Per-function compilation state: where each variable lives.

Every Go function invocation gets a Python list `fr`; each local variable gets
a slot in it, resolved here once (starlark-go resolve/resolve.go). A variable
that a func literal captures, or whose address is taken, lives in a box (a
one-element list) in its slot, so the closure and the pointer share it; arrays
and structs are lists already and are never boxed. A func literal's frame
starts with the boxes (or lists) it captured, copied in at each call.

Because a boxed variable is a fresh box each time its declaration runs, Go
1.22's per-iteration loop variables come for free; a 3-clause for loop makes
the fresh box explicitly before its post statement, as the spec describes.
"""
from __future__ import annotations

from .. import types as T
from ..syntax import ast as A


def is_aggregate(t):
    return isinstance(t.underlying(), (T.Struct, T.Array)) and not isinstance(T.unalias(t), T.TypeParam)


class FuncCtx:
    def __init__(self, compiler, parent, sig, boxed, subst=None):
        self.compiler = compiler
        self.parent = parent
        self.sig = sig
        self.slots = {}          # Var -> slot
        self.boxed = boxed       # set of Vars that live in boxes (shared across nested funcs)
        self.nslots = 0
        self.captures = []       # outer Vars captured, in slot order (slots 0..k-1)
        self.has_defer = False
        self.has_recover = False
        self.defer_slot = None
        self.ret_line_slot = None  # with defers: the line of the return statement that ran
        self.end_line = 0          # the line of the body's closing brace
        self.decl_line = 0         # the line of the function's `func`
        self.decl_path = None      # the file it is declared in (None: the compiler's src_path)
        self.ret_slot = None
        self.result_vars = []
        self.named_results = False
        self.labels = {}
        self.subst = subst if subst is not None else (parent.subst if parent else {})
        self.recv_slot = None
        self.self_slot_idx = None
        self.hoisted = None      # id(expr node) -> slot holding its value (compile/order.py)
        self.body = None         # the function body (set by build_function)
        self._stack_sites = None
        self.go_name = ''        # the function as Go's runtime names it: main.main.func1, main.(*T).M
        self.lit_count = 0       # function literals numbered so far inside this function
        self._wrapper_names = None   # id(go/defer stmt) -> its gowrap/deferwrap name (gowrap.py)

    def stack_sites(self):
        """{id(append call): K} of appends that may use gc's stack buffer (compile/stackappend.py)."""
        if self._stack_sites is None:
            from .stackappend import stack_append_sites
            comp = self.compiler
            self._stack_sites = stack_append_sites(comp.info, self.body, comp.sub) if self.body is not None else {}
        return self._stack_sites

    def self_slot(self):
        """A frame slot holding the function's own callable (recover needs it)."""
        if self.self_slot_idx is None:
            self.self_slot_idx = self.new_slot()
        return self.self_slot_idx

    def new_slot(self):
        s = self.nslots
        self.nslots += 1
        return s

    def declare(self, v):
        s = self.new_slot()
        self.slots[v] = s
        return s

    def lookup(self, v):
        """Slot of v in this frame, capturing it from an enclosing function if needed."""
        s = self.slots.get(v)
        if s is not None:
            return s
        if self.parent is not None and self.parent.has_var(v):
            s = self.new_slot()
            self.slots[v] = s
            self.captures.append(v)
            return s
        return None

    def has_var(self, v):
        if v in self.slots:
            return True
        return self.parent is not None and self.parent.has_var(v)

    def is_boxed(self, v):
        return v in self.boxed


def analyze_escapes(info, body_node, params):
    """Vars (of this function and its nested func literals) that need boxes:
    captured by a nested func literal, or address taken."""
    boxed = set()
    level_of = {}
    for v in params:
        level_of[v] = 0

    def note_def(ident, level):
        obj = info.defs.get(ident)
        if isinstance(obj, T.Var):
            level_of[obj] = level

    def visit(n, level):
        t = type(n)
        if t is A.Ident:
            obj = info.uses.get(n)
            if obj is None:
                obj = info.defs.get(n)
                if isinstance(obj, T.Var) and obj not in level_of:
                    level_of[obj] = level
                return
            if isinstance(obj, T.Var) and obj.kind != T.FIELD and obj.kind != T.PKGVAR:
                lv = level_of.get(obj)
                if lv is not None and lv < level and not is_aggregate(obj.type):
                    boxed.add(obj)
            return
        if t is A.FuncLit:
            for f in n.type.params + n.type.results:
                for nm in f.names:
                    note_def(nm, level + 1)
            visit(n.body, level + 1)
            return
        if t is A.UnaryExpr and n.op == '&':
            target = n.x
            while isinstance(target, A.ParenExpr):
                target = target.x
            if isinstance(target, A.Ident):
                obj = info.uses.get(target)
                if isinstance(obj, T.Var) and obj.kind != T.PKGVAR and not is_aggregate(obj.type):
                    boxed.add(obj)
        if t is A.SelectorExpr:
            sel = info.selections.get(n)
            if sel is not None and isinstance(sel.obj, T.Func) and sel.obj.ptr_recv:
                recv = n.x
                while isinstance(recv, A.ParenExpr):
                    recv = recv.x
                if isinstance(recv, A.Ident) and not isinstance(T.unalias(sel.recv).underlying(), T.Pointer) \
                        and not isinstance(T.unalias(sel.recv), T.Pointer):
                    obj = info.uses.get(recv)
                    if isinstance(obj, T.Var) and obj.kind != T.PKGVAR and not is_aggregate(obj.type):
                        boxed.add(obj)
        if t is A.CaseClause:
            v = info.implicits.get(n)
            if v is not None:
                level_of[v] = level
        for _, child in n.children():
            if isinstance(child, A.Node):
                visit(child, level)
            elif isinstance(child, list):
                for c in child:
                    if isinstance(c, A.Node):
                        visit(c, level)

    visit(body_node, 0)
    return boxed
