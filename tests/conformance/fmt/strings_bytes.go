package main

import "fmt"

func main() {
	s := "héllo, 世界\n\t\"q\"\x00\xff"
	fmt.Printf("%s|%v|%q|%+q|%#q|%x|%X|% x|%# x|%#x\n", s, s, s, s, s, s, s, s, s, s)
	fmt.Printf("%10s|%-10s|%.3s|%10.2s|%q|%.2q|%010s\n", "abc", "abc", "héllo", "héllo", "", "héllo", "ab")
	fmt.Printf("%#q %#q %#q\n", "back`tick", "plain", "new\nline")
	fmt.Printf("%5q|%-8q|\n", "a", "b")
	b := []byte("hi\x01")
	fmt.Printf("%s|%v|%q|%x|%X|% x|%d|%#v|%T\n", b, b, b, b, b, b, b, b, b)
	fmt.Println(b, string(b))
	var nb []byte
	fmt.Printf("%s|%v|%q|%x|%#v|%d\n", nb, nb, nb, nb, nb, nb)
	arr := [3]byte{65, 66, 67}
	fmt.Printf("%s|%v|%x|%#v|%d\n", arr, arr, arr, arr, arr)
	fmt.Printf("%x|%X|%.2x\n", "hello", "hello", "hello")
	fmt.Printf("%d|%t|%f\n", "str", "str", "str")
	fmt.Printf("%c\n", "str")
	fmt.Printf("%s %s\n", []string{"a", "b"}, [2]string{"c", "d"})
	fmt.Printf("%q\n", []string{"a", "b\n"})
	fmt.Printf("%x %X\n", []string{"ab", "cd"}, "")
	fmt.Printf("%5.1s|%-5.1s|\n", "xyz", "xyz")
	rs := []rune("añ")
	fmt.Printf("%v %q %c %U %x\n", rs, rs, rs, rs, rs)
	type mystr string
	fmt.Printf("%v %s %q %#v %T\n", mystr("x"), mystr("y"), mystr("z"), mystr("w"), mystr("v"))
	fmt.Printf("%#v\n", "tab\there")
	fmt.Printf("%q\n", "\u2028 \x7f \U0001F600")
	fmt.Printf("%+q\n", "\U0001F600é")
}
