// dump: ast
// Channel types in all directions, send and receive, select with every kind
// of communication clause.
package p

func f(c chan int, r <-chan int, s chan<- int, cc chan<- chan int) {
	d := make(chan []int, 1)
	c <- 1
	x := <-c
	x, ok := <-r
	select {
	case v := <-c:
		_ = v
	case v, ok := <-r:
		_, _ = v, ok
	case s <- x:
	case <-c:
	default:
	}
	_, _, _ = d, ok, cc
}
