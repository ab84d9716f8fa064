// os.Exit ends the program at once with the given status.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	os.Exit(3)
	fmt.Println("not reached")
}
