package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	n, err = fmt.Scanln(&a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Scanln(&a, &b)
	fmt.Println(n, err, a, b)
	var x, y int
	n, err = fmt.Scanf("%d,%d\n", &x, &y)
	fmt.Println(n, err, x, y)
	var w string
	for {
		n, err = fmt.Scan(&w)
		if err != nil {
			fmt.Println("end:", n, err)
			break
		}
		fmt.Println("word:", w)
	}
}
