"""Package hash/crc32: table-driven CRC-32 for any (reversed) polynomial.
IEEE goes through zlib.crc32; other tables run a byte loop over the table."""
from __future__ import annotations

import zlib

from . import byteslice

GO_DECLS = '''
package crc32

import "hash"

const Size = 4

const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

type Table [256]uint32

var IEEETable = makeTable(IEEE)

var castagnoliTable *Table

func makeTable(poly uint32) *Table

// MakeTable hands out the package's own tables for IEEE and Castagnoli, as Go does.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = makeTable(Castagnoli)
		}
		return castagnoliTable
	}
	return makeTable(poly)
}

func Update(crc uint32, tab *Table, p []byte) uint32

func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := d.crc
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

func (d *digest) Clone() (hash.Cloner, error) { r := *d; return &r, nil }
'''

IEEE = 0xedb88320
_IEEE_TABLE = None


def makeTable(poly):
    tab = []
    for i in range(256):
        crc = i
        for _ in range(8):
            crc = (crc >> 1) ^ poly if crc & 1 else crc >> 1
        tab.append(crc)
    return tab


def _is_ieee(tab):
    global _IEEE_TABLE
    if _IEEE_TABLE is None:
        _IEEE_TABLE = makeTable(IEEE)
    return tab == _IEEE_TABLE


def Update(crc, tab, p):
    b = byteslice.data(p)
    if not b:
        return crc
    if tab is None:
        from ..runtime.panic import nil_deref
        raise nil_deref()
    if _is_ieee(tab):
        return zlib.crc32(b, crc)
    crc ^= 0xffffffff
    for c in b:
        crc = tab[(crc ^ c) & 0xff] ^ (crc >> 8)
    return crc ^ 0xffffffff
