// Deferred calls: LIFO order, arguments evaluated at the defer statement,
// named results changed by deferred closures, defers in loops (heap
// records), methods, interfaces, func values and deferred builtins.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()        { c.n++ }
func (c Counter) Show(s string) { fmt.Println(s, c.n) }

type Shower interface{ Show(s string) }

func lifo() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	fmt.Println("body of lifo")
}

func argsNow() {
	x := 1
	defer fmt.Println("x at the defer:", x)
	defer func() { fmt.Println("x seen by the closure:", x) }()
	x = 2
	c := Counter{10}
	defer c.Show("receiver copied at the defer:")
	c.n = 20
}

func double(x int) (r int) {
	defer func() { r *= 2 }()
	return x + 1
}

func multi() (a int, b string, err error) {
	defer func() {
		b += "!"
		if err == nil {
			err = fmt.Errorf("set by defer, a=%d", a)
		}
	}()
	return 7, "hi", nil
}

func loop(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(i int) { sum = sum*10 + i }(i)
	}
	for i := 0; i < 2; i++ {
		j := i * 100
		defer func() { sum += j }()
	}
	return 0
}

func methods() {
	c := &Counter{}
	defer c.Show("counter at the end:")
	defer c.Inc()
	var s Shower = Counter{99}
	defer s.Show("through an interface:")
	f := c.Inc
	defer f()
	g := func(a, b int) { fmt.Println("func value with args:", a+b) }
	defer g(3, 4)
	c.Inc()
}

func builtins(ch chan int) {
	defer close(ch)
	defer recover() // not called by a deferred function: does nothing
	ch <- 1
	ch <- 2
}

func nested() {
	defer func() {
		defer fmt.Println("nested defer inside a deferred call")
		fmt.Println("deferred closure body")
	}()
	fmt.Println("nested body")
}

func earlyReturn(b bool) string {
	defer fmt.Println("deferred in earlyReturn", b)
	if b {
		return "early"
	}
	defer fmt.Println("only on the late path")
	return "late"
}

func main() {
	lifo()
	argsNow()
	fmt.Println(double(4))
	fmt.Println(multi())
	fmt.Println(loop(4))
	methods()
	ch := make(chan int, 4)
	builtins(ch)
	for v := range ch {
		fmt.Println("from the closed channel:", v)
	}
	nested()
	fmt.Println(earlyReturn(true))
	fmt.Println(earlyReturn(false))
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("iteration", i, "done")
		}()
	}
	defer fmt.Println("main's deferred call runs at the end")
	fmt.Println("end of main")
}
