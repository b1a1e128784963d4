// %q and strconv's printability use Go's Unicode tables (newer than Python's unicodedata).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, r := range []rune{'é', 0x1FAE8, 0x2FFFF, 0x31350, 0xAD, 0x3000, 0x2028, 0x1F600, 0x0378, 0x1E030} {
		fmt.Printf("%q %+q %s %v %v\n", r, r, strconv.QuoteRune(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	fmt.Printf("%q\n", "a\u00ad\U0001FAE8\u3000z")
}
