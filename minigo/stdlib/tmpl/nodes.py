"""The template parse tree. Each node knows its position, the Tree that made
it (for an error's file:line:col and the delimiters it is printed with) and
prints itself as Go's parse package does (`executing "t" at <.X.Y>`,
`unexpected {{end}}`)."""
from __future__ import annotations

from . import lex


class Node:
    __slots__ = ('pos', 'tree')
    kind = ''

    def __init__(self, tree, pos):
        self.tree = tree
        self.pos = pos

    def __str__(self):
        return ''


class ListNode(Node):
    __slots__ = ('nodes',)
    kind = 'list'

    def __init__(self, tree, pos):
        super().__init__(tree, pos)
        self.nodes = []

    def __str__(self):
        return ''.join(str(n) for n in self.nodes)

    def copy(self):
        n = ListNode(self.tree, self.pos)
        n.nodes = [x.copy() for x in self.nodes]
        return n


class TextNode(Node):
    __slots__ = ('text',)       # bytes
    kind = 'text'

    def __init__(self, tree, pos, text):
        super().__init__(tree, pos)
        self.text = text

    def __str__(self):
        return self.text.decode('utf-8', 'surrogateescape')

    def copy(self):
        return TextNode(self.tree, self.pos, self.text)


class CommentNode(Node):
    __slots__ = ('text',)
    kind = 'comment'

    def __init__(self, tree, pos, text):
        super().__init__(tree, pos)
        self.text = text

    def __str__(self):
        return self.tree.left + self.text + self.tree.right

    def copy(self):
        return CommentNode(self.tree, self.pos, self.text)


class PipeNode(Node):
    __slots__ = ('line', 'is_assign', 'decl', 'cmds')
    kind = 'pipe'

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line
        self.is_assign = False
        self.decl = []          # VariableNodes
        self.cmds = []          # CommandNodes

    def __str__(self):
        s = ''
        if self.decl:
            s = ', '.join(str(v) for v in self.decl) + (' = ' if self.is_assign else ' := ')
        return s + ' | '.join(str(c) for c in self.cmds)

    def copy(self):
        n = PipeNode(self.tree, self.pos, self.line)
        n.is_assign = self.is_assign
        n.decl = [v.copy() for v in self.decl]
        n.cmds = [c.copy() for c in self.cmds]
        return n


class ActionNode(Node):
    __slots__ = ('line', 'pipe')
    kind = 'action'

    def __init__(self, tree, pos, line, pipe):
        super().__init__(tree, pos)
        self.line = line
        self.pipe = pipe

    def __str__(self):
        return self.tree.left + str(self.pipe) + self.tree.right

    def copy(self):
        return ActionNode(self.tree, self.pos, self.line, self.pipe.copy())


def _arg_str(a):
    return f'({a})' if isinstance(a, PipeNode) else str(a)


class CommandNode(Node):
    __slots__ = ('args',)
    kind = 'command'

    def __init__(self, tree, pos):
        super().__init__(tree, pos)
        self.args = []

    def __str__(self):
        return ' '.join(_arg_str(a) for a in self.args)

    def copy(self):
        n = CommandNode(self.tree, self.pos)
        n.args = [a.copy() for a in self.args]
        return n


class IdentifierNode(Node):
    __slots__ = ('ident',)
    kind = 'identifier'

    def __init__(self, tree, pos, ident):
        super().__init__(tree, pos)
        self.ident = ident

    def __str__(self):
        return self.ident

    def copy(self):
        return IdentifierNode(self.tree, self.pos, self.ident)


class VariableNode(Node):
    __slots__ = ('ident',)      # the name, then the fields after it
    kind = 'variable'

    def __init__(self, tree, pos, ident):
        super().__init__(tree, pos)
        self.ident = ident.split('.') if isinstance(ident, str) else list(ident)

    def __str__(self):
        return '.'.join(self.ident)

    def copy(self):
        return VariableNode(self.tree, self.pos, self.ident)


class DotNode(Node):
    __slots__ = ()
    kind = 'dot'

    def __str__(self):
        return '.'

    def copy(self):
        return DotNode(self.tree, self.pos)


class NilNode(Node):
    __slots__ = ()
    kind = 'nil'

    def __str__(self):
        return 'nil'

    def copy(self):
        return NilNode(self.tree, self.pos)


class FieldNode(Node):
    __slots__ = ('ident',)
    kind = 'field'

    def __init__(self, tree, pos, ident):
        super().__init__(tree, pos)
        self.ident = ident[1:].split('.') if isinstance(ident, str) else list(ident)

    def __str__(self):
        return ''.join('.' + i for i in self.ident)

    def copy(self):
        return FieldNode(self.tree, self.pos, self.ident)


class ChainNode(Node):
    __slots__ = ('node', 'fields')
    kind = 'chain'

    def __init__(self, tree, pos, node):
        super().__init__(tree, pos)
        self.node = node
        self.fields = []

    def add(self, field):
        self.fields.append(field[1:])

    def __str__(self):
        return _arg_str(self.node) + ''.join('.' + f for f in self.fields)

    def copy(self):
        n = ChainNode(self.tree, self.pos, self.node)
        n.fields = list(self.fields)
        return n


class BoolNode(Node):
    __slots__ = ('true',)
    kind = 'bool'

    def __init__(self, tree, pos, true):
        super().__init__(tree, pos)
        self.true = true

    def __str__(self):
        return 'true' if self.true else 'false'

    def copy(self):
        return BoolNode(self.tree, self.pos, self.true)


class NumberNode(Node):
    """A number constant with every reading of it that is exact."""
    __slots__ = ('text', 'is_int', 'is_uint', 'is_float', 'is_complex', 'int64', 'uint64', 'float64',
                 'complex128')
    kind = 'number'

    def __init__(self, tree, pos, text):
        super().__init__(tree, pos)
        self.text = text
        self.is_int = self.is_uint = self.is_float = self.is_complex = False
        self.int64 = self.uint64 = 0
        self.float64 = 0.0
        self.complex128 = 0j

    def __str__(self):
        return self.text

    def copy(self):
        n = NumberNode(self.tree, self.pos, self.text)
        for k in NumberNode.__slots__[1:]:
            setattr(n, k, getattr(self, k))
        return n


class StringNode(Node):
    __slots__ = ('quoted', 'text')      # text: the unquoted bytes
    kind = 'string'

    def __init__(self, tree, pos, quoted, text):
        super().__init__(tree, pos)
        self.quoted = quoted
        self.text = text

    def __str__(self):
        return self.quoted

    def copy(self):
        return StringNode(self.tree, self.pos, self.quoted, self.text)


class EndNode(Node):
    __slots__ = ()
    kind = 'end'

    def __str__(self):
        return self.tree.left + 'end' + self.tree.right


class ElseNode(Node):
    __slots__ = ('line',)
    kind = 'else'

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line

    def __str__(self):
        return self.tree.left + 'else' + self.tree.right


class BranchNode(Node):
    """if, range and with: a pipeline, a list, and maybe an else list."""
    __slots__ = ('line', 'pipe', 'list', 'else_list')

    def __init__(self, tree, pos, line, pipe, lst, else_list):
        super().__init__(tree, pos)
        self.line = line
        self.pipe = pipe
        self.list = lst
        self.else_list = else_list

    def __str__(self):
        t = self.tree
        s = f'{t.left}{self.kind} {self.pipe}{t.right}{self.list}'
        if self.else_list is not None:
            s += f'{t.left}else{t.right}{self.else_list}'
        return s + f'{t.left}end{t.right}'

    def copy(self):
        return type(self)(self.tree, self.pos, self.line, self.pipe.copy(), self.list.copy(),
                          self.else_list.copy() if self.else_list is not None else None)


class IfNode(BranchNode):
    __slots__ = ()
    kind = 'if'


class RangeNode(BranchNode):
    __slots__ = ()
    kind = 'range'


class WithNode(BranchNode):
    __slots__ = ()
    kind = 'with'


class BreakNode(Node):
    __slots__ = ('line',)
    kind = 'break'

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line

    def __str__(self):
        return self.tree.left + 'break' + self.tree.right

    def copy(self):
        return BreakNode(self.tree, self.pos, self.line)


class ContinueNode(BreakNode):
    __slots__ = ()
    kind = 'continue'

    def __str__(self):
        return self.tree.left + 'continue' + self.tree.right

    def copy(self):
        return ContinueNode(self.tree, self.pos, self.line)


class TemplateNode(Node):
    __slots__ = ('line', 'name', 'pipe')
    kind = 'template'

    def __init__(self, tree, pos, line, name, pipe):
        super().__init__(tree, pos)
        self.line = line
        self.name = name        # str (surrogateescape)
        self.pipe = pipe

    def __str__(self):
        s = self.tree.left + 'template ' + lex.quote(self.name)
        if self.pipe is not None:
            s += ' ' + str(self.pipe)
        return s + self.tree.right

    def copy(self):
        return TemplateNode(self.tree, self.pos, self.line, self.name,
                            self.pipe.copy() if self.pipe is not None else None)


def is_empty_tree(n):
    """Whether a tree holds only space and comments (a later definition may replace it)."""
    if n is None or isinstance(n, CommentNode):
        return True
    if isinstance(n, ListNode):
        return all(is_empty_tree(x) for x in n.nodes)
    if isinstance(n, TextNode):
        return not n.text.decode('utf-8', 'surrogateescape').strip(GO_SPACES)
    return False


# unicode.IsSpace
GO_SPACES = '\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008' \
            '\u2009\u200a\u2028\u2029\u202f\u205f\u3000'
