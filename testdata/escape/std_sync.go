package main

import (
	"fmt"
	"sync"
)

func count(n int) int {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	total := 0 // ERROR "moved to heap: total$"
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) { // ERROR "func literal escapes to heap$"
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return total
}

func lockOnly() int {
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	mu.Lock()
	x := 1
	mu.Unlock()
	return x
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() { // ERROR "leaking param: c$"
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func once() int {
	var o sync.Once // ERROR "moved to heap: o$"
	x := 0
	o.Do(func() { x++ }) // ERROR "func literal does not escape$"
	return x
}

func main() {
	c := &counter{} // ERROR "&counter{} escapes to heap$"
	c.inc()
	fmt.Println(count(4), lockOnly(), c.n, once()) // ERROR "... argument does not escape$" "c.n escapes to heap$" "count\(4\) escapes to heap$" "lockOnly\(\) escapes to heap$" "once\(\) escapes to heap$"
}
