package main

// Timers and tickers used without NewTimer/NewTicker, through nil pointers,
// or with bad intervals: Go's panics, recoverable.

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("nil Timer", func() { var t *time.Timer; t.Stop() })
	try("zero Timer Stop", func() { var t time.Timer; t.Stop() })
	try("zero Timer Reset", func() { var t time.Timer; t.Reset(1) })
	try("nil Ticker", func() { var tk *time.Ticker; tk.Stop() })
	try("zero Ticker", func() { var tk time.Ticker; tk.Stop(); tk.Reset(5) })
	try("Ticker.Reset(0)", func() { tk := time.NewTicker(time.Second); tk.Reset(0) })
	fmt.Println(time.Month(13), time.Weekday(-1), time.Month(0))
}
