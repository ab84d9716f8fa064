package main

// go statements: the wrapper closure and its captured arguments escape.

func worker(id int, out chan<- int, p *int) { // ERROR "out does not escape$" "p does not escape$"
	out <- id + *p
}

func spawn(n int) int {
	ch := make(chan int, n)
	x := 10 // ERROR "moved to heap: x$"
	for i := 0; i < n; i++ {
		go worker(i, ch, &x)
	}
	total := 0
	for i := 0; i < n; i++ {
		total += <-ch
	}
	return total
}

func main() {
	println(spawn(3))
}
