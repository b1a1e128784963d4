"""Command-line flags, read the way Go's flag package reads them.

Each subcommand declares its flags as a table of `Flag` rows; `parse` takes
the flags off the front of the arguments and returns their values and the
arguments left (the file and the program's own arguments). As in Go: `-name`
and `--name` are the same flag; a value follows as `-name=v` or as the next
argument (a bool flag takes only `-name=v`); parsing stops at the first
argument that is not a flag, at `-`, and after `--`. Integers are read as
strconv.ParseInt(s, 0, 64) reads them (0x1f, 0o17, 017, 1_000), floats as
ParseFloat, bools as ParseBool. A mistake is a `FlagError` worded as the
flag package words it (`invalid value "x" for flag -seed: parse error`,
`flag provided but not defined: -x`, `flag needs an argument: -seed`); `-h`,
`-help` and `--help`, when not flags of their own, raise `Help`. `usage`
lists the flags for a usage text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

PARSE_ERROR = 'parse error'
RANGE_ERROR = 'value out of range'


class Help(Exception):
    """-h, -help or --help: the usage was asked for."""


class FlagError(Exception):
    """A bad flag or value, in the flag package's words."""


@dataclass(frozen=True)
class Flag:
    name: str                      # Go's spelling in messages is -name
    kind: str                      # 'bool', 'int', 'float' or 'string'
    help: str
    default: object = None
    metavar: str = ''              # the value's placeholder in the usage text
    aliases: tuple = ()
    dash: str = '--'               # how the usage text spells it (-race, --seed)
    check: object = field(default=None, compare=False)   # value -> error text or None


# ------------------------------------------------------------------ values

_INT_PREFIX = {'0x': 16, '0o': 8, '0b': 2}
_DIGITS = {16: '0123456789abcdef', 10: '0123456789', 8: '01234567', 2: '01'}


def parse_int(s):
    """strconv.ParseInt(s, 0, 64): the value, or raise ValueError(PARSE_ERROR
    or RANGE_ERROR)."""
    body = s[1:] if s[:1] in '+-' else s
    base, digits, prefixed = 10, body, False
    if body[:2].lower() in _INT_PREFIX:
        base, digits, prefixed = _INT_PREFIX[body[:2].lower()], body[2:], True
    elif body[:1] == '0' and len(body) > 1:
        base, digits, prefixed = 8, body[1:], True
    if not _underscores_ok(digits, prefixed):
        raise ValueError(PARSE_ERROR)
    digits = digits.replace('_', '')
    if not digits or any(c not in _DIGITS[base] for c in digits.lower()):
        raise ValueError(PARSE_ERROR)
    v = int(digits, base)
    v = -v if s[:1] == '-' else v
    if not -(1 << 63) <= v < (1 << 63):
        raise ValueError(RANGE_ERROR)
    return v


def _underscores_ok(digits, prefixed):
    """Go's rule: an underscore only between digits, or after a base prefix."""
    if '_' not in digits:
        return True
    if digits.endswith('_') or '__' in digits:
        return False
    return prefixed or not digits.startswith('_')


_DECIMAL = re.compile(r'(?=\.?\d)(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d(_?\d)*)?')
_HEX_FLOAT = re.compile(r'0[xX](?=\.?[0-9a-fA-F])[0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?\d+')


def parse_float(s):
    """strconv.ParseFloat(s, 64), or raise ValueError(PARSE_ERROR)."""
    t = s[1:] if s[:1] in '+-' else s
    if t.lower() in ('inf', 'infinity', 'nan'):
        return float(s)
    if _DECIMAL.fullmatch(t):
        return float(s)
    if _HEX_FLOAT.fullmatch(t) and '__' not in t:
        return float.fromhex(s.replace('_', ''))
    raise ValueError(PARSE_ERROR)


_BOOLS = {'1': True, 't': True, 'T': True, 'TRUE': True, 'true': True, 'True': True,
          '0': False, 'f': False, 'F': False, 'FALSE': False, 'false': False, 'False': False}


def parse_bool(s):
    """strconv.ParseBool(s), or raise ValueError(PARSE_ERROR)."""
    if s not in _BOOLS:
        raise ValueError(PARSE_ERROR)
    return _BOOLS[s]


_READERS = {'int': parse_int, 'float': parse_float, 'bool': parse_bool, 'string': str}


# ------------------------------------------------------------------ parsing

def parse(flags, args):
    """({flag name: value} with every flag's default, the arguments after
    the flags). Raises FlagError or Help."""
    values = {f.name: f.default for f in flags}
    rest, _ = _parse_into(flags, list(args), values)
    return values, rest


def parse_interspersed(flags, args):
    """parse, for a command whose arguments are all files: flags may also
    come after a file (`minigo trace T.json -o T.html`); after `--` none."""
    values = {f.name: f.default for f in flags}
    files = []
    rest = list(args)
    while rest:
        rest, ended = _parse_into(flags, rest, values)
        if ended:
            files.extend(rest)
            break
        if rest:
            files.append(rest.pop(0))
    return values, files


def _parse_into(flags, args, values):
    """Take the flags off the front of args into values; returns (the
    arguments left, whether a `--` ended the flags)."""
    by_name = {n: f for f in flags for n in (f.name,) + f.aliases}
    while args:
        s = args[0]
        if len(s) < 2 or s[0] != '-':
            break
        if s == '--':
            return args[1:], True
        name = s[2:] if s[1] == '-' else s[1:]
        if not name or name[0] in '-=':
            raise FlagError(f'bad flag syntax: {s}')
        args.pop(0)
        name, eq, value = name.partition('=')
        f = by_name.get(name)
        if f is None:
            if name in ('h', 'help'):
                raise Help()
            raise FlagError(f'flag provided but not defined: -{name}')
        if f.kind == 'bool':
            if eq:
                try:
                    values[f.name] = parse_bool(value)
                except ValueError as e:
                    raise FlagError(f'invalid boolean value {_q(value)} for -{name}: {e}') from None
            else:
                values[f.name] = True
            continue
        if not eq:
            if not args:
                raise FlagError(f'flag needs an argument: -{name}')
            value = args.pop(0)
        try:
            v = _READERS[f.kind](value)
        except ValueError as e:
            raise FlagError(f'invalid value {_q(value)} for flag -{name}: {e}') from None
        bad = f.check(v) if f.check is not None else None
        if bad:
            raise FlagError(f'invalid value {_q(value)} for flag -{name}: {bad}')
        values[f.name] = v
    return args, False


def _q(s):
    """%q of a command-line argument (its bytes, as Go sees them)."""
    from .text.gostr import quote
    return quote(s.encode('utf-8', 'surrogateescape'))


def usage(flags, width=22):
    """The flags' lines of a usage text: spellings, value placeholder, help."""
    out = []
    for f in flags:
        names = [f'{f.dash}{f.name}'] + [f'{"-" if len(a) == 1 else "--"}{a}' for a in f.aliases]
        spelled = ', '.join(names) + (f' {f.metavar}' if f.metavar else '')
        lines = f.help.split('\n')
        if len(spelled) < width - 1:
            out.append(f'  {spelled.ljust(width)}{lines[0]}')
        else:
            out.append(f'  {spelled}')
            out.append(f'  {"":{width}}{lines[0]}')
        out.extend(f'  {"":{width}}{ln}' for ln in lines[1:])
    return '\n'.join(out) + '\n'
