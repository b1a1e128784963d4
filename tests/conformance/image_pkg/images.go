// The in-memory images: Set/At through each color model, Pix layout,
// SubImage sharing pixels, Opaque, Uniform.
package main

import (
	"fmt"
	"image"
	"image/color"
)

func dump(name string, m interface {
	image.Image
	Opaque() bool
}) {
	b := m.Bounds()
	fmt.Printf("%s %v opaque=%v:", name, b, m.Opaque())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			fmt.Print(" ", m.At(x, y))
		}
	}
	fmt.Println()
}

func main() {
	r := image.Rect(1, 1, 4, 3)
	src := []color.Color{color.RGBA{200, 100, 50, 255}, color.NRGBA{200, 100, 50, 128}, color.Gray{90}, color.Alpha16{0x8000}, color.Transparent, color.White}

	rgba := image.NewRGBA(r)
	nrgba := image.NewNRGBA(r)
	gray := image.NewGray(r)
	alpha := image.NewAlpha(r)
	rgba64 := image.NewRGBA64(r)
	nrgba64 := image.NewNRGBA64(r)
	gray16 := image.NewGray16(r)
	alpha16 := image.NewAlpha16(r)
	pal := image.NewPaletted(r, color.Palette{color.Black, color.White, color.RGBA{200, 0, 0, 255}, color.Transparent})
	i := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			for _, m := range []interface {
				Set(x, y int, c color.Color)
			}{rgba, nrgba, gray, alpha, rgba64, nrgba64, gray16, alpha16, pal} {
				m.Set(x, y, src[i])
			}
			i++
		}
	}
	fmt.Println(rgba.Pix, rgba.Stride)
	fmt.Println(nrgba.Pix)
	fmt.Println(gray.Pix, alpha.Pix, pal.Pix)
	fmt.Println(rgba64.Pix[:16], nrgba64.Stride, gray16.Pix, alpha16.Pix)
	dump("RGBA", rgba)
	dump("NRGBA", nrgba)
	dump("Gray", gray)
	dump("Alpha", alpha)
	dump("RGBA64", rgba64)
	dump("NRGBA64", nrgba64)
	dump("Gray16", gray16)
	dump("Alpha16", alpha16)
	dump("Paletted", pal)
	fmt.Println(rgba.RGBAAt(2, 1), rgba.RGBA64At(2, 1), nrgba.NRGBAAt(2, 1), nrgba.RGBA64At(2, 1), gray.GrayAt(3, 1), pal.ColorIndexAt(3, 2))
	fmt.Println(rgba.At(0, 0), rgba.At(4, 3), gray.At(-1, 2), pal.At(100, 100), rgba.PixOffset(2, 2), rgba64.PixOffset(3, 1))

	// Writes outside the bounds do nothing.
	rgba.Set(10, 10, color.White)
	rgba.SetRGBA(0, 0, color.RGBA{1, 2, 3, 4})
	rgba.SetRGBA64(1, 1, color.RGBA64{0xffff, 0x1234, 0, 0xffff})
	nrgba.SetRGBA64(1, 1, color.RGBA64{0x4000, 0x2000, 0, 0x8000})
	gray.SetRGBA64(1, 1, color.RGBA64{0xffff, 0x1234, 0, 0xffff})
	gray16.SetRGBA64(1, 1, color.RGBA64{0xffff, 0x1234, 0, 0xffff})
	fmt.Println(rgba.At(1, 1), nrgba.At(1, 1), gray.At(1, 1), gray16.At(1, 1))

	sub := rgba.SubImage(image.Rect(2, 2, 10, 10)).(*image.RGBA)
	fmt.Println(sub.Bounds(), len(sub.Pix), sub.Stride, sub.At(2, 2), sub.At(1, 1))
	sub.Set(3, 2, color.RGBA{9, 9, 9, 9})
	fmt.Println(rgba.At(3, 2))
	none := rgba.SubImage(image.Rect(50, 50, 60, 60)).(*image.RGBA)
	fmt.Println(none.Bounds(), none.Pix == nil, none.Stride, none.Opaque())
	fmt.Println(gray.SubImage(image.Rect(0, 0, 2, 2)).Bounds(), pal.SubImage(image.Rect(7, 7, 8, 8)).ColorModel() != nil)

	u := image.NewUniform(color.RGBA{1, 2, 3, 255})
	fmt.Println(u.Bounds(), u.At(1e6, -1e6), u.Opaque(), u.ColorModel().Convert(color.White))
	fmt.Println(image.Black.C, image.White.Opaque(), image.Transparent.Opaque(), image.Opaque.At(0, 0))

	full := image.NewGray(image.Rect(0, 0, 2, 2))
	for _, p := range []image.Image{rgba, nrgba, full, image.NewAlpha(image.Rect(0, 0, 0, 0)), image.Rect(0, 0, 1, 1)} {
		_, isRGBA64 := p.(image.RGBA64Image)
		_, isPal := p.(image.PalettedImage)
		fmt.Print(isRGBA64, isPal, " ")
	}
	fmt.Println()
	var cfg image.Config
	fmt.Println(cfg.Width, cfg.Height, cfg.ColorModel == nil)
}
