// The Go tour's image exercise: a type implementing image.Image.
package main

import (
	"fmt"
	"image"
	"image/color"
)

type Image struct {
	w, h int
}

func (m Image) ColorModel() color.Model { return color.RGBAModel }

func (m Image) Bounds() image.Rectangle { return image.Rect(0, 0, m.w, m.h) }

func (m Image) At(x, y int) color.Color {
	v := uint8((x + y) / 2)
	return color.RGBA{v, v, 255, 255}
}

func describe(m image.Image) {
	b := m.Bounds()
	fmt.Println("bounds:", b, "size:", b.Size(), b.Dx(), b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := m.At(x, y).RGBA()
			fmt.Printf("(%d,%d)=%04x/%04x/%04x/%04x ", x, y, r, g, bl, a)
		}
		fmt.Println()
	}
	fmt.Println(m.ColorModel() == color.RGBAModel)
}

func main() {
	m := Image{8, 7}
	describe(m)
	fmt.Println(m.At(4, 6))
	var img image.Image = m
	if _, ok := img.(interface{ Opaque() bool }); !ok {
		fmt.Println("no Opaque method")
	}

	// The tour's image package example.
	im := image.NewRGBA(image.Rect(0, 0, 100, 100))
	fmt.Println(im.Bounds())
	fmt.Println(im.At(0, 0).RGBA())
	fmt.Println(len(im.Pix), im.Stride, im.Rect)
	describe(image.NewRGBA(image.Rect(-3, -3, 4, 4)))
}
