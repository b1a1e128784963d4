// image/color: Y'CbCr and CMYK conversions (clamped fixed point) and models.
package main

import (
	"fmt"
	"image/color"
)

func main() {
	for _, rgb := range [][3]uint8{{0, 0, 0}, {255, 255, 255}, {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {18, 200, 97}, {250, 5, 250}, {128, 128, 128}} {
		y, cb, cr := color.RGBToYCbCr(rgb[0], rgb[1], rgb[2])
		r, g, b := color.YCbCrToRGB(y, cb, cr)
		c, m, yy, k := color.RGBToCMYK(rgb[0], rgb[1], rgb[2])
		r2, g2, b2 := color.CMYKToRGB(c, m, yy, k)
		fmt.Println(rgb, "->", y, cb, cr, "->", r, g, b, "|", c, m, yy, k, "->", r2, g2, b2)
	}
	// Y'CbCr values whose RGB falls outside [0, 255] are clamped.
	for _, ycc := range [][3]uint8{{0, 0, 0}, {255, 255, 255}, {0, 255, 0}, {255, 0, 255}, {16, 128, 128}, {235, 240, 16}} {
		r, g, b := color.YCbCrToRGB(ycc[0], ycc[1], ycc[2])
		c := color.YCbCr{ycc[0], ycc[1], ycc[2]}
		fmt.Print(ycc, r, g, b, " ")
		fmt.Println(c.RGBA())
		fmt.Println(color.NYCbCrA{c, 128}.RGBA())
	}
	colors := []color.Color{color.RGBA{255, 0, 0, 255}, color.NRGBA{10, 200, 30, 100}, color.Gray{77}, color.Transparent,
		color.YCbCr{100, 50, 200}, color.NYCbCrA{color.YCbCr{1, 2, 3}, 4}, color.CMYK{1, 2, 3, 4}, color.CMYK{0, 0, 0, 255}}
	for _, c := range colors {
		fmt.Println(color.YCbCrModel.Convert(c), color.NYCbCrAModel.Convert(c), color.CMYKModel.Convert(c), color.RGBAModel.Convert(c), color.GrayModel.Convert(c))
	}
	fmt.Println(color.CMYK{10, 20, 30, 40}.RGBA())
}
