package "main

func main() {}
