// A deferred call panics while its function returns normally: the older
// deferred calls of every frame still run, then the program dies.
package main

import "fmt"

func f() {
	defer fmt.Println("f's older deferred call still runs")
	defer func() {
		panic("from a deferred call on the normal return path")
	}()
	fmt.Println("f body")
}

func main() {
	defer fmt.Println("main deferred")
	f()
}
