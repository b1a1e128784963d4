"""Literal decoding: Go's number forms, rune and string escapes, and the
scanner's error wording (cmd/compile/internal/syntax/scanner.go)."""
from fractions import Fraction

import pytest

from minigo.syntax import literals
from minigo.syntax.literals import LiteralError


@pytest.mark.parametrize('text, kind, value', [
    ('0', 'INT', 0), ('42', 'INT', 42), ('1_000_000', 'INT', 1000000),
    ('0x1F', 'INT', 31), ('0X_ff', 'INT', 255), ('0b1010', 'INT', 10), ('0o17', 'INT', 15),
    ('017', 'INT', 15), ('0_17', 'INT', 15),
    ('1.5', 'FLOAT', Fraction(3, 2)), ('.25', 'FLOAT', Fraction(1, 4)), ('1e3', 'FLOAT', 1000),
    ('6.02e23', 'FLOAT', Fraction(602) * 10 ** 21), ('1.', 'FLOAT', 1), ('1E-2', 'FLOAT', Fraction(1, 100)),
    ('0x1p-2', 'FLOAT', Fraction(1, 4)), ('0x1.8p1', 'FLOAT', 3), ('0X.8p0', 'FLOAT', Fraction(1, 2)),
    ('3i', 'IMAG', 3), ('1.5i', 'IMAG', Fraction(3, 2)), ('0123i', 'IMAG', 123), ('0x10i', 'IMAG', 16),
])
def test_numbers(text, kind, value):
    assert literals.number(text) == (kind, value)


@pytest.mark.parametrize('text, msg, offset', [
    ('09', "invalid digit '9' in octal literal", 1),
    ('0b102', "invalid digit '2' in binary literal", 4),
    ('0x', 'hexadecimal literal has no digits', 2),
    ('1e', 'exponent has no digits', 2),
    ('1__0', "'_' must separate successive digits", 2),
    ('1_', "'_' must separate successive digits", 1),
    ('0x1.8', "hexadecimal mantissa requires a 'p' exponent", 5),
    ('0b1.0', 'invalid radix point in binary literal', 3),
    ('0b1e1', "'e' exponent requires decimal mantissa", 3),
    ('1p2', "'p' exponent requires hexadecimal mantissa", 1),
])
def test_number_errors(text, msg, offset):
    with pytest.raises(LiteralError) as e:
        literals.number(text)
    assert (e.value.msg, e.value.offset) == (msg, offset)


@pytest.mark.parametrize('text, value', [
    ("'a'", 97), ("'é'", 0xE9), ("'\\n'", 10), ("'\\''", 39), ("'\\x41'", 0x41),
    ("'\\101'", 65), ("'\\u00e9'", 0xE9), ("'\\U0001F600'", 0x1F600), ("'\\\\'", 92),
])
def test_runes(text, value):
    assert literals.rune(text) == value


@pytest.mark.parametrize('text, msg', [
    ("''", "empty rune literal or unescaped '"),
    ("'ab'", 'more than one character in rune literal'),
    ("'\\q'", 'unknown escape'),
    ("'\\400'", 'octal escape value 256 > 255'),
    ("'\\uD800'", 'escape is invalid Unicode code point U+D800'),
])
def test_rune_errors(text, msg):
    with pytest.raises(LiteralError) as e:
        literals.rune(text)
    assert e.value.msg == msg


@pytest.mark.parametrize('text, value', [
    ('"hi"', b'hi'), ('"h\\u00e9"', 'hé'.encode()), ('"\\xff\\x00"', b'\xff\x00'),
    ('"\\377"', b'\xff'), ('"\\"q\\""', b'"q"'), ('"日本"', '日本'.encode()),
    ('`raw\\n`', b'raw\\n'), ('`a\r\nb`', b'a\nb'),
])
def test_strings(text, value):
    assert literals.string(text) == value
