package main

import (
	"fmt"
	"time"
)

func main() {
	for _, y := range []int{0, -1, -400, -401, 1, 4, 100} {
		for _, m := range []time.Month{1, 2, 3, 12} {
			t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			fmt.Println(t, t.Weekday(), t.YearDay(), t.Unix())
		}
	}
}
