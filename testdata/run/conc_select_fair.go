// select chooses uniformly among ready cases: both are picked often.
package main

import "fmt"

func main() {
	a := make(chan int, 10000)
	b := make(chan int, 10000)
	for i := 0; i < 10000; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 10000; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na > 4500, nb > 4500, na+nb)
	c := make(chan int, 3)
	counts := make([]int, 3)
	for i := 0; i < 3000; i++ {
		select {
		case c <- 0:
			counts[0]++
		case c <- 1:
			counts[1]++
		case c <- 2:
			counts[2]++
		}
		<-c
	}
	fmt.Println(counts[0] > 800, counts[1] > 800, counts[2] > 800)
}
