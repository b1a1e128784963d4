package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+) (?P<second>\w+)`)
	src := "hello world, good morning"
	for _, t := range []string{
		"$2 $1", "${2} ${1}", "$second-$first", "${second}x", "$secondx", "$1x", "${1}x",
		"$$1", "$", "x$", "${", "${1", "${}", "$!", "$0", "${0}", "$00", "$01", "$3", "${99}",
		"$first$first", "${first}${first}", "[$1]", "$ 1", "$1$", "$é", "${fírst}",
		"$10", "${1_}", "$_", "$1_",
	} {
		fmt.Printf("%-18q %q\n", t, re.ReplaceAllString(src, t))
	}

	// Unicode group names and duplicate names
	u := regexp.MustCompile(`(?P<nom>\pL+)=(?P<val>\d+)`)
	fmt.Println(u.ReplaceAllString("été=1 hiver=2", "$val:$nom"))
	dup := regexp.MustCompile(`(?P<x>a)|(?P<x>b)`)
	fmt.Println(dup.ReplaceAllString("ab", "[$x]"), dup.SubexpIndex("x"), dup.SubexpNames())

	fmt.Println(re.ReplaceAllLiteralString(src, "$2 $1"))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Println(regexp.MustCompile(`\d+`).ReplaceAllStringFunc("a1b22c333", func(s string) string {
		return fmt.Sprint(len(s))
	}))

	// Expand and ExpandString with explicit matches
	tmpl := "$second=$first;"
	var dst []byte
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		dst = re.ExpandString(dst, tmpl, src, m)
	}
	fmt.Println(string(dst))
	out := re.Expand([]byte("got: "), []byte("<${first}|$2|$9>"), []byte(src), re.FindSubmatchIndex([]byte(src)))
	fmt.Println(string(out))
	fmt.Println(string(re.ExpandString(nil, "$1 $2", "ab cd", []int{0, 5, 0, 2})))
	fmt.Println(string(re.ExpandString(nil, "[$1][$2]", "ab cd", []int{0, 5, -1, -1, 3, 5})))

	// replacements around empty matches and non-ASCII
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`a|`).ReplaceAllString("baac", "-"))
	fmt.Println(regexp.MustCompile(`é`).ReplaceAllString("café élan", "e"))
	fmt.Println(regexp.MustCompile(`(\w)(\w*)`).ReplaceAllString("go is fun", "${2}${1}ay"))
	fmt.Printf("%q\n", regexp.MustCompile(`.`).ReplaceAllString("a\xffé", "[$0]"))
}
