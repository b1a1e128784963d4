package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	msg := []byte("Many hands make light work.")
	encs := []struct {
		name string
		e    *base64.Encoding
	}{
		{"Std", base64.StdEncoding}, {"URL", base64.URLEncoding},
		{"RawStd", base64.RawStdEncoding}, {"RawURL", base64.RawURLEncoding},
	}
	for _, e := range encs {
		for _, n := range []int{0, 1, 2, 3, 4, 5, 27} {
			s := e.e.EncodeToString(msg[:n])
			d, err := e.e.DecodeString(s)
			fmt.Printf("%-6s %2d %-40q %d %d %q %v\n", e.name, n, s, e.e.EncodedLen(n), e.e.DecodedLen(len(s)), d, err)
		}
	}
	bin := []byte{0xfb, 0xff, 0xfe, 0x3e, 0x3f}
	fmt.Println(base64.StdEncoding.EncodeToString(bin), base64.URLEncoding.EncodeToString(bin))

	inputs := []string{
		"aGVsbG8=", "aGVsbG8", "aGVsbA==", "aGVsbA=", "aGVsbA", "aGVsbA===", "aGVs\nbG8=\r\n",
		"aGVsbG8=x", "aGVsbG8=\n\nx", "a===", "====", "=", "aG=", "aGVsbG8*", "*aGVsbG8",
		"aGV sbG8=", "aGVsbG9=", "aGVsbA==\n", "YQ==YQ==", "YWJjZGVmZ2hpamtsbW5vcA==", "YWJjZGVmZ2hpamtsbW5vc!==",
		"aGVsbA=\n=", "aGVsbA=\n", "\n\n", "",
	}
	for _, in := range inputs {
		d, err := base64.StdEncoding.DecodeString(in)
		r, rerr := base64.RawStdEncoding.DecodeString(in)
		st, serr := base64.StdEncoding.Strict().DecodeString(in)
		fmt.Printf("%-28q std %q %v | raw %q %v | strict %q %v\n", in, d, err, r, rerr, st, serr)
	}
	_, err := base64.StdEncoding.DecodeString("abc!")
	var cie base64.CorruptInputError
	fmt.Println(errors.As(err, &cie), int64(cie), err)

	// custom alphabets and padding
	custom := base64.NewEncoding("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")
	star := custom.WithPadding('*')
	for _, e := range []*base64.Encoding{custom, star, custom.WithPadding(base64.NoPadding)} {
		s := e.EncodeToString([]byte("custom!"))
		d, err := e.DecodeString(s)
		fmt.Println(s, string(d), err)
	}
	for _, bad := range []func(){
		func() { base64.NewEncoding("short") },
		func() { base64.NewEncoding(strings.Repeat("A", 64)) },
		func() { base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n") },
		func() { base64.StdEncoding.WithPadding('A') },
		func() { base64.StdEncoding.WithPadding('\n') },
		func() { base64.StdEncoding.WithPadding(300) },
		func() { base64.StdEncoding.Encode(make([]byte, 5), []byte("abcdef")) },
		func() { base64.StdEncoding.Encode(make([]byte, 6), []byte("abcd")) },
		func() { base64.StdEncoding.Decode(make([]byte, 2), []byte("YWJj")) },
		func() { base64.StdEncoding.Decode(make([]byte, 4), []byte("YWJjZGVm")) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			bad()
		}()
	}

	// Decode into a dirty buffer: what is stored past n
	dirty := bytes.Repeat([]byte{'.'}, 20)
	n, err := base64.StdEncoding.Decode(dirty, []byte("YWJjZGVmZ2hp"))
	fmt.Printf("%d %v %q\n", n, err, dirty)
	dirty = bytes.Repeat([]byte{'.'}, 20)
	n, err = base64.StdEncoding.Decode(dirty, []byte("YWJjZGVm\nZ2hpag=="))
	fmt.Printf("%d %v %q\n", n, err, dirty)

	a := base64.StdEncoding.AppendEncode([]byte("b64:"), []byte("xyz"))
	fmt.Println(string(a), len(a), cap(a))
	a, err = base64.RawURLEncoding.AppendDecode(nil, []byte("eHl6YQ"))
	fmt.Println(string(a), err, len(a), cap(a))

	// streaming
	var out bytes.Buffer
	w := base64.NewEncoder(base64.StdEncoding, &out)
	for _, part := range []string{"a", "bc", "defg", strings.Repeat("h", 1000), "i"} {
		w.Write([]byte(part))
	}
	fmt.Println(out.Len())
	w.Close()
	fmt.Println(out.Len(), out.String()[out.Len()-12:])
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader(out.String()))
	got, err := io.ReadAll(r)
	fmt.Println(len(got), err, string(got[:10]))

	wrapped := "TWFu\neSBo\r\nYW5k\ncw==\n"
	got, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader(wrapped)))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("TWFueSBo!W5k")))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, strings.NewReader("TWFueS")))
	fmt.Printf("%q %v\n", got, err)
	got, err = io.ReadAll(base64.NewDecoder(base64.RawStdEncoding, strings.NewReader("TWFueS")))
	fmt.Printf("%q %v\n", got, err)

	small := base64.NewDecoder(base64.URLEncoding, strings.NewReader("SGVsbG8sIHdvcmxkIQ=="))
	buf := make([]byte, 2)
	for {
		n, err := small.Read(buf)
		fmt.Printf("[%q %v]", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
}
