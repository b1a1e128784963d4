package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t), t[0], t[1:5], t[7:], t[:0] == "")
	s += "!"
	fmt.Println(s)
	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[1:3])
	for i, r := range u {
		fmt.Print(i, ":", r, ":", string(r), " ")
	}
	fmt.Println()
	rs := []rune(u)
	fmt.Println(len(rs), rs[1], string(rs[7:]))
	bs := []byte(u)
	fmt.Println(len(bs), bs[:4])
	bs[0] = 'H'
	fmt.Println(string(bs), u)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)), string(rune(0xD800)))
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a", "x" == "x")
	var e string
	fmt.Println(e == "", len(e))
	multi := `raw\n
line`
	fmt.Println(multi, len(multi))
	fmt.Println("\x00\x7f"[1], "\377"[0], "\u00ff"[0], len("\u00ff"))
	fmt.Printf("%q %q %x\n", "tab\there", 'x', "hi")
	c := 0
	for range "日本語" {
		c++
	}
	fmt.Println(c)
	var b byte = 'z'
	fmt.Println(b, string(b), string(rune(b)))
	fmt.Println([]byte("abc"), []rune("abc"), string([]rune{72, 105}), string([]byte{72, 105}))
	str := "abc"
	p := str[1:]
	fmt.Println(p, str[len(str):], str[:])
	ss := "x"
	for i := 0; i < 5; i++ {
		ss = ss + ss
	}
	fmt.Println(len(ss))
}
