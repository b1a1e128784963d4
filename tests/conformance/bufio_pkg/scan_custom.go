package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// a reader that hands out at most k bytes per Read
type trickle struct {
	data []byte
	k    int
}

func (t *trickle) Read(p []byte) (int, error) {
	if len(t.data) == 0 {
		return 0, io.EOF
	}
	n := min(t.k, len(p), len(t.data))
	copy(p, t.data[:n])
	t.data = t.data[n:]
	return n, nil
}

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(&trickle{[]byte("alpha,beta,,gamma,delta"), 3})
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	// stop at a sentinel with ErrFinalToken
	sc = bufio.NewScanner(strings.NewReader("1 2 3 STOP 4 5"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(sc.Err())

	// a split function that fails
	sc = bufio.NewScanner(strings.NewReader("ok ok bad ok"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "bad" {
			return 0, nil, errors.New("found bad token")
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(sc.Err())

	// runes, including invalid UTF-8, through a trickling reader
	sc = bufio.NewScanner(&trickle{[]byte("aé世\xff\xe4\xb8b"), 1})
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("xyz"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Print(sc.Bytes(), " ")
	}
	fmt.Println()

	// token too long, then a bigger buffer
	long := strings.Repeat("y", 70000)
	input := "a\n" + long + "\nb\n"
	sc = bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 0, 16), 1<<20)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())
	sc = bufio.NewScanner(strings.NewReader("12345678901234567890\n"))
	sc.Buffer(nil, 20)
	fmt.Println(sc.Scan(), sc.Err())
	sc = bufio.NewScanner(strings.NewReader("1234567890123456789\n"))
	sc.Buffer(nil, 20)
	fmt.Println(sc.Scan(), sc.Text(), sc.Err())

	// calling the split functions directly
	adv, tok, err := bufio.ScanLines([]byte("abc\r\ndef"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("abc"), false)
	fmt.Printf("%d %q %v %v\n", adv, tok, err, tok == nil)
	adv, tok, err = bufio.ScanWords([]byte("  two words"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanRunes([]byte("\xe4\xb8"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("x"))
		s.Scan()
		s.Split(bufio.ScanWords)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("x"))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if !atEOF {
				return 0, nil, nil
			}
			return 0, []byte{}, nil
		})
		for s.Scan() {
		}
	}()
	s := bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 5, nil, nil })
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(s.Scan(), s.Err())
}
