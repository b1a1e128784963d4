// Checks Duration constants and arithmetic: conversions, Hours/Minutes/Seconds, Truncate, Round, Abs, ParseDuration.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond))
	fmt.Println(int64(time.Second), int64(time.Minute), int64(time.Hour))

	d := 2*time.Hour + 45*time.Minute + 30*time.Second + 500*time.Millisecond
	fmt.Println(d)
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Println(d.Truncate(0), d.Round(-1))
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs())

	// Integer division, multiplication by a typed count, conversions.
	n := 3
	fmt.Println(time.Duration(n) * time.Second)
	fmt.Println(d / time.Minute)
	fmt.Println(int(d / time.Second))
	fmt.Println(d % time.Hour)
	fmt.Println(time.Second * 3 / 4)
	ms := 250
	fmt.Println(time.Millisecond * time.Duration(ms))
	fmt.Println(float64(d) / float64(time.Hour))
	fmt.Println(time.Duration(1.5 * float64(time.Second)))

	// Comparison.
	fmt.Println(time.Second > 999*time.Millisecond, time.Minute == 60*time.Second)

	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2m3.5s", "1µs", "1us", "2h45m30.5s", "0", "bad", "1d"} {
		v, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "=>", v, int64(v))
	}
}
