// image: the Y'CbCr images with each chroma subsampling (including odd and
// negative bounds), NYCbCrA and CMYK.
package main

import (
	"fmt"
	"image"
	"image/color"
)

func main() {
	rects := []image.Rectangle{image.Rect(0, 0, 5, 3), image.Rect(-3, -3, 2, 2), image.Rect(1, 1, 4, 6)}
	ratios := []image.YCbCrSubsampleRatio{image.YCbCrSubsampleRatio444, image.YCbCrSubsampleRatio422, image.YCbCrSubsampleRatio420,
		image.YCbCrSubsampleRatio440, image.YCbCrSubsampleRatio411, image.YCbCrSubsampleRatio410, image.YCbCrSubsampleRatio(9)}
	for _, r := range rects {
		for _, s := range ratios {
			m := image.NewYCbCr(r, s)
			fmt.Println(s, r, len(m.Y), len(m.Cb), len(m.Cr), cap(m.Y), m.YStride, m.CStride)
			for y := r.Min.Y; y < r.Max.Y; y++ {
				for x := r.Min.X; x < r.Max.X; x++ {
					m.Y[m.YOffset(x, y)] = uint8(10*x + y + 100)
					m.Cb[m.COffset(x, y)] = uint8(x*x + 50)
					m.Cr[m.COffset(x, y)] = uint8(y*7 + 60)
					fmt.Print(" ", m.YOffset(x, y), "/", m.COffset(x, y))
				}
			}
			fmt.Println()
			fmt.Println(m.At(r.Min.X, r.Min.Y), m.At(r.Max.X-1, r.Max.Y-1), m.At(r.Max.X, 0), m.RGBA64At(r.Min.X+1, r.Min.Y+1), m.Opaque(), m.ColorModel() == color.YCbCrModel)
			sub := m.SubImage(image.Rect(1, 1, 3, 2)).(*image.YCbCr)
			fmt.Println(sub.Bounds(), len(sub.Y), sub.At(1, 1), sub.SubsampleRatio)
		}
	}
	a := image.NewNYCbCrA(image.Rect(0, 0, 3, 2), image.YCbCrSubsampleRatio420)
	fmt.Println(len(a.Y), len(a.Cb), len(a.A), a.AStride, a.Opaque())
	for i := range a.A {
		a.A[i] = uint8(100 + 50*i)
		a.Y[i] = uint8(30 * i)
	}
	a.Cb[0], a.Cr[1] = 200, 20
	fmt.Println(a.At(0, 0), a.At(2, 1), a.NYCbCrAAt(1, 1), a.RGBA64At(2, 0), a.Opaque(), a.AOffset(2, 1), a.Bounds())
	fmt.Println(a.SubImage(image.Rect(1, 0, 3, 2)).At(2, 1), a.SubImage(image.Rect(9, 9, 10, 10)).Bounds())

	c := image.NewCMYK(image.Rect(0, 0, 2, 2))
	c.Set(0, 0, color.RGBA{255, 128, 0, 255})
	c.SetCMYK(1, 0, color.CMYK{10, 20, 30, 40})
	c.SetRGBA64(0, 1, color.RGBA64{0x1234, 0x8000, 0xffff, 0xffff})
	fmt.Println(c.Pix, c.At(0, 0), c.CMYKAt(1, 0), c.At(0, 1), c.RGBA64At(1, 1), c.Opaque(), c.PixOffset(1, 1), c.SubImage(image.Rect(1, 0, 2, 2)).At(1, 0))
	for _, f := range []func(){
		func() { image.NewYCbCr(image.Rectangle{Max: image.Pt(-1, 2)}, image.YCbCrSubsampleRatio420) },
		func() { image.NewNYCbCrA(image.Rectangle{Max: image.Pt(2, -2)}, image.YCbCrSubsampleRatio444) },
		func() { image.NewCMYK(image.Rectangle{Min: image.Pt(5, 5)}) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
