package main

import (
	"fmt"
	"regexp"
)

var valid = regexp.MustCompile(`^[a-z]+$`)

func main() {
	fmt.Println(valid.MatchString("ok"))
	pat := `[0-9]++`
	re := regexp.MustCompile(pat)
	fmt.Println(re)
}
