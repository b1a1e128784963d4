// Checks time.Duration String forms and fmt verbs on durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		999,
		time.Microsecond,
		1500 * time.Nanosecond,
		250 * time.Millisecond,
		time.Second,
		1500 * time.Millisecond,
		90 * time.Second,
		time.Minute + 30*time.Second,
		2 * time.Hour,
		-3 * time.Second,
		100*time.Hour + 59*time.Minute + 59*time.Second + time.Millisecond,
		time.Duration(1<<63 - 1),
		time.Duration(-1 << 63),
		time.Hour + 1,
		-time.Nanosecond,
		12345 * time.Microsecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 1500 * time.Millisecond
	fmt.Printf("%v %s %d %q\n", d, d, d, d)
	fmt.Printf("%T\n", d)
	fmt.Println(d.String() == fmt.Sprint(d))
	fmt.Println([]time.Duration{time.Second, time.Millisecond})
	type timing struct{ Wait time.Duration }
	fmt.Printf("%v %+v\n", timing{time.Minute}, timing{time.Minute})
}
