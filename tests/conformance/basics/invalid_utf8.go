package main

import "fmt"

func main() {
	s := "a\xffb\xc0\xafc\xe2\x82"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println([]rune(s))
	fmt.Printf("%q\n", s)
	fmt.Printf("%x\n", string([]rune(s)))
	b := []byte{0xe4, 0xb8, 0x96, 0xe7}
	fmt.Println(string(b), len(string(b)))
	for i, r := range string(b) {
		fmt.Println(i, r)
	}
	sur := "\xed\xa0\x80"
	for i, r := range sur {
		fmt.Println("sur", i, r)
	}
	over := "\xf4\x90\x80\x80"
	for i, r := range over {
		fmt.Println("over", i, r)
	}
	fmt.Println(string(rune(0xFFFD)) == "\uFFFD")
	rs := []rune{0x41, -5, 0xD800, 0x10FFFF, 0x110000}
	fmt.Printf("%q\n", string(rs))
	fmt.Println(len(string(rs)))
}
