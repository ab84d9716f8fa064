// go with methods, method values and function values.
package main

import "fmt"

type acc struct{ total int }

func (a *acc) run(in <-chan int, done chan<- bool) {
	for v := range in {
		a.total += v
	}
	done <- true
}

func (a acc) report(out chan<- string) {
	out <- fmt.Sprint("total ", a.total)
}

func main() {
	a := &acc{}
	in := make(chan int)
	done := make(chan bool)
	go a.run(in, done)
	for i := 1; i <= 10; i++ {
		in <- i
	}
	close(in)
	<-done
	out := make(chan string)
	go a.report(out)
	fmt.Println(<-out)
	f := a.report
	go f(out)
	fmt.Println(<-out)
	g := func(s string) { out <- s + "!" }
	go g("func value")
	fmt.Println(<-out)
}
