// A map written from two goroutines (a map is one location for the detector).
// want race: 13 13
package main

import "fmt"

func main() {
	m := map[string]int{}
	done := make(chan bool)
	for _, k := range []string{"a", "b"} {
		go func() {
			// each goroutine writes its own key, but the map is shared
			m[k] = len(k)
			done <- true
		}()
	}
	<-done
	<-done
	fmt.Println(len(m))
}
