// A path without a dot that is not in the standard library.
package main

import "mylib/util"

func main() {
	util.Do()
}
