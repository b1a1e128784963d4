// Data written before close(done) is visible to whoever sees the close.
package main

import "fmt"

var config map[string]string

func main() {
	done := make(chan struct{})
	go func() {
		config = map[string]string{"mode": "fast"}
		close(done)
	}()
	<-done
	fmt.Println(config["mode"])
}
