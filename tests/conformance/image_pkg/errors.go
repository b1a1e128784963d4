// image: decoding with no registered format, a registered toy format, and
// the panic for a negative-size image.
package main

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"strings"
)

func decodeToy(r io.Reader) (image.Image, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if len(b) < 5 {
		return nil, errors.New("toy: too short")
	}
	m := image.NewGray(image.Rect(0, 0, int(b[4]-'0'), 1))
	for i := range m.Pix {
		m.Pix[i] = 255
	}
	return m, nil
}

func toyConfig(r io.Reader) (image.Config, error) {
	return image.Config{ColorModel: color.GrayModel, Width: 3, Height: 1}, nil
}

func main() {
	m, name, err := image.Decode(strings.NewReader("\x89PNG\r\n\x1a\n"))
	fmt.Println(m, name, err, err == image.ErrFormat)
	_, name, err = image.DecodeConfig(strings.NewReader(""))
	fmt.Printf("%q %v\n", name, err)

	image.RegisterFormat("toy", "TO?Y", decodeToy, toyConfig)
	m, name, err = image.Decode(strings.NewReader("TOxY3rest"))
	fmt.Println(m.Bounds(), name, err, m.At(1, 0))
	m, name, err = image.Decode(strings.NewReader("TOY"))
	fmt.Println(m, name, err)
	m, name, err = image.Decode(strings.NewReader("TO!Y"))
	fmt.Println(m, name, err)
	cfg, name, err := image.DecodeConfig(strings.NewReader("TOOY"))
	fmt.Println(cfg.Width, cfg.Height, name, err)

	defer func() {
		fmt.Println("recovered:", recover())
		var bad image.Rectangle
		bad.Max.X = -2
		image.NewRGBA(bad)
	}()
	image.NewNRGBA(image.Rectangle{Max: image.Pt(3, -1)})
}
