// A Mutex-protected counter in a struct, updated by 50 goroutines.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  [2]int
}

func (c *Counter) Inc(key int) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	c := Counter{}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			for j := 0; j < 100; j++ {
				if j%2 == 0 {
					c.Inc(0)
				} else {
					c.Inc(1)
				}
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n[0], c.n[1])
}
