package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\d+)-(\d+)`)
	fmt.Println(re.MatchReader(strings.NewReader("call 555-1234 now")))
	fmt.Println(re.MatchReader(strings.NewReader("no digits")))
	fmt.Println(re.FindReaderIndex(strings.NewReader("héllo 12-34")))
	fmt.Println(re.FindReaderSubmatchIndex(bufio.NewReader(strings.NewReader("x 1-2 3-4"))))
	fmt.Println(re.FindReaderIndex(strings.NewReader("")))
	ok, err := regexp.MatchReader(`^é+$`, strings.NewReader("ééé"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchReader(`(`, strings.NewReader("x"))
	fmt.Println(ok, err)
	fmt.Println(regexp.MustCompile(`.b`).FindReaderIndex(strings.NewReader("\xffb")))
}
