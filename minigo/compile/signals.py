"""Control signals returned by compiled statements (see compiler.py)."""


class Signal:
    __slots__ = ('name', 'label')

    def __init__(self, name, label=None):
        self.name = name
        self.label = label

    def __repr__(self):
        return f'<{self.name} {self.label or ""}>'


BREAK = Signal('break')
CONTINUE = Signal('continue')
RETURN = Signal('return')
FALLTHROUGH = Signal('fallthrough')


class Goto:
    """goto L: unwinds to the block that holds label L."""
    __slots__ = ('label',)

    def __init__(self, label):
        self.label = label
