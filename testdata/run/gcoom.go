// Running out of memory is Go's fatal error, exit status 2, never a crash.
package main

import "fmt"

func main() {
	n := 1 << 40
	fmt.Println("allocating", n)
	b := make([]byte, n)
	fmt.Println(len(b))
}
