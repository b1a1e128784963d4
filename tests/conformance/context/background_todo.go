// Checks context.Background and context.TODO: printing, Err, Done, Deadline, Value.
package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	todo := context.TODO()
	fmt.Println(bg)
	fmt.Println(todo)
	fmt.Printf("%v | %s\n", bg, todo)
	fmt.Println("Err:", bg.Err(), todo.Err())
	fmt.Println("Done is nil:", bg.Done() == nil, todo.Done() == nil)
	d, ok := bg.Deadline()
	fmt.Println("Deadline:", d.IsZero(), ok)
	fmt.Println("Value:", bg.Value("missing"))
	fmt.Println("Cause:", context.Cause(bg))
	fmt.Println("same Background:", context.Background() == bg)

	select {
	case <-bg.Done():
		fmt.Println("impossible")
	default:
		fmt.Println("Background is never done")
	}

	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)
	fmt.Printf("%T\n", context.Canceled)
	var te interface{ Timeout() bool } = context.DeadlineExceeded.(interface{ Timeout() bool })
	fmt.Println("DeadlineExceeded.Timeout():", te.Timeout())
}
