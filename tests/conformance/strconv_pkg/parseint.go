package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	atoi := []string{"0", "5", "+5", "-5", "-0", "+0", " 5", "5 ", "", "+", "-", "abc", "12a",
		"0x1f", "1_000", "007", "123456789012345678", "-123456789012345678",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"999999999999999999999", "-999999999999999999999", "99999999999999999999x", "1e3", "١٢"}
	for _, s := range atoi {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	type pi struct {
		s       string
		base    int
		bitSize int
	}
	cases := []pi{
		{"0x1f", 0, 64}, {"0x1f", 16, 64}, {"1f", 16, 64}, {"1F", 16, 64}, {"0X1F", 0, 64},
		{"0b101", 0, 64}, {"0B101", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64}, {"017", 10, 64},
		{"0", 0, 64}, {"0x", 0, 64}, {"0b", 0, 64}, {"08", 0, 64}, {"-0x10", 0, 64}, {"+0x10", 0, 64},
		{"1_000", 0, 64}, {"1_000", 10, 64}, {"1__000", 0, 64}, {"_1000", 0, 64}, {"1000_", 0, 64},
		{"0x_1f", 0, 64}, {"0_17", 0, 64}, {"0b_1_0", 0, 64}, {"-1_0", 0, 64},
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"32767", 10, 16}, {"40000", 10, 16},
		{"2147483648", 10, 32}, {"-2147483648", 10, 32}, {"-2147483649", 10, 32},
		{"zz", 36, 64}, {"ZZ", 36, 64}, {"z", 35, 64}, {"12", 1, 64}, {"12", 37, 64}, {"12", -1, 64},
		{"12", 10, 65}, {"12", 10, -1}, {"12", 10, 0}, {"", 1, 65}, {"-", 10, 64}, {"--1", 10, 64},
		{"7fffffffffffffff", 16, 64}, {"8000000000000000", 16, 64}, {"-8000000000000000", 16, 64},
		{"111111111111111111111111111111111111111111111111111111111111111111", 2, 64},
		{"1", 10, 1}, {"-1", 10, 1}, {"0", 10, 1}, {"99999999999999999999999999x", 10, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bitSize, n, err)
		u, err := strconv.ParseUint(c.s, c.base, c.bitSize)
		fmt.Printf("ParseUint(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bitSize, u, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)

	_, err = strconv.Atoi("x1")
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrRange)
	}
	ne2 := err.(*strconv.NumError)
	fmt.Printf("%T %v %q\n", err, ne2.Unwrap(), ne2.Error())
	_, err = strconv.ParseInt("1", 99, 64)
	fmt.Println(errors.Unwrap(err), errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.IntSize)

	e := &strconv.NumError{Func: "Foo", Num: "a\"b\n", Err: errors.New("boom")}
	fmt.Println(e)

	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	for _, s := range []string{"1", "t", "T", "TRUE", "True", "0", "f", "F", "FALSE", "False", "false", "yes", "tRUE", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(string(strconv.AppendBool([]byte("x="), true)))
}
