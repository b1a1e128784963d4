package main

func main() {}

func Helper() {}
