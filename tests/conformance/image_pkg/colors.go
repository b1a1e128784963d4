// image/color: the color types' RGBA values and the models' conversions.
package main

import (
	"fmt"
	"image/color"
)

func show(name string, c color.Color) {
	r, g, b, a := c.RGBA()
	fmt.Printf("%-8s %v -> %d %d %d %d\n", name, c, r, g, b, a)
}

func main() {
	colors := []color.Color{
		color.RGBA{255, 128, 0, 255},
		color.RGBA{100, 50, 25, 128},
		color.RGBA64{0x1234, 0x5678, 0x9abc, 0xdef0},
		color.NRGBA{255, 128, 0, 128},
		color.NRGBA{200, 100, 50, 0},
		color.NRGBA64{0xffff, 0x8000, 0x1234, 0x8000},
		color.Alpha{77},
		color.Alpha16{0x1234},
		color.Gray{200},
		color.Gray16{0xabcd},
		color.Black, color.White, color.Transparent, color.Opaque,
	}
	for _, c := range colors {
		show(fmt.Sprintf("%T", c), c)
	}
	models := []struct {
		name string
		m    color.Model
	}{
		{"RGBA", color.RGBAModel}, {"RGBA64", color.RGBA64Model},
		{"NRGBA", color.NRGBAModel}, {"NRGBA64", color.NRGBA64Model},
		{"Alpha", color.AlphaModel}, {"Alpha16", color.Alpha16Model},
		{"Gray", color.GrayModel}, {"Gray16", color.Gray16Model},
	}
	for _, m := range models {
		fmt.Print(m.name, ":")
		for _, c := range colors {
			fmt.Printf(" %v", m.m.Convert(c))
		}
		fmt.Println()
	}
	double := color.ModelFunc(func(c color.Color) color.Color {
		r, g, b, a := c.RGBA()
		return color.RGBA64{uint16(r / 2), uint16(g / 2), uint16(b / 2), uint16(a)}
	})
	fmt.Println(double.Convert(color.White), double.Convert(color.RGBA{10, 20, 30, 40}))

	p := color.Palette{color.Black, color.White, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	for _, c := range []color.Color{color.Gray{100}, color.Gray{180}, color.RGBA{200, 30, 30, 255}, color.NRGBA{0, 0, 200, 200}, color.Transparent} {
		fmt.Println(p.Index(c), p.Convert(c))
	}
	fmt.Println(color.Palette{}.Convert(color.White), len(p))
	fmt.Println(color.RGBA{1, 2, 3, 4} == color.RGBA{1, 2, 3, 4}, color.Gray{3} == color.Gray{Y: 3})
	var c color.Color = color.Gray16{0xffff}
	fmt.Println(c == color.White, c == color.Color(color.Gray{255}))
}
