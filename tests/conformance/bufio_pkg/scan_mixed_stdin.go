package main

import (
	"bufio"
	"fmt"
	"os"
)

// fmt.Scan first, then a Scanner over the rest of stdin, including a line
// longer than the default maximum token size
func main() {
	var n int
	var name string
	fmt.Scan(&n, &name)
	fmt.Println("n =", n, "name =", name)
	sc := bufio.NewScanner(os.Stdin)
	for i := 0; sc.Scan(); i++ {
		t := sc.Text()
		if len(t) > 20 {
			t = t[:10] + "..." + t[len(t)-5:]
		}
		fmt.Printf("%d %d %q\n", i, len(sc.Text()), t)
	}
	fmt.Println("err:", sc.Err())
	fmt.Println(sc.Scan(), sc.Err())
}
