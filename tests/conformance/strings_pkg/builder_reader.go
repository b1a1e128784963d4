package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap(), sb.String() == "")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d:%s ", i, strings.Repeat("*", i))
		fmt.Println(sb.Len(), sb.Cap())
	}
	n, err := sb.WriteString("héllo")
	fmt.Println(n, err)
	n, err = sb.WriteRune('世')
	fmt.Println(n, err)
	n, err = sb.WriteRune(-5)
	fmt.Println(n, err)
	fmt.Println(sb.WriteByte('!'))
	n, err = sb.Write([]byte{'a', 'b'})
	fmt.Println(n, err)
	fmt.Printf("%q %d %d\n", sb.String(), sb.Len(), sb.Cap())
	sb.Reset()
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(5)
	fmt.Println(sb.Len(), sb.Cap())
	sb.WriteString("0123456789ABCDEF!")
	fmt.Println(sb.Len(), sb.Cap())
	var w io.Writer = &sb
	io.WriteString(w, "+io")
	fmt.Println(sb.String())
	b2 := &strings.Builder{}
	b2.WriteString("ptr")
	fmt.Println(b2.String())

	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	r.Reset("añb")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(ch, size, r.Len())
	}
	fmt.Println(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	r.Reset("xyz")
	c, err := r.ReadByte()
	fmt.Println(c, err)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	fmt.Println(r.UnreadRune())
	pos, err := r.Seek(-1, 2 /* io.SeekEnd */)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	_, err = r.Seek(-10, 0 /* io.SeekStart */)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	rb := make([]byte, 2)
	n, err = r.ReadAt(rb, 1)
	fmt.Println(n, err, string(rb))
	n, err = r.ReadAt(rb, 2)
	fmt.Println(n, err)
	n, err = r.ReadAt(rb, -1)
	fmt.Println(n, err)
	r.Reset("to stdout\n")
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println(wn, err)
	all, err := io.ReadAll(strings.NewReader("read all of this"))
	fmt.Println(string(all), err)

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">go</a>"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("a", "b", "a", "c").Replace("aaa"))
	fmt.Println(strings.NewReplacer("", "-").Replace("héllo"))
	fmt.Println(strings.NewReplacer("", "X", "l", "L").Replace("hello"))
	fmt.Println(strings.NewReplacer("l", "L", "", "X").Replace("hello"))
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
	fmt.Println(strings.NewReplacer("hello", "bye").Replace("hello hello hellohello"))
	fmt.Println(strings.NewReplacer("a", "A", "b", "BB").Replace("abcab"))
	n, err = strings.NewReplacer("o", "0").WriteString(os.Stdout, "foo boo\n")
	fmt.Println(n, err)
	var out strings.Builder
	strings.NewReplacer("x", "y").WriteString(&out, "xoxo")
	fmt.Println(out.String())
}
