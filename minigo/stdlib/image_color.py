"""Package image/color, written in Go: the RGBA, NRGBA, Alpha and Gray color
types (8 and 16 bits a channel), the Color and Model interfaces, the standard
models and Palette, and the Y'CbCr (JFIF) and CMYK colors.

Every color answers RGBA() with alpha-premultiplied 16-bit channels; an 8-bit
channel v widens to v*0x101, and non-premultiplied colors scale by alpha with
integer division, so conversions truncate exactly as Go's do. Y'CbCr
conversions use Go's 16.16 fixed-point coefficients, clamped to the channel's
range.
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

// ---------------------------------------------------------------- Y'CbCr

// clamp24 keeps a fixed-point channel in [0, 1<<24): 8 bits of value above
// 16 bits of fraction.
func clamp24(v int32) int32 {
	if v < 0 {
		return 0
	}
	if v > 1<<24-1 {
		return 1<<24 - 1
	}
	return v
}

func RGBToYCbCr(r, g, b uint8) (uint8, uint8, uint8) {
	r1, g1, b1 := int32(r), int32(g), int32(b)
	y := (19595*r1 + 38470*g1 + 7471*b1 + 1<<15) >> 16
	cb := clamp24(-11056*r1-21712*g1+32768*b1+257<<15) >> 16
	cr := clamp24(32768*r1-27440*g1-5328*b1+257<<15) >> 16
	return uint8(y), uint8(cb), uint8(cr)
}

// ycbcrToRGB24 is the R, G, B of a Y'CbCr color in 8.16 fixed point.
func ycbcrToRGB24(y, cb, cr uint8) (r, g, b int32) {
	yy := int32(y) * 0x10101
	cb1, cr1 := int32(cb)-128, int32(cr)-128
	return clamp24(yy + 91881*cr1), clamp24(yy - 22554*cb1 - 46802*cr1), clamp24(yy + 116130*cb1)
}

func YCbCrToRGB(y, cb, cr uint8) (uint8, uint8, uint8) {
	r, g, b := ycbcrToRGB24(y, cb, cr)
	return uint8(r >> 16), uint8(g >> 16), uint8(b >> 16)
}

type YCbCr struct {
	Y, Cb, Cr uint8
}

func (c YCbCr) RGBA() (uint32, uint32, uint32, uint32) {
	r, g, b := ycbcrToRGB24(c.Y, c.Cb, c.Cr)
	return uint32(r >> 8), uint32(g >> 8), uint32(b >> 8), 0xffff
}

type NYCbCrA struct {
	YCbCr
	A uint8
}

func (c NYCbCrA) RGBA() (uint32, uint32, uint32, uint32) {
	r, g, b := ycbcrToRGB24(c.Y, c.Cb, c.Cr)
	a := widen(c.A)
	return premul(uint32(r>>8), a), premul(uint32(g>>8), a), premul(uint32(b>>8), a), a
}

var (
	YCbCrModel   Model = ModelFunc(toYCbCr)
	NYCbCrAModel Model = ModelFunc(toNYCbCrA)
)

func toYCbCr(c Color) Color {
	if _, ok := c.(YCbCr); ok {
		return c
	}
	r, g, b, _ := c.RGBA()
	y, u, v := RGBToYCbCr(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	return YCbCr{y, u, v}
}

func toNYCbCrA(c Color) Color {
	switch c := c.(type) {
	case NYCbCrA:
		return c
	case YCbCr:
		return NYCbCrA{c, 0xff}
	}
	r, g, b, a := c.RGBA()
	if a != 0 {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	y, u, v := RGBToYCbCr(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	return NYCbCrA{YCbCr{y, u, v}, uint8(a >> 8)}
}

// ---------------------------------------------------------------- CMYK

func RGBToCMYK(r, g, b uint8) (uint8, uint8, uint8, uint8) {
	w := max(uint32(r), uint32(g), uint32(b))
	if w == 0 {
		return 0, 0, 0, 0xff
	}
	ink := func(v uint8) uint8 { return uint8((w - uint32(v)) * 0xff / w) }
	return ink(r), ink(g), ink(b), uint8(0xff - w)
}

// cmykToRGB16 is the 16-bit R, G, B of a CMYK color.
func cmykToRGB16(c, m, y, k uint8) (uint32, uint32, uint32) {
	w := 0xffff - widen(k)
	lit := func(v uint8) uint32 { return (0xffff - widen(v)) * w / 0xffff }
	return lit(c), lit(m), lit(y)
}

func CMYKToRGB(c, m, y, k uint8) (uint8, uint8, uint8) {
	r, g, b := cmykToRGB16(c, m, y, k)
	return uint8(r >> 8), uint8(g >> 8), uint8(b >> 8)
}

type CMYK struct {
	C, M, Y, K uint8
}

func (c CMYK) RGBA() (uint32, uint32, uint32, uint32) {
	r, g, b := cmykToRGB16(c.C, c.M, c.Y, c.K)
	return r, g, b, 0xffff
}

var CMYKModel Model = ModelFunc(toCMYK)

func toCMYK(c Color) Color {
	if _, ok := c.(CMYK); ok {
		return c
	}
	r, g, b, _ := c.RGBA()
	cc, mm, yy, kk := RGBToCMYK(uint8(r>>8), uint8(g>>8), uint8(b>>8))
	return CMYK{cc, mm, yy, kk}
}

var (
	Black       = Gray16{0}
	White       = Gray16{0xffff}
	Transparent = Alpha16{0}
	Opaque      = Alpha16{0xffff}
)
'''
