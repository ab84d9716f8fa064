// A ring of 1000 goroutines passing a token around 100 times.
package main

import "fmt"

func node(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	const n = 1000
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go node(in, out)
		in = out
	}
	v := 0
	for round := 0; round < 100; round++ {
		first <- v
		v = <-in
	}
	close(first)
	_, ok := <-in
	fmt.Println(v, ok)
}
