"""Package image/color, written in Go: the RGBA, NRGBA, Alpha and Gray color
types (8 and 16 bits a channel), the Color and Model interfaces, the standard
models and Palette.

Every color answers RGBA() with alpha-premultiplied 16-bit channels; an 8-bit
channel v widens to v*0x101, and non-premultiplied colors scale by alpha with
integer division, so conversions truncate exactly as Go's do. The Y'CbCr and
CMYK colors are not provided.
"""

GO_DECLS = '''
package color

type Color interface {
	RGBA() (r, g, b, a uint32)
}

type Model interface {
	Convert(c Color) Color
}

// widen turns an 8-bit channel into a 16-bit one (0xab -> 0xabab).
func widen(v uint8) uint32 { return uint32(v) * 0x101 }

// premul scales a 16-bit channel by a 16-bit alpha.
func premul(v, a uint32) uint32 { return v * a / 0xffff }

type RGBA struct {
	R, G, B, A uint8
}

func (c RGBA) RGBA() (r, g, b, a uint32) {
	return widen(c.R), widen(c.G), widen(c.B), widen(c.A)
}

type RGBA64 struct {
	R, G, B, A uint16
}

func (c RGBA64) RGBA() (r, g, b, a uint32) {
	return uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
}

type NRGBA struct {
	R, G, B, A uint8
}

func (c NRGBA) RGBA() (r, g, b, a uint32) {
	a = widen(c.A)
	return premul(widen(c.R), a), premul(widen(c.G), a), premul(widen(c.B), a), a
}

type NRGBA64 struct {
	R, G, B, A uint16
}

func (c NRGBA64) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return premul(uint32(c.R), a), premul(uint32(c.G), a), premul(uint32(c.B), a), a
}

type Alpha struct {
	A uint8
}

func (c Alpha) RGBA() (r, g, b, a uint32) {
	a = widen(c.A)
	return a, a, a, a
}

type Alpha16 struct {
	A uint16
}

func (c Alpha16) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return a, a, a, a
}

type Gray struct {
	Y uint8
}

func (c Gray) RGBA() (r, g, b, a uint32) {
	y := widen(c.Y)
	return y, y, y, 0xffff
}

type Gray16 struct {
	Y uint16
}

func (c Gray16) RGBA() (r, g, b, a uint32) {
	y := uint32(c.Y)
	return y, y, y, 0xffff
}

type modelFunc struct {
	f func(Color) Color
}

func (m *modelFunc) Convert(c Color) Color { return m.f(c) }

func ModelFunc(f func(Color) Color) Model { return &modelFunc{f} }

var (
	RGBAModel    Model = ModelFunc(toRGBA)
	RGBA64Model  Model = ModelFunc(toRGBA64)
	NRGBAModel   Model = ModelFunc(toNRGBA)
	NRGBA64Model Model = ModelFunc(toNRGBA64)
	AlphaModel   Model = ModelFunc(toAlpha)
	Alpha16Model Model = ModelFunc(toAlpha16)
	GrayModel    Model = ModelFunc(toGray)
	Gray16Model  Model = ModelFunc(toGray16)
)

// Each model passes its own color type through unchanged and converts any
// other from its premultiplied 16-bit channels.

func toRGBA(c Color) Color {
	if _, ok := c.(RGBA); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func toRGBA64(c Color) Color {
	if _, ok := c.(RGBA64); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	return RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// unpremul undoes alpha premultiplication (a is neither 0 nor 0xffff).
func unpremul(r, g, b, a uint32) (uint32, uint32, uint32) {
	return r * 0xffff / a, g * 0xffff / a, b * 0xffff / a
}

func toNRGBA(c Color) Color {
	if _, ok := c.(NRGBA); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0:
		return NRGBA{}
	case 0xffff:
	default:
		r, g, b = unpremul(r, g, b, a)
	}
	return NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func toNRGBA64(c Color) Color {
	if _, ok := c.(NRGBA64); ok {
		return c
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0:
		return NRGBA64{}
	case 0xffff:
	default:
		r, g, b = unpremul(r, g, b, a)
	}
	return NRGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

func toAlpha(c Color) Color {
	if _, ok := c.(Alpha); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return Alpha{uint8(a >> 8)}
}

func toAlpha16(c Color) Color {
	if _, ok := c.(Alpha16); ok {
		return c
	}
	_, _, _, a := c.RGBA()
	return Alpha16{uint16(a)}
}

// luma16 is the JFIF luma of premultiplied channels, times 1<<16 (the
// weights 0.299, 0.587, 0.114 in 16-bit fixed point), rounded.
func luma16(c Color) uint32 {
	r, g, b, _ := c.RGBA()
	return 19595*r + 38470*g + 7471*b + 1<<15
}

func toGray(c Color) Color {
	if _, ok := c.(Gray); ok {
		return c
	}
	return Gray{uint8(luma16(c) >> 24)}
}

func toGray16(c Color) Color {
	if _, ok := c.(Gray16); ok {
		return c
	}
	return Gray16{uint16(luma16(c) >> 16)}
}

type Palette []Color

// Convert is the palette's color nearest to c (nil for an empty palette).
func (p Palette) Convert(c Color) Color {
	if len(p) == 0 {
		return nil
	}
	return p[p.Index(c)]
}

// Index is the position of the palette color nearest to c in R,G,B,A space
// (each squared difference quartered, so that the sum fits in 32 bits); the
// first of equally near colors wins.
func (p Palette) Index(c Color) int {
	cr, cg, cb, ca := c.RGBA()
	best, bestDist := 0, uint32(1<<32-1)
	for i, v := range p {
		vr, vg, vb, va := v.RGBA()
		d := quarterSq(cr, vr) + quarterSq(cg, vg) + quarterSq(cb, vb) + quarterSq(ca, va)
		if d == 0 {
			return i
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}

func quarterSq(x, y uint32) uint32 {
	d := x - y
	return d * d >> 2
}

var (
	Black       = Gray16{0}
	White       = Gray16{0xffff}
	Transparent = Alpha16{0}
	Opaque      = Alpha16{0xffff}
)
'''
