package mÿain

func main() {}
