package main

var x = 1

package main
