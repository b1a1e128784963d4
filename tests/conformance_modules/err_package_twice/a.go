package main

func main() { _ = x }
