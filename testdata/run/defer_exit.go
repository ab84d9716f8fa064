// os.Exit in a deferred call ends the program at once, even while a panic
// runs: no later deferred calls, no panic message.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	defer func() {
		fmt.Println("recovered nothing:", recover() == nil)
		os.Exit(3)
	}()
	defer fmt.Println("runs first")
	var m []int
	fmt.Println("before the panic")
	m[0]++
}
