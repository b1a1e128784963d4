package main

import (
	"bytes"
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w)(\d+)`)
	b := []byte("x1 yy22 z333 !")
	fmt.Println(re.Match(b))
	f := re.Find(b)
	fmt.Printf("%q %d %d\n", f, len(f), cap(f))
	fmt.Println(re.FindIndex(b), re.FindSubmatchIndex(b))
	sm := re.FindSubmatch(b)
	fmt.Printf("%q %d\n", sm, cap(sm[1]))
	all := re.FindAll(b, -1)
	fmt.Printf("%q %d %d\n", all, len(all), cap(all))
	fmt.Println(re.FindAllIndex(b, -1), re.FindAllSubmatchIndex(b, 2))
	fmt.Printf("%q\n", re.FindAllSubmatch(b, -1))
	fmt.Println(re.Find([]byte("none")) == nil, re.FindAll(nil, -1) == nil, re.FindSubmatch(nil) == nil)

	// results alias the input
	f[0] = 'Q'
	fmt.Printf("%s\n", b)

	r := re.ReplaceAll(b, []byte("<$2$1>"))
	fmt.Printf("%s %d %d\n", r, len(r), cap(r))
	r = re.ReplaceAllLiteral(b, []byte("$1"))
	fmt.Printf("%s\n", r)
	r = re.ReplaceAllFunc(b, bytes.ToUpper)
	fmt.Printf("%s\n", r)
	r = regexp.MustCompile(`q`).ReplaceAll([]byte("abc"), []byte("x"))
	fmt.Printf("%s %d %d\n", r, len(r), cap(r))
	r = regexp.MustCompile(`.*`).ReplaceAll(nil, nil)
	fmt.Println(r == nil, len(r))

	// the func sees a slice of the source
	var seen [][]byte
	regexp.MustCompile(`\d+`).ReplaceAllFunc([]byte("a12b345"), func(m []byte) []byte {
		seen = append(seen, m)
		return m[:1]
	})
	fmt.Printf("%q\n", seen)

	// index results are fresh []int values
	idx := re.FindStringSubmatchIndex("a1")
	fmt.Println(idx, len(idx), cap(idx))
	loc := re.FindStringIndex("zz a9")
	fmt.Println(loc, len(loc), cap(loc))
	alls := re.FindAllStringSubmatchIndex("a1 b2 c3 d4 e5", -1)
	fmt.Println(len(alls), cap(alls), cap(alls[0]))
	strs := regexp.MustCompile(`\w`).FindAllString("abcdefghijk", -1)
	fmt.Println(len(strs), cap(strs))
}
