// Closing a channel twice panics.
package main

import "fmt"

func main() {
	ch := make(chan string)
	close(ch)
	fmt.Println("closed once")
	close(ch)
}
