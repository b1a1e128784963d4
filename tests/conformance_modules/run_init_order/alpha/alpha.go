package alpha

import (
	"fmt"

	"example.com/initorder/shared"
)

var a = shared.Register("alpha")

func init() { fmt.Println("alpha init") }

func Name() string { return fmt.Sprint("alpha#", a) }
