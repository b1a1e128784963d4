package main
import "fmt"
/* ÿ */ func main() {fmt.Println()}
