// go statements evaluate their arguments at once; closures capture variables.
package main

import "fmt"

func main() {
	results := make([]int, 5)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func(k int) {
			results[k] = k * 10
			done <- true
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(results)
	x := 1
	go func() {
		x = 2
		done <- true
	}()
	<-done
	fmt.Println(x)
	msg := "evaluated now"
	ch := make(chan string)
	go func(s string) { ch <- s }(msg)
	msg = "too late"
	fmt.Println(<-ch, msg)
}
