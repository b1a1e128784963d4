package main

import "fmt"

type MyStr string
type MyBytes []byte
type MyRunes []rune

func main() {
	s := "Hello, 世界!"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(string(b[7:10]), string(r[7:9]), string(r[7]))
	ms := MyStr(s)
	fmt.Println(ms, len(ms), ms[0], string(ms[1:5]))
	mb := MyBytes("abc")
	mr := MyRunes("añb")
	fmt.Println(mb, mr, string(mb), string(mr), MyStr(mb))
	fmt.Println(string(rune(0)) == "\x00", len(string(rune(0))))
	var i int = 97
	fmt.Println(string(rune(i)), string(byte(i)))
	var i64 int64 = 0x4e2d
	fmt.Println(string(rune(i64)))
	bs := []byte{}
	for i := 0; i < 3; i++ {
		bs = append(bs, "xyz"[i])
	}
	bs = append(bs, "!!"...)
	fmt.Println(string(bs))
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs))
	rs := []rune{}
	for _, c := range "abc" {
		rs = append(rs, c-32)
	}
	fmt.Println(string(rs))
	fmt.Println(s[7], s[len(s)-1], "x"+string("yz"[1]))
	bb := []byte("héllo")
	fmt.Println(len(bb), bb[1], bb[2])
	cmp := []string{"a", "B", "é", "e", "\xff", ""}
	for _, c := range cmp {
		fmt.Print(c < "e", " ")
	}
	fmt.Println()
	fmt.Println(MyStr("a") < MyStr("b"), ms == "Hello, 世界!")
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += int(s[i])
	}
	fmt.Println(sum)
	var nilB []byte
	fmt.Println(string(nilB) == "", len(string(nilB)))
}
