// image.Point and image.Rectangle: arithmetic, containment, String.
package main

import (
	"fmt"
	"image"
)

func main() {
	p := image.Pt(3, -4)
	q := image.Point{X: 10, Y: 20}
	fmt.Println(p, q, p.Add(q), p.Sub(q), p.Mul(3), q.Div(3), p.Eq(image.Pt(3, -4)))
	fmt.Println(image.ZP, image.ZR, image.Point{}, image.Rectangle{})
	fmt.Printf("%v %+v %s %d\n", p, p, p, p)

	r := image.Rect(10, 20, 0, 5)
	fmt.Println(r, r.Dx(), r.Dy(), r.Size(), r.Empty())
	fmt.Println(r.Add(p), r.Sub(p), r.Inset(2), r.Inset(4), r.Inset(100), r.Inset(-1))
	s := image.Rect(5, 0, 30, 10)
	fmt.Println(r.Intersect(s), r.Union(s), r.Overlaps(s), s.In(r), r.Intersect(s).In(r))
	far := image.Rect(100, 100, 200, 200)
	fmt.Println(r.Intersect(far), r.Intersect(far) == image.ZR, r.Overlaps(far), r.Union(far))
	empty := image.Rect(3, 3, 3, 9)
	fmt.Println(empty.Empty(), empty.Union(r), r.Union(empty), empty.In(far), empty.Eq(image.ZR), empty == image.ZR)
	fmt.Println(image.Pt(0, 5).In(r), image.Pt(10, 5).In(r), image.Pt(9, 19).In(r))
	bad := image.Rectangle{image.Pt(5, 5), image.Pt(1, 2)}
	fmt.Println(bad, bad.Empty(), bad.Dx(), bad.Canon(), bad.Size())
	fmt.Println(image.Pt(-7, 13).Mod(image.Rect(0, 0, 5, 4)), image.Pt(12, -1).Mod(image.Rect(2, 3, 7, 9)))
	fmt.Println(r.At(0, 5), r.At(10, 5), r.ColorModel() != nil, r.Bounds(), r.RGBA64At(1, 6))
	rects := []image.Rectangle{r, s, far, empty}
	fmt.Println(rects)
	fmt.Printf("%v|%s|%q\n", r, r, r)
	var pts = map[image.Point]string{p: "p", q: "q"}
	fmt.Println(pts[image.Pt(3, -4)], len(pts))
}
