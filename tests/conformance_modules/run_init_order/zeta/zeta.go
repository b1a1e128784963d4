package zeta

import (
	"fmt"

	"example.com/initorder/shared"
)

var z = shared.Register("zeta")

func init() { fmt.Println("zeta init, registered", shared.Count()) }

func Name() string { return fmt.Sprint("zeta#", z) }
