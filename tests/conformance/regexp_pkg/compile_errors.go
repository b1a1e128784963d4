package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

func main() {
	bad := []string{
		`(a`, `a)`, `a**`, `a*+`, `a??*`, `x{1001}`, `x{2,1}`, `(a{500}){3}`, `*a`, `+`, `a|*`, `(?i)*`,
		`[a`, `[z-a]`, `[[:foo:]]`, `[a-\d]`, `\`, `a\`, `\C`, `\Z`, `\8`, `\1`, `\x{110000}`, `\x{`, `\xz`,
		`\pX`, `\p{Foo}`, `\p{L`, `(?P<>a)`, `(?P<n!>a)`, `(?<=a)`, `(?<!a)`, `(?P=n)`, `(?=a)`, `(?z)`, `(?i`,
		`(?i-)`, `(?-)`, `(?'n'a)`, "a\xffb", "[\xff]", "(?P<\xff>a)", "\\Q\xff\\E", `[^]`, `x{2}{3}`,
	}
	for _, p := range bad {
		_, err := regexp.Compile(p)
		var se *syntax.Error
		if errors.As(err, &se) {
			fmt.Printf("%-14q %q | %q\n", p, string(se.Code), se.Expr)
		}
		fmt.Println("   ", err)
	}
	// what Go accepts that other engines reject, and the reverse
	good := []string{`a{,3}`, `[]a]`, `\_`, `\Q\E`, `(?P<n>a)(?P<n>b)`, `(?<name>x)`, `\p{Greek}\p{greek}\p{Latn}\p{Letter}`,
		`\P{^Lu}`, `\pN`, `[\d-z]`, `x{0}`, `^*`, `(?i)(?-i)a`, `(|a)*`, `\x{D800}`, `\08`, `(?U)a*?`}
	for _, p := range good {
		_, err := regexp.Compile(p)
		fmt.Printf("%-40q %v\n", p, err)
	}
	// POSIX syntax rejects Perl extensions
	for _, p := range []string{`\d`, `a*?`, `(?i)a`, `\pL`, `\b`, `[a-b-c]`, `a**`, `\Qx\E`, `[[:alpha:]-z]`} {
		_, err := regexp.CompilePOSIX(p)
		fmt.Printf("POSIX %-16q %v\n", p, err)
	}
	deep := ""
	for i := 0; i < 1001; i++ {
		deep = "(" + deep + ")"
	}
	_, err := regexp.Compile(deep)
	fmt.Println(err != nil && len(err.Error()) > 40, err.(*syntax.Error).Code)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`a(b`)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompilePOSIX("`x(")
	}()
	fmt.Println(syntax.ErrMissingParen, syntax.ErrInvalidRepeatOp == "invalid nested repetition operator")
}
