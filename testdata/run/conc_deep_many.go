// 100 goroutines, each 10,000 frames deep, all blocked at the bottom at once.
package main

import "fmt"

func dive(n int, start <-chan bool, out chan<- int) int {
	var a [8]int
	a[n%8] = n
	if n == 0 {
		<-start
		out <- 1
		return 0
	}
	return dive(n-1, start, out) + a[n%8] - n + 1
}

func main() {
	start := make(chan bool)
	out := make(chan int)
	res := make(chan int)
	for i := 0; i < 100; i++ {
		go func(d int) { res <- dive(d, start, out) }(10000 + i)
	}
	close(start)
	n := 0
	for i := 0; i < 100; i++ {
		n += <-out
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-res
	}
	fmt.Println(n, sum)
}
