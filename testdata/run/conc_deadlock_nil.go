// Operations on a nil channel block forever.
package main

import "fmt"

func main() {
	var ch chan string
	done := make(chan bool)
	go func() {
		ch <- "never"
		done <- true
	}()
	fmt.Println(len(ch), cap(ch))
	<-done
}
