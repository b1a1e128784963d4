"""Package image, written in Go: Point and Rectangle, the Image interfaces,
the in-memory images over a Pix byte slice (RGBA, RGBA64, NRGBA, NRGBA64,
Alpha, Alpha16, Gray, Gray16, CMYK, Paletted), the Y'CbCr images (YCbCr,
NYCbCrA) with their chroma subsampling, Uniform, and the format registry
behind Decode (no decoders are provided, so Decode answers ErrFormat unless a
program registers one).

Every pixel image addresses its pixel (x, y) at
(y-Rect.Min.Y)*Stride + (x-Rect.Min.X)*bytesPerPixel, 16-bit channels
big-endian; reads and writes outside Rect do nothing (At gives the zero
color). A Y'CbCr image keeps one chroma sample per block of pixels (2x1 for
4:2:2, 2x2 for 4:2:0, ...), addressed with Go's truncating division.
"""

GO_DECLS = '''
package image

import (
	"bufio"
	"errors"
	"image/color"
	"io"
	"strconv"
)

// ---------------------------------------------------------------- geometry

type Point struct {
	X, Y int
}

var ZP Point

func Pt(X, Y int) Point { return Point{X, Y} }

func (p Point) String() string {
	return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")"
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }
func (p Point) Mul(k int) Point   { return Point{p.X * k, p.Y * k} }
func (p Point) Div(k int) Point   { return Point{p.X / k, p.Y / k} }
func (p Point) Eq(q Point) bool   { return p == q }

func (p Point) In(r Rectangle) bool {
	return r.Min.X <= p.X && p.X < r.Max.X && r.Min.Y <= p.Y && p.Y < r.Max.Y
}

// Mod wraps p into r (r must not be empty: a zero size divides by zero).
func (p Point) Mod(r Rectangle) Point {
	return Point{wrap(p.X-r.Min.X, r.Dx()) + r.Min.X, wrap(p.Y-r.Min.Y, r.Dy()) + r.Min.Y}
}

func wrap(v, n int) int {
	v %= n
	if v < 0 {
		v += n
	}
	return v
}

type Rectangle struct {
	Min, Max Point
}

var ZR Rectangle

// Rect is the rectangle with corners (x0, y0) and (x1, y1), put in order.
func Rect(x0, y0, x1, y1 int) Rectangle {
	return Rectangle{Point{min(x0, x1), min(y0, y1)}, Point{max(x0, x1), max(y0, y1)}}
}

func (r Rectangle) String() string { return r.Min.String() + "-" + r.Max.String() }

func (r Rectangle) Dx() int      { return r.Max.X - r.Min.X }
func (r Rectangle) Dy() int      { return r.Max.Y - r.Min.Y }
func (r Rectangle) Size() Point  { return r.Max.Sub(r.Min) }
func (r Rectangle) Empty() bool  { return r.Min.X >= r.Max.X || r.Min.Y >= r.Max.Y }
func (r Rectangle) Bounds() Rectangle { return r }

func (r Rectangle) Add(p Point) Rectangle { return Rectangle{r.Min.Add(p), r.Max.Add(p)} }
func (r Rectangle) Sub(p Point) Rectangle { return Rectangle{r.Min.Sub(p), r.Max.Sub(p)} }

// Inset shrinks r by n on every side; a side too short collapses to its middle.
func (r Rectangle) Inset(n int) Rectangle {
	r.Min.X, r.Max.X = insetSpan(r.Min.X, r.Max.X, n)
	r.Min.Y, r.Max.Y = insetSpan(r.Min.Y, r.Max.Y, n)
	return r
}

func insetSpan(lo, hi, n int) (int, int) {
	if hi-lo < 2*n {
		mid := (lo + hi) / 2
		return mid, mid
	}
	return lo + n, hi - n
}

// Intersect is the largest rectangle inside both, or the zero rectangle.
func (r Rectangle) Intersect(s Rectangle) Rectangle {
	out := Rectangle{
		Point{max(r.Min.X, s.Min.X), max(r.Min.Y, s.Min.Y)},
		Point{min(r.Max.X, s.Max.X), min(r.Max.Y, s.Max.Y)},
	}
	if out.Empty() {
		return ZR
	}
	return out
}

// Union is the smallest rectangle holding both; an empty one adds nothing.
func (r Rectangle) Union(s Rectangle) Rectangle {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	return Rectangle{
		Point{min(r.Min.X, s.Min.X), min(r.Min.Y, s.Min.Y)},
		Point{max(r.Max.X, s.Max.X), max(r.Max.Y, s.Max.Y)},
	}
}

// Eq: the same points, or both empty.
func (r Rectangle) Eq(s Rectangle) bool { return r == s || r.Empty() && s.Empty() }

func (r Rectangle) Overlaps(s Rectangle) bool {
	return !r.Empty() && !s.Empty() &&
		r.Min.X < s.Max.X && s.Min.X < r.Max.X &&
		r.Min.Y < s.Max.Y && s.Min.Y < r.Max.Y
}

// In: every point of r is in s (an empty r is in everything).
func (r Rectangle) In(s Rectangle) bool {
	return r.Empty() || s.Min.X <= r.Min.X && r.Max.X <= s.Max.X &&
		s.Min.Y <= r.Min.Y && r.Max.Y <= s.Max.Y
}

func (r Rectangle) Canon() Rectangle { return Rect(r.Min.X, r.Min.Y, r.Max.X, r.Max.Y) }

// A Rectangle is also an image: opaque inside, transparent outside.
func (r Rectangle) At(x, y int) color.Color {
	if (Point{x, y}).In(r) {
		return color.Opaque
	}
	return color.Transparent
}

func (r Rectangle) RGBA64At(x, y int) color.RGBA64 {
	if (Point{x, y}).In(r) {
		return color.RGBA64{0xffff, 0xffff, 0xffff, 0xffff}
	}
	return color.RGBA64{}
}

func (r Rectangle) ColorModel() color.Model { return color.Alpha16Model }

// ---------------------------------------------------------------- interfaces

type Image interface {
	ColorModel() color.Model
	Bounds() Rectangle
	At(x, y int) color.Color
}

type RGBA64Image interface {
	RGBA64At(x, y int) color.RGBA64
	Image
}

type PalettedImage interface {
	ColorIndexAt(x, y int) uint8
	Image
}

type Config struct {
	ColorModel    color.Model
	Width, Height int
}

// ---------------------------------------------------------------- pixel buffers

// pixLen is the size of the Pix of a new image of r, or a panic naming the
// constructor when r is negative or too big for memory.
func pixLen(bpp int, r Rectangle, name string) int {
	const maxInt = 1<<63 - 1
	w, h := r.Dx(), r.Dy()
	if w < 0 || h < 0 || w > 0 && h > 0 && (w > maxInt/bpp || h > maxInt/(bpp*w)) {
		panic("image: New" + name + " Rectangle has huge or negative dimensions")
	}
	return bpp * w * h
}

func offset(r Rectangle, stride, bpp, x, y int) int {
	return (y-r.Min.Y)*stride + (x-r.Min.X)*bpp
}

// subPix is the part of pix from r's corner on, and r cut to the image's
// bounds; ok is false when they do not meet.
func subPix(pix []uint8, stride int, bounds, r Rectangle, bpp int) ([]uint8, Rectangle, bool) {
	r = r.Intersect(bounds)
	if r.Empty() {
		return nil, r, false
	}
	return pix[offset(bounds, stride, bpp, r.Min.X, r.Min.Y):], r, true
}

// opaqueScan: every pixel's alpha (at byte aoff of the pixel; two bytes when
// wide) is all ones.
func opaqueScan(pix []uint8, r Rectangle, stride, bpp, aoff int, wide bool) bool {
	row := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for i := row + aoff; i < row+r.Dx()*bpp; i += bpp {
			if pix[i] != 0xff || wide && pix[i+1] != 0xff {
				return false
			}
		}
		row += stride
	}
	return true
}

func get16(s []uint8) uint16 { return uint16(s[0])<<8 | uint16(s[1]) }

func put16(s []uint8, v uint16) {
	s[0] = uint8(v >> 8)
	s[1] = uint8(v)
}

func put8x4(s []uint8, r, g, b, a uint8) {
	s[0], s[1], s[2], s[3] = r, g, b, a
}

func put16x4(s []uint8, r, g, b, a uint16) {
	put16(s[0:], r)
	put16(s[2:], g)
	put16(s[4:], b)
	put16(s[6:], a)
}

// unpremul64 undoes premultiplication of 16-bit channels (alpha 0 and
// 0xffff leave them as they are).
func unpremul64(c color.RGBA64) (r, g, b, a uint32) {
	r, g, b, a = uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
	if a != 0 && a != 0xffff {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	return
}

func rgba64Of(c color.Color) color.RGBA64 {
	r, g, b, a := c.RGBA()
	return color.RGBA64{uint16(r), uint16(g), uint16(b), uint16(a)}
}

// luma is color.GrayModel's weighting, times 1<<16 before its final shift.
func luma(c color.RGBA64) uint32 {
	return 19595*uint32(c.R) + 38470*uint32(c.G) + 7471*uint32(c.B) + 1<<15
}

// ---------------------------------------------------------------- RGBA

type RGBA struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewRGBA(r Rectangle) *RGBA {
	return &RGBA{make([]uint8, pixLen(4, r, "RGBA")), 4 * r.Dx(), r}
}

func (p *RGBA) ColorModel() color.Model          { return color.RGBAModel }
func (p *RGBA) Bounds() Rectangle                { return p.Rect }
func (p *RGBA) At(x, y int) color.Color          { return p.RGBAAt(x, y) }
func (p *RGBA) RGBA64At(x, y int) color.RGBA64   { return rgba64Of(p.RGBAAt(x, y)) }
func (p *RGBA) PixOffset(x, y int) int           { return offset(p.Rect, p.Stride, 4, x, y) }
func (p *RGBA) Opaque() bool                     { return opaqueScan(p.Pix, p.Rect, p.Stride, 4, 3, false) }

func (p *RGBA) RGBAAt(x, y int) color.RGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.RGBA{s[0], s[1], s[2], s[3]}
}

func (p *RGBA) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetRGBA(x, y, color.RGBAModel.Convert(c).(color.RGBA))
	}
}

func (p *RGBA) SetRGBA(x, y int, c color.RGBA) {
	if (Point{x, y}.In(p.Rect)) {
		put8x4(p.Pix[p.PixOffset(x, y):], c.R, c.G, c.B, c.A)
	}
}

func (p *RGBA) SetRGBA64(x, y int, c color.RGBA64) {
	if (Point{x, y}.In(p.Rect)) {
		put8x4(p.Pix[p.PixOffset(x, y):], uint8(c.R>>8), uint8(c.G>>8), uint8(c.B>>8), uint8(c.A>>8))
	}
}

func (p *RGBA) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 4)
	if !ok {
		return &RGBA{}
	}
	return &RGBA{pix, p.Stride, r}
}

// ---------------------------------------------------------------- RGBA64

type RGBA64 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewRGBA64(r Rectangle) *RGBA64 {
	return &RGBA64{make([]uint8, pixLen(8, r, "RGBA64")), 8 * r.Dx(), r}
}

func (p *RGBA64) ColorModel() color.Model { return color.RGBA64Model }
func (p *RGBA64) Bounds() Rectangle       { return p.Rect }
func (p *RGBA64) At(x, y int) color.Color { return p.RGBA64At(x, y) }
func (p *RGBA64) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 8, x, y) }
func (p *RGBA64) Opaque() bool            { return opaqueScan(p.Pix, p.Rect, p.Stride, 8, 6, true) }

func (p *RGBA64) RGBA64At(x, y int) color.RGBA64 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.RGBA64{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.RGBA64{get16(s[0:]), get16(s[2:]), get16(s[4:]), get16(s[6:])}
}

func (p *RGBA64) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetRGBA64(x, y, color.RGBA64Model.Convert(c).(color.RGBA64))
	}
}

func (p *RGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	if (Point{x, y}.In(p.Rect)) {
		put16x4(p.Pix[p.PixOffset(x, y):], c.R, c.G, c.B, c.A)
	}
}

func (p *RGBA64) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 8)
	if !ok {
		return &RGBA64{}
	}
	return &RGBA64{pix, p.Stride, r}
}

// ---------------------------------------------------------------- NRGBA

type NRGBA struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewNRGBA(r Rectangle) *NRGBA {
	return &NRGBA{make([]uint8, pixLen(4, r, "NRGBA")), 4 * r.Dx(), r}
}

func (p *NRGBA) ColorModel() color.Model        { return color.NRGBAModel }
func (p *NRGBA) Bounds() Rectangle              { return p.Rect }
func (p *NRGBA) At(x, y int) color.Color        { return p.NRGBAAt(x, y) }
func (p *NRGBA) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.NRGBAAt(x, y)) }
func (p *NRGBA) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 4, x, y) }
func (p *NRGBA) Opaque() bool                   { return opaqueScan(p.Pix, p.Rect, p.Stride, 4, 3, false) }

func (p *NRGBA) NRGBAAt(x, y int) color.NRGBA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NRGBA{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.NRGBA{s[0], s[1], s[2], s[3]}
}

func (p *NRGBA) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetNRGBA(x, y, color.NRGBAModel.Convert(c).(color.NRGBA))
	}
}

func (p *NRGBA) SetNRGBA(x, y int, c color.NRGBA) {
	if (Point{x, y}.In(p.Rect)) {
		put8x4(p.Pix[p.PixOffset(x, y):], c.R, c.G, c.B, c.A)
	}
}

func (p *NRGBA) SetRGBA64(x, y int, c color.RGBA64) {
	if (Point{x, y}.In(p.Rect)) {
		r, g, b, a := unpremul64(c)
		put8x4(p.Pix[p.PixOffset(x, y):], uint8(r>>8), uint8(g>>8), uint8(b>>8), uint8(a>>8))
	}
}

func (p *NRGBA) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 4)
	if !ok {
		return &NRGBA{}
	}
	return &NRGBA{pix, p.Stride, r}
}

// ---------------------------------------------------------------- NRGBA64

type NRGBA64 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewNRGBA64(r Rectangle) *NRGBA64 {
	return &NRGBA64{make([]uint8, pixLen(8, r, "NRGBA64")), 8 * r.Dx(), r}
}

func (p *NRGBA64) ColorModel() color.Model        { return color.NRGBA64Model }
func (p *NRGBA64) Bounds() Rectangle              { return p.Rect }
func (p *NRGBA64) At(x, y int) color.Color        { return p.NRGBA64At(x, y) }
func (p *NRGBA64) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.NRGBA64At(x, y)) }
func (p *NRGBA64) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 8, x, y) }
func (p *NRGBA64) Opaque() bool                   { return opaqueScan(p.Pix, p.Rect, p.Stride, 8, 6, true) }

func (p *NRGBA64) NRGBA64At(x, y int) color.NRGBA64 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NRGBA64{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.NRGBA64{get16(s[0:]), get16(s[2:]), get16(s[4:]), get16(s[6:])}
}

func (p *NRGBA64) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetNRGBA64(x, y, color.NRGBA64Model.Convert(c).(color.NRGBA64))
	}
}

func (p *NRGBA64) SetNRGBA64(x, y int, c color.NRGBA64) {
	if (Point{x, y}.In(p.Rect)) {
		put16x4(p.Pix[p.PixOffset(x, y):], c.R, c.G, c.B, c.A)
	}
}

func (p *NRGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	if (Point{x, y}.In(p.Rect)) {
		r, g, b, a := unpremul64(c)
		put16x4(p.Pix[p.PixOffset(x, y):], uint16(r), uint16(g), uint16(b), uint16(a))
	}
}

func (p *NRGBA64) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 8)
	if !ok {
		return &NRGBA64{}
	}
	return &NRGBA64{pix, p.Stride, r}
}

// ---------------------------------------------------------------- Alpha

type Alpha struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewAlpha(r Rectangle) *Alpha {
	return &Alpha{make([]uint8, pixLen(1, r, "Alpha")), r.Dx(), r}
}

func (p *Alpha) ColorModel() color.Model        { return color.AlphaModel }
func (p *Alpha) Bounds() Rectangle              { return p.Rect }
func (p *Alpha) At(x, y int) color.Color        { return p.AlphaAt(x, y) }
func (p *Alpha) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.AlphaAt(x, y)) }
func (p *Alpha) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 1, x, y) }
func (p *Alpha) Opaque() bool                   { return opaqueScan(p.Pix, p.Rect, p.Stride, 1, 0, false) }

func (p *Alpha) AlphaAt(x, y int) color.Alpha {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Alpha{}
	}
	return color.Alpha{p.Pix[p.PixOffset(x, y)]}
}

func (p *Alpha) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetAlpha(x, y, color.AlphaModel.Convert(c).(color.Alpha))
	}
}

func (p *Alpha) SetAlpha(x, y int, c color.Alpha) {
	if (Point{x, y}.In(p.Rect)) {
		p.Pix[p.PixOffset(x, y)] = c.A
	}
}

func (p *Alpha) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetAlpha(x, y, color.Alpha{uint8(c.A >> 8)})
}

func (p *Alpha) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 1)
	if !ok {
		return &Alpha{}
	}
	return &Alpha{pix, p.Stride, r}
}

// ---------------------------------------------------------------- Alpha16

type Alpha16 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewAlpha16(r Rectangle) *Alpha16 {
	return &Alpha16{make([]uint8, pixLen(2, r, "Alpha16")), 2 * r.Dx(), r}
}

func (p *Alpha16) ColorModel() color.Model        { return color.Alpha16Model }
func (p *Alpha16) Bounds() Rectangle              { return p.Rect }
func (p *Alpha16) At(x, y int) color.Color        { return p.Alpha16At(x, y) }
func (p *Alpha16) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.Alpha16At(x, y)) }
func (p *Alpha16) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 2, x, y) }
func (p *Alpha16) Opaque() bool                   { return opaqueScan(p.Pix, p.Rect, p.Stride, 2, 0, true) }

func (p *Alpha16) Alpha16At(x, y int) color.Alpha16 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Alpha16{}
	}
	return color.Alpha16{get16(p.Pix[p.PixOffset(x, y):])}
}

func (p *Alpha16) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetAlpha16(x, y, color.Alpha16Model.Convert(c).(color.Alpha16))
	}
}

func (p *Alpha16) SetAlpha16(x, y int, c color.Alpha16) {
	if (Point{x, y}.In(p.Rect)) {
		put16(p.Pix[p.PixOffset(x, y):], c.A)
	}
}

func (p *Alpha16) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetAlpha16(x, y, color.Alpha16{c.A})
}

func (p *Alpha16) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 2)
	if !ok {
		return &Alpha16{}
	}
	return &Alpha16{pix, p.Stride, r}
}

// ---------------------------------------------------------------- Gray

type Gray struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewGray(r Rectangle) *Gray {
	return &Gray{make([]uint8, pixLen(1, r, "Gray")), r.Dx(), r}
}

func (p *Gray) ColorModel() color.Model        { return color.GrayModel }
func (p *Gray) Bounds() Rectangle              { return p.Rect }
func (p *Gray) At(x, y int) color.Color        { return p.GrayAt(x, y) }
func (p *Gray) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.GrayAt(x, y)) }
func (p *Gray) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 1, x, y) }
func (p *Gray) Opaque() bool                   { return true }

func (p *Gray) GrayAt(x, y int) color.Gray {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Gray{}
	}
	return color.Gray{p.Pix[p.PixOffset(x, y)]}
}

func (p *Gray) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetGray(x, y, color.GrayModel.Convert(c).(color.Gray))
	}
}

func (p *Gray) SetGray(x, y int, c color.Gray) {
	if (Point{x, y}.In(p.Rect)) {
		p.Pix[p.PixOffset(x, y)] = c.Y
	}
}

func (p *Gray) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetGray(x, y, color.Gray{uint8(luma(c) >> 24)})
}

func (p *Gray) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 1)
	if !ok {
		return &Gray{}
	}
	return &Gray{pix, p.Stride, r}
}

// ---------------------------------------------------------------- Gray16

type Gray16 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewGray16(r Rectangle) *Gray16 {
	return &Gray16{make([]uint8, pixLen(2, r, "Gray16")), 2 * r.Dx(), r}
}

func (p *Gray16) ColorModel() color.Model        { return color.Gray16Model }
func (p *Gray16) Bounds() Rectangle              { return p.Rect }
func (p *Gray16) At(x, y int) color.Color        { return p.Gray16At(x, y) }
func (p *Gray16) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.Gray16At(x, y)) }
func (p *Gray16) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 2, x, y) }
func (p *Gray16) Opaque() bool                   { return true }

func (p *Gray16) Gray16At(x, y int) color.Gray16 {
	if !(Point{x, y}.In(p.Rect)) {
		return color.Gray16{}
	}
	return color.Gray16{get16(p.Pix[p.PixOffset(x, y):])}
}

func (p *Gray16) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetGray16(x, y, color.Gray16Model.Convert(c).(color.Gray16))
	}
}

func (p *Gray16) SetGray16(x, y int, c color.Gray16) {
	if (Point{x, y}.In(p.Rect)) {
		put16(p.Pix[p.PixOffset(x, y):], c.Y)
	}
}

func (p *Gray16) SetRGBA64(x, y int, c color.RGBA64) {
	p.SetGray16(x, y, color.Gray16{uint16(luma(c) >> 16)})
}

func (p *Gray16) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 2)
	if !ok {
		return &Gray16{}
	}
	return &Gray16{pix, p.Stride, r}
}

// ---------------------------------------------------------------- CMYK

type CMYK struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

func NewCMYK(r Rectangle) *CMYK {
	return &CMYK{make([]uint8, pixLen(4, r, "CMYK")), 4 * r.Dx(), r}
}

func (p *CMYK) ColorModel() color.Model        { return color.CMYKModel }
func (p *CMYK) Bounds() Rectangle              { return p.Rect }
func (p *CMYK) At(x, y int) color.Color        { return p.CMYKAt(x, y) }
func (p *CMYK) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.CMYKAt(x, y)) }
func (p *CMYK) PixOffset(x, y int) int         { return offset(p.Rect, p.Stride, 4, x, y) }
func (p *CMYK) Opaque() bool                   { return true }

func (p *CMYK) CMYKAt(x, y int) color.CMYK {
	if !(Point{x, y}.In(p.Rect)) {
		return color.CMYK{}
	}
	s := p.Pix[p.PixOffset(x, y):]
	return color.CMYK{s[0], s[1], s[2], s[3]}
}

func (p *CMYK) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.SetCMYK(x, y, color.CMYKModel.Convert(c).(color.CMYK))
	}
}

func (p *CMYK) SetCMYK(x, y int, c color.CMYK) {
	if (Point{x, y}.In(p.Rect)) {
		put8x4(p.Pix[p.PixOffset(x, y):], c.C, c.M, c.Y, c.K)
	}
}

func (p *CMYK) SetRGBA64(x, y int, c color.RGBA64) {
	cc, mm, yy, kk := color.RGBToCMYK(uint8(c.R>>8), uint8(c.G>>8), uint8(c.B>>8))
	p.SetCMYK(x, y, color.CMYK{cc, mm, yy, kk})
}

func (p *CMYK) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 4)
	if !ok {
		return &CMYK{}
	}
	return &CMYK{pix, p.Stride, r}
}

// ---------------------------------------------------------------- Y'CbCr

type YCbCrSubsampleRatio int

const (
	YCbCrSubsampleRatio444 YCbCrSubsampleRatio = iota
	YCbCrSubsampleRatio422
	YCbCrSubsampleRatio420
	YCbCrSubsampleRatio440
	YCbCrSubsampleRatio411
	YCbCrSubsampleRatio410
)

var subsampleNames = [...]string{"444", "422", "420", "440", "411", "410"}

func (s YCbCrSubsampleRatio) String() string {
	if s >= 0 && int(s) < len(subsampleNames) {
		return "YCbCrSubsampleRatio" + subsampleNames[s]
	}
	return "YCbCrSubsampleRatioUnknown"
}

// chromaBlock is how many pixels across and down share a chroma sample.
func chromaBlock(s YCbCrSubsampleRatio) (dx, dy int) {
	switch s {
	case YCbCrSubsampleRatio422:
		return 2, 1
	case YCbCrSubsampleRatio420:
		return 2, 2
	case YCbCrSubsampleRatio440:
		return 1, 2
	case YCbCrSubsampleRatio411:
		return 4, 1
	case YCbCrSubsampleRatio410:
		return 4, 2
	}
	return 1, 1
}

type YCbCr struct {
	Y, Cb, Cr      []uint8
	YStride        int
	CStride        int
	SubsampleRatio YCbCrSubsampleRatio
	Rect           Rectangle
}

// ycbcrSize: the luma plane's width and height and the chroma planes'.
func ycbcrSize(r Rectangle, s YCbCrSubsampleRatio) (w, h, cw, ch int) {
	dx, dy := chromaBlock(s)
	return r.Dx(), r.Dy(), (r.Max.X+dx-1)/dx - r.Min.X/dx, (r.Max.Y+dy-1)/dy - r.Min.Y/dy
}

// planesLen is the bytes of a Y'CbCr image's planes, or -1 if they cannot be made.
func planesLen(r Rectangle, s YCbCrSubsampleRatio, lumaPlanes int) int {
	const maxInt = 1<<63 - 1
	w, h, cw, ch := ycbcrSize(r, s)
	if w < 0 || h < 0 || cw < 0 || ch < 0 {
		return -1
	}
	n := 0
	for _, plane := range [][2]int{{lumaPlanes * w, h}, {2 * cw, ch}} {
		if plane[0] > 0 && plane[1] > (maxInt-n)/plane[0] {
			return -1
		}
		n += plane[0] * plane[1]
	}
	return n
}

func NewYCbCr(r Rectangle, subsampleRatio YCbCrSubsampleRatio) *YCbCr {
	if planesLen(r, subsampleRatio, 1) < 0 {
		panic("image: NewYCbCr Rectangle has huge or negative dimensions")
	}
	w, h, cw, ch := ycbcrSize(r, subsampleRatio)
	i0, i1, i2 := w*h, w*h+cw*ch, w*h+2*cw*ch
	b := make([]byte, i2)
	return &YCbCr{b[:i0:i0], b[i0:i1:i1], b[i1:i2:i2], w, cw, subsampleRatio, r}
}

func (p *YCbCr) ColorModel() color.Model        { return color.YCbCrModel }
func (p *YCbCr) Bounds() Rectangle              { return p.Rect }
func (p *YCbCr) At(x, y int) color.Color        { return p.YCbCrAt(x, y) }
func (p *YCbCr) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.YCbCrAt(x, y)) }
func (p *YCbCr) Opaque() bool                   { return true }

func (p *YCbCr) YOffset(x, y int) int {
	return (y-p.Rect.Min.Y)*p.YStride + (x - p.Rect.Min.X)
}

func (p *YCbCr) COffset(x, y int) int {
	dx, dy := chromaBlock(p.SubsampleRatio)
	return (y/dy-p.Rect.Min.Y/dy)*p.CStride + (x/dx - p.Rect.Min.X/dx)
}

func (p *YCbCr) YCbCrAt(x, y int) color.YCbCr {
	if !(Point{x, y}.In(p.Rect)) {
		return color.YCbCr{}
	}
	yi, ci := p.YOffset(x, y), p.COffset(x, y)
	return color.YCbCr{p.Y[yi], p.Cb[ci], p.Cr[ci]}
}

func (p *YCbCr) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &YCbCr{SubsampleRatio: p.SubsampleRatio}
	}
	yi, ci := p.YOffset(r.Min.X, r.Min.Y), p.COffset(r.Min.X, r.Min.Y)
	return &YCbCr{p.Y[yi:], p.Cb[ci:], p.Cr[ci:], p.YStride, p.CStride, p.SubsampleRatio, r}
}

type NYCbCrA struct {
	YCbCr
	A       []uint8
	AStride int
}

func NewNYCbCrA(r Rectangle, subsampleRatio YCbCrSubsampleRatio) *NYCbCrA {
	if planesLen(r, subsampleRatio, 2) < 0 {
		panic("image: NewNYCbCrA Rectangle has huge or negative dimension")
	}
	w, h, cw, ch := ycbcrSize(r, subsampleRatio)
	i0, i1, i2 := w*h, w*h+cw*ch, w*h+2*cw*ch
	b := make([]byte, i2+w*h)
	return &NYCbCrA{YCbCr{b[:i0:i0], b[i0:i1:i1], b[i1:i2:i2], w, cw, subsampleRatio, r}, b[i2:], w}
}

func (p *NYCbCrA) ColorModel() color.Model        { return color.NYCbCrAModel }
func (p *NYCbCrA) At(x, y int) color.Color        { return p.NYCbCrAAt(x, y) }
func (p *NYCbCrA) RGBA64At(x, y int) color.RGBA64 { return rgba64Of(p.NYCbCrAAt(x, y)) }

func (p *NYCbCrA) AOffset(x, y int) int {
	return (y-p.Rect.Min.Y)*p.AStride + (x - p.Rect.Min.X)
}

func (p *NYCbCrA) NYCbCrAAt(x, y int) color.NYCbCrA {
	if !(Point{x, y}.In(p.Rect)) {
		return color.NYCbCrA{}
	}
	return color.NYCbCrA{p.YCbCrAt(x, y), p.A[p.AOffset(x, y)]}
}

func (p *NYCbCrA) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &NYCbCrA{YCbCr: YCbCr{SubsampleRatio: p.SubsampleRatio}}
	}
	sub := p.YCbCr.SubImage(r).(*YCbCr)
	return &NYCbCrA{*sub, p.A[p.AOffset(r.Min.X, r.Min.Y):], p.AStride}
}

func (p *NYCbCrA) Opaque() bool { return opaqueScan(p.A, p.Rect, p.AStride, 1, 0, false) }

// ---------------------------------------------------------------- Paletted

type Paletted struct {
	Pix     []uint8
	Stride  int
	Rect    Rectangle
	Palette color.Palette
}

func NewPaletted(r Rectangle, p color.Palette) *Paletted {
	return &Paletted{make([]uint8, pixLen(1, r, "Paletted")), r.Dx(), r, p}
}

func (p *Paletted) ColorModel() color.Model { return p.Palette }
func (p *Paletted) Bounds() Rectangle       { return p.Rect }
func (p *Paletted) PixOffset(x, y int) int  { return offset(p.Rect, p.Stride, 1, x, y) }

// At is the palette's color at the pixel's index (its first color outside
// the bounds; nil with an empty palette).
func (p *Paletted) At(x, y int) color.Color {
	if len(p.Palette) == 0 {
		return nil
	}
	return p.Palette[p.ColorIndexAt(x, y)]
}

func (p *Paletted) RGBA64At(x, y int) color.RGBA64 {
	if len(p.Palette) == 0 {
		return color.RGBA64{}
	}
	return rgba64Of(p.At(x, y))
}

func (p *Paletted) ColorIndexAt(x, y int) uint8 {
	if !(Point{x, y}.In(p.Rect)) {
		return 0
	}
	return p.Pix[p.PixOffset(x, y)]
}

func (p *Paletted) SetColorIndex(x, y int, index uint8) {
	if (Point{x, y}.In(p.Rect)) {
		p.Pix[p.PixOffset(x, y)] = index
	}
}

func (p *Paletted) Set(x, y int, c color.Color) {
	if (Point{x, y}.In(p.Rect)) {
		p.Pix[p.PixOffset(x, y)] = uint8(p.Palette.Index(c))
	}
}

func (p *Paletted) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Paletted) SubImage(r Rectangle) Image {
	pix, r, ok := subPix(p.Pix, p.Stride, p.Rect, r, 1)
	if !ok {
		return &Paletted{Palette: p.Palette}
	}
	return &Paletted{pix, p.Stride, r, p.Palette}
}

// Opaque: every palette color some pixel uses is opaque.
func (p *Paletted) Opaque() bool {
	var used [256]bool
	row := 0
	for y := p.Rect.Min.Y; y < p.Rect.Max.Y; y++ {
		for _, c := range p.Pix[row : row+p.Rect.Dx()] {
			used[c] = true
		}
		row += p.Stride
	}
	for i, c := range p.Palette {
		if used[i] {
			if _, _, _, a := c.RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// ---------------------------------------------------------------- Uniform

type Uniform struct {
	C color.Color
}

func NewUniform(c color.Color) *Uniform { return &Uniform{c} }

func (c *Uniform) RGBA() (r, g, b, a uint32)        { return c.C.RGBA() }
func (c *Uniform) ColorModel() color.Model          { return c }
func (c *Uniform) Convert(color.Color) color.Color  { return c.C }
func (c *Uniform) Bounds() Rectangle                { return Rectangle{Point{-1e9, -1e9}, Point{1e9, 1e9}} }
func (c *Uniform) At(x, y int) color.Color          { return c.C }
func (c *Uniform) RGBA64At(x, y int) color.RGBA64   { return rgba64Of(c.C) }

func (c *Uniform) Opaque() bool {
	_, _, _, a := c.C.RGBA()
	return a == 0xffff
}

var (
	Black       = NewUniform(color.Black)
	White       = NewUniform(color.White)
	Transparent = NewUniform(color.Transparent)
	Opaque      = NewUniform(color.Opaque)
)

// ---------------------------------------------------------------- formats

var ErrFormat = errors.New("image: unknown format")

type format struct {
	name, magic  string
	decode       func(io.Reader) (Image, error)
	decodeConfig func(io.Reader) (Config, error)
}

var formats []format

func RegisterFormat(name, magic string, decode func(io.Reader) (Image, error), decodeConfig func(io.Reader) (Config, error)) {
	formats = append(formats, format{name, magic, decode, decodeConfig})
}

type peeker interface {
	io.Reader
	Peek(int) ([]byte, error)
}

// sniff finds the first registered format whose magic ('?' matches any
// byte) starts r.
func sniff(r io.Reader) (peeker, format) {
	pr, ok := r.(peeker)
	if !ok {
		pr = bufio.NewReader(r)
	}
	for _, f := range formats {
		b, err := pr.Peek(len(f.magic))
		if err == nil && magicMatches(f.magic, b) {
			return pr, f
		}
	}
	return pr, format{}
}

func magicMatches(magic string, b []byte) bool {
	if len(magic) != len(b) {
		return false
	}
	for i, c := range b {
		if magic[i] != '?' && magic[i] != c {
			return false
		}
	}
	return true
}

func Decode(r io.Reader) (Image, string, error) {
	pr, f := sniff(r)
	if f.decode == nil {
		return nil, "", ErrFormat
	}
	m, err := f.decode(pr)
	return m, f.name, err
}

func DecodeConfig(r io.Reader) (Config, string, error) {
	pr, f := sniff(r)
	if f.decodeConfig == nil {
		return Config{}, "", ErrFormat
	}
	c, err := f.decodeConfig(pr)
	return c, f.name, err
}
'''
