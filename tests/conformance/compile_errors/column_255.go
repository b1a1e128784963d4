package main

// gc keeps columns in 8 bits: from 255 on, positions have no column.
func main() {
	x := 1                                                                                                                                                                                                                                                                                                            0x
	_ = x
	y := 2                                                                                                                                                                                                                                                + "a"
	_ = y
}
