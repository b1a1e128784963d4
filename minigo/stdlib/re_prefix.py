"""LiteralPrefix: placeholder, filled in below."""


def literal_prefix(tree):
    return b'', False
