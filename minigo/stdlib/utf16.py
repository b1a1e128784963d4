"""Package unicode/utf16, written in Go: surrogate pairs both ways. Invalid
input (a lone surrogate, a rune out of range) becomes U+FFFD, as in Go."""

GO_DECLS = '''
package utf16

const (
	replacement = '\\uFFFD'
	lastRune    = '\\U0010FFFF'
	highStart   = 0xd800 // first high (leading) surrogate
	lowStart    = 0xdc00 // first low (trailing) surrogate
	surrEnd     = 0xe000 // one past the last surrogate
	pairBase    = 0x10000
)

func IsSurrogate(r rune) bool { return highStart <= r && r < surrEnd }

func DecodeRune(r1, r2 rune) rune {
	if r1 >= highStart && r1 < lowStart && r2 >= lowStart && r2 < surrEnd {
		return pairBase + (r1-highStart)<<10 | (r2 - lowStart)
	}
	return replacement
}

func EncodeRune(r rune) (r1, r2 rune) {
	if r < pairBase || r > lastRune {
		return replacement, replacement
	}
	v := r - pairBase
	return highStart + (v>>10)&0x3ff, lowStart + v&0x3ff
}

func RuneLen(r rune) int {
	if (r >= 0 && r < highStart) || (r >= surrEnd && r < pairBase) {
		return 1
	}
	if r >= pairBase && r <= lastRune {
		return 2
	}
	return -1
}

func Encode(s []rune) []uint16 {
	size := len(s)
	for _, r := range s {
		if r >= pairBase {
			size++
		}
	}
	out := make([]uint16, size)
	k := 0
	for _, r := range s {
		switch RuneLen(r) {
		case 1:
			out[k] = uint16(r)
			k++
		case 2:
			hi, lo := EncodeRune(r)
			out[k], out[k+1] = uint16(hi), uint16(lo)
			k += 2
		default:
			out[k] = replacement
			k++
		}
	}
	return out[:k]
}

func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		hi, lo := EncodeRune(r)
		return append(a, uint16(hi), uint16(lo))
	}
	return append(a, replacement)
}

// Decode starts from a 64-rune buffer, as Go's does (it shows in cap).
func Decode(s []uint16) []rune {
	out := make([]rune, 0, 64)
	for i := 0; i < len(s); i++ {
		u := rune(s[i])
		switch {
		case u < highStart || u >= surrEnd:
			out = append(out, u)
		case u < lowStart && i+1 < len(s) && s[i+1] >= lowStart && s[i+1] < surrEnd:
			out = append(out, DecodeRune(u, rune(s[i+1])))
			i++
		default:
			out = append(out, replacement)
		}
	}
	return out
}
'''
