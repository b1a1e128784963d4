package main

import "os"

type Point struct{ X, Y int }

func helper() int { return "not an int" }

var total = 1
