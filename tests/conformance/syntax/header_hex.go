package 0x

func main() {}
