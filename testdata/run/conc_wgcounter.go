// WaitGroup and Mutex: 100 goroutines add to a shared total.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			mu.Lock()
			total += n
			runtime.Gosched()
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	wg.Wait()
	fmt.Println("waiting again is fine")
}
