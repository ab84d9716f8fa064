// Recover, then panic again with the same value: "[recovered]".
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	var s []int
	_ = s[3]
}
